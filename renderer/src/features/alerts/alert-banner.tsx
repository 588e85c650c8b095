import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertDocType } from '#sync/schema/alert-schema';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { useReadAloud } from '../../ui/read-aloud-context';
import { alertReceipts } from './alert-receipts';
import { alertLevel } from './alert-severity';
import { useActiveAlerts } from './use-active-alerts';
import './alerts.css';

/**
 * Emergency alerts as a full-width banner above every screen (DESIGN.md §4: shown and spoken
 * first). It blocks nothing: the screen below stays usable, the banner only takes its height.
 * Each alert is read aloud when it first appears on this page and again every time the kiosk
 * returns home (the next villager hears it), until someone taps 知道了 or it expires.
 * Showing is recorded for the heartbeat (alert-receipts.ts).
 */
export function AlertBanner() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const readAloud = useReadAloud();
  const { route } = useRouter();
  const alerts = useActiveAlerts();
  const spoken = useRef(new Set<string>());
  const atHome = route.screen === 'home';
  const homeVisit = atHome ? route.key : -1;

  const speechOf = (alert: AlertDocType) =>
    t('alerts.speech', { severity: t(`alerts.severity.${alertLevel(alert.severity)}`), text: localized(alert.text) });

  useEffect(() => {
    const fresh = alerts.filter((alert) => !spoken.current.has(alert.id));
    for (const alert of alerts) alertReceipts.markShown(alert.id);
    if (fresh.length === 0) return;
    fresh.forEach((alert) => spoken.current.add(alert.id));
    readAloud?.speak(fresh.map(speechOf).join(' '));
    // speechOf reads the current language only; re-speaking on a language switch is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alerts, readAloud]);

  // Every return home reads the alerts again (not the first render: the arrival effect did).
  const firstHome = useRef(true);
  useEffect(() => {
    if (homeVisit < 0) return;
    if (firstHome.current) {
      firstHome.current = false;
      return;
    }
    if (alerts.length > 0) readAloud?.speak(alerts.map(speechOf).join(' '));
    // Only a new home visit speaks; a change of the list is the arrival effect's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [homeVisit]);

  if (alerts.length === 0) return null;
  return (
    <section className="alert-banner" aria-label={t('alerts.region')}>
      {alerts.map((alert) => {
        const level = alertLevel(alert.severity);
        return (
          <div key={alert.id} className={`alert-item alert-item--${level}`} role="alert">
            <p className="alert-text">
              <strong>{t('alerts.heading', { severity: t(`alerts.severity.${level}`) })}</strong>
              {localized(alert.text)}
            </p>
            <div className="alert-actions">
              {readAloud && (
                <BigButton variant="secondary" onClick={() => readAloud.speak(speechOf(alert))}>
                  {t('alerts.readAloud')}
                </BigButton>
              )}
              <BigButton variant="secondary" onClick={() => alertReceipts.acknowledge(alert.id)}>
                {t('alerts.acknowledge')}
              </BigButton>
            </div>
          </div>
        );
      })}
    </section>
  );
}
