import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { syncLines } from './sync-words';

/**
 * The sync in words: the overall state, what is still waiting, the last good sync, the last
 * error, and "sync now". The state line is a live region so a screen reader hears it change.
 */
export function SyncCard() {
  const { t, i18n } = useTranslation();
  const { status, syncNow, enrollment } = useSync();
  const [requested, setRequested] = useState(false);
  const [stateLine, ...details] = syncLines(t, status, i18n.language);

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
        <>
          <BigButton
            onClick={() => {
              setRequested(true);
              syncNow().catch((error: unknown) => console.warn('[kiosk] sync now failed', error));
            }}
          >
            {t('clerk.sync.syncNow')}
          </BigButton>
          {requested && <p>{t('clerk.sync.requested')}</p>}
        </>
      )}
    </section>
  );
}
