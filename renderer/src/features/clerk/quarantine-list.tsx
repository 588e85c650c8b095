import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantineEntry } from '#sync/replication/status/quarantine-store';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { PagedGrid } from '../../ui/paged-grid';

/** Ids are UUIDs: the first 8 characters are enough to tell the county which one. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

const keyOf = (entry: QuarantineEntry) => `${entry.direction}|${entry.collection}|${entry.docId}`;

/**
 * What the county refused (push) or sent malformed (pull): kind, short id and the server's
 * reason, so the clerk can fix it or tell county IT — never the document's content (it may be
 * personal). A refused row can be sent again (重新发送) or taken off the list (不再发送, after a
 * confirmation; the kiosk's own document stays). One card per row, paged.
 */
export function QuarantineList() {
  const { t } = useTranslation();
  const { quarantine, retryRefused, discardRefused } = useSync();
  const [busy, setBusy] = useState<string | null>(null);
  const [results, setResults] = useState<Record<string, string>>({});
  const [discarding, setDiscarding] = useState<QuarantineEntry | null>(null);

  async function retry(entry: QuarantineEntry) {
    const key = keyOf(entry);
    setBusy(key);
    try {
      const outcome = await retryRefused(entry);
      setResults((current) => ({ ...current, [key]: outcome.kind === 'refused' ? t('clerk.quarantine.refusedAgain') : outcome.kind === 'gone' ? t('clerk.quarantine.gone') : t('clerk.quarantine.sent') }));
    } catch (error) {
      console.warn('[kiosk] retrying a refused row failed', error);
      setResults((current) => ({ ...current, [key]: t('clerk.quarantine.unreachable') }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="clerk-card clerk-card--fill" aria-labelledby="clerk-quarantine-title">
      <h2 id="clerk-quarantine-title">{t('clerk.quarantine.title')}</h2>
      {Object.values(results).length > 0 && (
        <p className="clerk-result" role="status">
          {Object.values(results).at(-1)}
        </p>
      )}
      {quarantine.length === 0 ? (
        <p>{t('clerk.quarantine.none')}</p>
      ) : (
        <>
          <p>
            {t('clerk.quarantine.count', { count: quarantine.length })} {t('clerk.quarantine.hint')}
          </p>
          <PagedGrid
            className="clerk-refused"
            label={t('clerk.quarantine.title')}
            items={quarantine}
            keyOf={keyOf}
            maxColumns={1}
            renderItem={(entry) => (
              <article className="clerk-refused-row" aria-label={`${t(`clerk.quarantine.collections.${entry.collection}`)} ${shortId(entry.docId)}`}>
                <p className="clerk-refused-what">
                  {t(`clerk.quarantine.collections.${entry.collection}`)} · {t('clerk.quarantine.id')} {shortId(entry.docId)}
                </p>
                <p className="clerk-refused-reason">
                  {t('clerk.quarantine.reason')}：{entry.reason}
                </p>
                {entry.direction === 'push' && (
                  <div className="clerk-row">
                    <BigButton onClick={() => void retry(entry)} aria-disabled={busy !== null || undefined}>
                      {busy === keyOf(entry) ? t('clerk.quarantine.sending') : t('clerk.quarantine.retry')}
                    </BigButton>
                    <BigButton variant="secondary" onClick={() => setDiscarding(entry)}>
                      {t('clerk.quarantine.discard')}
                    </BigButton>
                  </div>
                )}
              </article>
            )}
          />
        </>
      )}
      {discarding && (
        <Dialog
          title={t('clerk.quarantine.discardTitle')}
          description={t('clerk.quarantine.discardBody')}
          onDismiss={() => setDiscarding(null)}
          actions={
            <>
              <BigButton
                onClick={() => {
                  const entry = discarding;
                  setDiscarding(null);
                  discardRefused(entry).then(
                    () => setResults((current) => ({ ...current, [keyOf(entry)]: t('clerk.quarantine.discarded') })),
                    (error: unknown) => console.warn('[kiosk] discarding a refused row failed', error),
                  );
                }}
              >
                {t('clerk.quarantine.discardConfirm')}
              </BigButton>
              <BigButton variant="secondary" onClick={() => setDiscarding(null)}>
                {t('clerk.quarantine.discardCancel')}
              </BigButton>
            </>
          }
        />
      )}
    </section>
  );
}
