import { useTranslation } from 'react-i18next';
import type { Loaded } from './use-load';

/** Loading and failure in words (with a retry); the page itself once ready. */
export function LoadingState<T>({ loaded, retry, children }: { loaded: Loaded<T>; retry: () => void; children: (value: T) => React.ReactNode }) {
  const { t } = useTranslation();
  if (loaded.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <div role="alert" className="problem">
        <p>{t('app.failed', { reason: loaded.reason })}</p>
        <button type="button" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return <>{children(loaded.value)}</>;
}
