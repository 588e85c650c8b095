import type { ComponentType } from 'react';
import type { ServiceId } from '#kiosk-config/schema';
import { ClerkScreen } from '../features/clerk/clerk-screen';
import { HomeScreen } from '../features/home/home-screen';
import { NoticeDetailScreen } from '../features/notices/notice-detail-screen';
import { NoticesScreen } from '../features/notices/notices-screen';
import { PoliciesScreen } from '../features/policies/policies-screen';
import { PolicyDetailScreen } from '../features/policies/policy-detail-screen';
import { PolicyListScreen } from '../features/policies/policy-list-screen';
import { PolicySearchScreen } from '../features/policies/policy-search-screen';
import { ContactScreen } from '../features/report/contact-screen';
import { DescribeScreen } from '../features/report/describe-screen';
import { KeyboardScreen } from '../features/report/keyboard-screen';
import { LandmarkScreen } from '../features/report/landmark-screen';
import { PhotoScreen } from '../features/report/photo-screen';
import { ReceiptScreen } from '../features/report/receipt-screen';
import { ReportScreen } from '../features/report/report-screen';
import { ReviewScreen } from '../features/report/review-screen';
import { WhereScreen } from '../features/report/where-screen';
import { StatusChooseScreen } from '../features/status/status-choose-screen';
import { StatusPhoneScreen } from '../features/status/status-phone-screen';
import { StatusReportScreen } from '../features/status/status-report-screen';
import { StatusScreen } from '../features/status/status-screen';
import type { ScreenComponentProps, ScreenId } from './screen-params';

export interface ScreenDefinition<S extends ScreenId> {
  component: ComponentType<ScreenComponentProps<S>>;
  /** The service this screen belongs to: when the configuration disables it, the kiosk goes home. */
  service?: ServiceId;
}

/** The screen table. Every id of ScreenParams must appear here (mapped type). */
export const screens: { [S in ScreenId]: ScreenDefinition<S> } = {
  home: { component: HomeScreen },
  report: { component: ReportScreen, service: 'report' },
  'report-describe': { component: DescribeScreen, service: 'report' },
  'report-keyboard': { component: KeyboardScreen, service: 'report' },
  'report-photo': { component: PhotoScreen, service: 'report' },
  'report-where': { component: WhereScreen, service: 'report' },
  'report-landmark': { component: LandmarkScreen, service: 'report' },
  'report-contact': { component: ContactScreen, service: 'report' },
  'report-review': { component: ReviewScreen, service: 'report' },
  'report-receipt': { component: ReceiptScreen, service: 'report' },
  status: { component: StatusScreen, service: 'status' },
  'status-choose': { component: StatusChooseScreen, service: 'status' },
  'status-report': { component: StatusReportScreen, service: 'status' },
  'status-phone': { component: StatusPhoneScreen, service: 'status' },
  policies: { component: PoliciesScreen, service: 'policies' },
  'policy-list': { component: PolicyListScreen, service: 'policies' },
  'policy-detail': { component: PolicyDetailScreen, service: 'policies' },
  'policy-search': { component: PolicySearchScreen, service: 'policies' },
  notices: { component: NoticesScreen },
  'notice-detail': { component: NoticeDetailScreen },
  clerk: { component: ClerkScreen, service: 'clerk' },
};
