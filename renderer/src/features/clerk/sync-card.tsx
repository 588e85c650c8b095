import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { syncLines, syncNowResult } from './sync-words';

/**
 * The sync in words: the overall state, what is still waiting, the last good sync, the last
 * problem, and "sync now", whose line follows the sync until it ends in a result ("全部已发送，
 * 14:32", "连不上县里…"). The state line is a live region so a screen reader hears it change.
 */
export function SyncCard() {
  const { t, i18n } = useTranslation();
  const { status, syncNow, enrollment } = useSync();
  const [requestedAt, setRequestedAt] = useState<number | null>(null);
  const [stateLine, ...details] = syncLines(t, status, i18n.language);
  // The sync reports 'syncing' only once it picked the request up: until then, say "starting".
  const [seenBusy, setSeenBusy] = useState(false);
  // Remembered during render (React's "state from the previous render" pattern), not in an effect.
  if (requestedAt !== null && status.state === 'syncing' && !seenBusy) setSeenBusy(true);
  const result = requestedAt === null ? null : syncNowResult(t, status, { seenBusy, language: i18n.language });

  return (
    <section className="clerk-card" aria-labelledby="clerk-sync-title">
      <h2 id="clerk-sync-title">{t('clerk.sync.title')}</h2>
      <p className="clerk-sync-state" role="status">
        {stateLine}
      </p>
      {details.length > 0 && (
        <ul className="clerk-lines">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {enrollment.state === 'enrolled' && (
        <div className="clerk-row">
          <BigButton
            onClick={() => {
              setRequestedAt(Date.now());
              setSeenBusy(false);
              syncNow().catch((error: unknown) => console.warn('[kiosk] sync now failed', error));
            }}
          >
            {t('clerk.sync.syncNow')}
          </BigButton>
          {result && (
            <p className="clerk-result" role="status">
              {result}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
