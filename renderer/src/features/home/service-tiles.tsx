import type { ReactNode } from 'react';
import type { ServiceId } from '#kiosk-config/schema';
import { ClerkIcon, PolicyIcon, ReportIcon, StatusIcon } from '../../ui/icons';

/** The home tiles in the order shown: the villager's most likely task first, the clerk's last. */
export const serviceTiles: readonly { service: ServiceId; icon: ReactNode }[] = [
  { service: 'report', icon: <ReportIcon /> },
  { service: 'status', icon: <StatusIcon /> },
  { service: 'policies', icon: <PolicyIcon /> },
  { service: 'clerk', icon: <ClerkIcon /> },
];
