import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ALL_VILLAGES, type AlertDocType } from '#sync/schema/alert-schema';
import { useConfig } from '../../app/config-context';
import { useKioskData } from '../../data/data-context';
import { useSync } from '../../sync/sync-context';
import { alertReceipts } from './alert-receipts';
import { alertLevel, levelRank } from './alert-severity';

/** Expiry is checked this often, so an expired alert leaves the screen by itself. */
const TICK_MS = 30_000;

/**
 * The alerts to show on this kiosk now: addressed to its village (the enrolled one, or the
 * configured one before enrollment) or to all, not expired, not acknowledged here. Highest
 * level first, then newest. Expiry uses the kiosk clock, which may be wrong: an alert then
 * stays until acknowledged, which is the safe side.
 */
export function useActiveAlerts(): AlertDocType[] {
  const { database } = useKioskData();
  const { enrollment } = useSync();
  const config = useConfig();
  const village = enrollment.state === 'enrolled' ? enrollment.village : config.village.code;
  const [all, setAll] = useState<AlertDocType[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const version = useSyncExternalStore((listener) => alertReceipts.subscribe(listener), () => JSON.stringify(alertReceipts.list()));
  useEffect(() => {
    const subscription = database.alerts.find().$.subscribe((docs) => setAll(docs.map((doc) => doc.toJSON() as AlertDocType)));
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      subscription.unsubscribe();
      clearInterval(timer);
    };
  }, [database]);
  return useMemo(() => {
    void version;
    return all
      .filter((alert) => alert.villages.includes(village) || alert.villages.includes(ALL_VILLAGES))
      .filter((alert) => !(Date.parse(alert.expiresAt) <= now))
      .filter((alert) => alertReceipts.get(alert.id)?.acknowledgedAt === undefined)
      .sort((a, b) => levelRank(alertLevel(b.severity)) - levelRank(alertLevel(a.severity)) || b.issuedAt.localeCompare(a.issuedAt));
  }, [all, village, now, version]);
}
