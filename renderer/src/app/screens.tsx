import type { ComponentType } from 'react';
import type { ServiceId } from '../../../kiosk-config/schema';
import { ClerkScreen } from '../features/clerk/clerk-screen';
import { HomeScreen } from '../features/home/home-screen';
import { PoliciesScreen } from '../features/policies/policies-screen';
import { ReportScreen } from '../features/report/report-screen';
import { StatusScreen } from '../features/status/status-screen';
import type { ScreenId, ScreenParams } from './screen-params';

export interface ScreenComponentProps<S extends ScreenId> {
  params: ScreenParams[S];
}

export interface ScreenDefinition<S extends ScreenId> {
  component: ComponentType<ScreenComponentProps<S>>;
  /** The service this screen belongs to: when the configuration disables it, the kiosk goes home. */
  service?: ServiceId;
}

/** The screen table. Every id of ScreenParams must appear here (mapped type). */
export const screens: { [S in ScreenId]: ScreenDefinition<S> } = {
  home: { component: HomeScreen },
  report: { component: ReportScreen, service: 'report' },
  status: { component: StatusScreen, service: 'status' },
  policies: { component: PoliciesScreen, service: 'policies' },
  clerk: { component: ClerkScreen, service: 'clerk' },
};
