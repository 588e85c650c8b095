import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/big-button';

/** The clerk screen's card for the notice board: publish a typed notice. */
export function NoticeCard({ published, onCompose }: { published: boolean; onCompose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="clerk-card" aria-labelledby="clerk-notices-title">
      <h2 id="clerk-notices-title">{t('notices.clerkCard')}</h2>
      <p>{t('notices.clerkHint')}</p>
      {published && <p role="status">{t('notices.publishedNow')}</p>}
      <BigButton onClick={onCompose}>{t('notices.publish')}</BigButton>
    </section>
  );
}
