import { useTranslation } from 'react-i18next';
import { useConsole } from '../app/console-context';
import { formatTime } from '../app/format';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { viewPath } from '../couch/couch-api';
import { fleetEntry, type FleetEntry, type FleetReason, type Heartbeat } from '../fleet/fleet-state';

/** Every kiosk in words, from the heartbeats the gatherer brings to the county (the fleet view). */
export function FleetPage() {
  const { t, i18n } = useTranslation();
  const { api, gatherDb } = useConsole();
  const [loaded, reload] = useLoad(async () => {
    const { rows } = await api.request<{ rows: { doc?: Heartbeat }[] }>('GET', viewPath(gatherDb, 'console', 'fleet'), { query: { include_docs: true } });
    const now = new Date();
    return rows.flatMap((row) => (row.doc ? [fleetEntry(row.doc, now)] : []));
  }, []);

  const reasonText = (reason: FleetReason) => {
    switch (reason.kind) {
      case 'quarantined':
        return t('fleet.reasons.quarantined', { count: reason.count });
      case 'update-error':
        return t('fleet.reasons.update-error');
      case 'recent-error':
        return t('fleet.reasons.recent-error', { message: reason.message });
      case 'no-good-sync':
        return reason.since ? t('fleet.reasons.no-good-sync') : t('fleet.reasons.no-good-sync-never');
      case 'pending':
        return t('fleet.reasons.pending', reason);
    }
  };
  const stateText = (entry: FleetEntry) => (entry.state === 'lost' ? t('fleet.lostSince', { since: formatTime(entry.since, i18n.language) }) : t(`fleet.state.${entry.state}`));

  return (
    <section aria-labelledby="fleet-heading">
      <h1 id="fleet-heading">{t('fleet.heading')}</h1>
      <LoadingState loaded={loaded} retry={reload}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('fleet.none')}</p>
          ) : (
            <>
              <p>
                {t('fleet.summary', {
                  ok: entries.filter((entry) => entry.state === 'ok').length,
                  attention: entries.filter((entry) => entry.state === 'attention').length,
                  lost: entries.filter((entry) => entry.state === 'lost').length,
                })}
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('fleet.columns.village')}</th>
                    <th scope="col">{t('fleet.columns.kiosk')}</th>
                    <th scope="col">{t('fleet.columns.state')}</th>
                    <th scope="col">{t('fleet.columns.reasons')}</th>
                    <th scope="col">{t('fleet.columns.version')}</th>
                    <th scope="col">{t('fleet.columns.lastHeartbeat')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={`${entry.village}/${entry.kioskId}`} className={`fleet-${entry.state}`}>
                      <td>{entry.village}</td>
                      <td>{entry.kioskId}</td>
                      <td>{stateText(entry)}</td>
                      <td>{entry.reasons.map(reasonText).join('；')}</td>
                      <td>{entry.appVersion}</td>
                      <td>{formatTime(entry.since, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="hint">{t('fleet.clock')}</p>
            </>
          )
        }
      </LoadingState>
    </section>
  );
}
