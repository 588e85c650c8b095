import { useTranslation } from 'react-i18next';
import type { QuarantineEntry } from '#sync/replication/status/quarantine-store';
import { useSync } from '../../sync/sync-context';

/** Ids are UUIDs: the first 8 characters are enough to tell the county which one. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/**
 * What the county refused (push) or sent malformed (pull): kind, short id and the server's
 * reason, so the clerk can tell county IT. Never the document's content (it may be personal).
 */
export function QuarantineList() {
  const { t } = useTranslation();
  const { quarantine } = useSync();
  return (
    <section className="clerk-card" aria-labelledby="clerk-quarantine-title">
      <h2 id="clerk-quarantine-title">{t('clerk.quarantine.title')}</h2>
      {quarantine.length === 0 ? (
        <p>{t('clerk.quarantine.none')}</p>
      ) : (
        <>
          <p>
            {t('clerk.quarantine.count', { count: quarantine.length })} {t('clerk.quarantine.hint')}
          </p>
          <table className="clerk-table">
            <thead>
              <tr>
                <th scope="col">{t('clerk.quarantine.collection')}</th>
                <th scope="col">{t('clerk.quarantine.id')}</th>
                <th scope="col">{t('clerk.quarantine.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {quarantine.map((entry) => (
                <tr key={`${entry.direction}|${entry.collection}|${entry.docId}`}>
                  <td>{collectionName(t, entry)}</td>
                  <td>{shortId(entry.docId)}</td>
                  <td>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function collectionName(t: ReturnType<typeof useTranslation>['t'], entry: QuarantineEntry): string {
  return t(`clerk.quarantine.collections.${entry.collection}`);
}
