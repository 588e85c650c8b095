import { useCallback } from 'react';
import { useConfig } from '../app/config-context';
import { useSync } from './sync-context';

/**
 * Who a new document says it comes from. Once enrolled, the county's enrollment is the truth:
 * the county's validator refuses any report whose village is not the kiosk account's village, so
 * stamping the configuration's village on a kiosk whose site file disagrees would get every
 * report refused. Before enrollment the configuration's village and the host's kiosk id are used
 * (the county accepts those documents once the kiosk is enrolled into that village).
 */
export function useReportingIdentity(hostKioskId: () => Promise<string>): () => Promise<{ village: string; kioskId: string }> {
  const { enrollment } = useSync();
  const config = useConfig();
  return useCallback(async () => {
    if (enrollment.state === 'enrolled') return { village: enrollment.village, kioskId: enrollment.kioskId };
    return { village: config.village.code, kioskId: await hostKioskId() };
  }, [enrollment, config.village.code, hostKioskId]);
}
