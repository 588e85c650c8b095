import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ALL_VILLAGES, type AlertDocType } from '#sync/schema/alert-schema';
import { useConfig } from '../../app/config-context';
import { useKioskData } from '../../data/data-context';
import { useHost } from '../../host/host-context';
import { useSync } from '../../sync/sync-context';
import { alertReceipts } from './alert-receipts';
import { alertLevel, levelRank } from './alert-severity';

/** Expiry is checked this often, so an expired alert leaves the screen by itself. */
const TICK_MS = 30_000;

/**
 * The alerts to show on this kiosk now: addressed to its village (the enrolled one, or the
 * configured one before enrollment) or to all, not expired, not acknowledged here. Highest
 * level first, then newest. Only alerts the host verified as signed by the county are shown
 * (host channel `alerts.verify`, DESIGN.md §5): a forged one in the database never appears.
 * Expiry uses the kiosk clock, which may be wrong: an alert then
 * stays until acknowledged, which is the safe side.
 */
export function useActiveAlerts(): AlertDocType[] {
  const { database } = useKioskData();
  const { enrollment } = useSync();
  const config = useConfig();
  const village = enrollment.state === 'enrolled' ? enrollment.village : config.village.code;
  const [all, setAll] = useState<AlertDocType[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const host = useHost();
  // Verdicts by id and signature, so a re-signed alert is checked again.
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, boolean>>(new Map());
  const version = useSyncExternalStore((listener) => alertReceipts.subscribe(listener), () => JSON.stringify(alertReceipts.list()));
  useEffect(() => {
    const subscription = database.alerts.find().$.subscribe((docs) => setAll(docs.map((doc) => doc.toJSON() as AlertDocType)));
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      subscription.unsubscribe();
      clearInterval(timer);
    };
  }, [database]);
  const candidates = useMemo(() => {
    void version;
    return all
      .filter((alert) => alert.villages.includes(village) || alert.villages.includes(ALL_VILLAGES))
      .filter((alert) => !(Date.parse(alert.expiresAt) <= now))
      .filter((alert) => alertReceipts.get(alert.id)?.acknowledgedAt === undefined)
      .sort((a, b) => levelRank(alertLevel(b.severity)) - levelRank(alertLevel(a.severity)) || b.issuedAt.localeCompare(a.issuedAt));
  }, [all, village, now, version]);

  useEffect(() => {
    const unchecked = candidates.filter((alert) => !verdicts.has(verdictKey(alert))).slice(0, 50);
    if (unchecked.length === 0) return;
    let cancelled = false;
    const alerts = unchecked.map(({ type: _type, ...fields }) => ({ ...fields, ...(fields.signature ? { signature: { ...fields.signature } } : {}) }));
    host.invoke('alerts.verify', { alerts }).then(
      ({ verified, refused }) => {
        if (cancelled) return;
        for (const { id, reason } of refused) console.warn(`[kiosk] alert ${id} not shown: ${reason}`);
        setVerdicts((current) => new Map([...current, ...unchecked.map((alert) => [verdictKey(alert), verified.includes(alert.id)] as const)]));
      },
      (error: unknown) => console.warn('[kiosk] cannot verify alerts', error),
    );
    return () => {
      cancelled = true;
    };
  }, [candidates, verdicts, host]);

  return useMemo(() => candidates.filter((alert) => verdicts.get(verdictKey(alert)) === true), [candidates, verdicts]);
}

function verdictKey(alert: AlertDocType): string {
  return `${alert.id}|${alert.signature?.value ?? ''}`;
}
