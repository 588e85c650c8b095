import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocType, SatisfactionRating } from '#sync/schema/report-schema';
import { SATISFACTION_RATINGS } from '#sync/schema/report-schema';
import type { KioskDocument } from '../../data/kiosk-database-types';
import { useHost } from '../../host/host-context';
import { BigButton } from '../../ui/big-button';
import { rateResolution } from './rate-resolution';
import { ratingOfCurrentResolution } from './report-progress';

/**
 * "您对县里的处理满意吗？" under a resolved report (12345-style 回访): three big answers, one
 * tap records it for this resolution (rate-resolution.ts), and it goes to the county with the
 * next sync. Once rated (here or on another kiosk) the answer is shown instead; 不满意 is
 * followed by the reopen offer, which the screen shows beside this panel.
 */
export function SatisfactionPanel({ doc, report }: { doc: KioskDocument<'reports'>; report: ReportDocType }) {
  const { t } = useTranslation();
  const host = useHost();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const rated = ratingOfCurrentResolution(report);
  const justRated = useRef(false);

  useEffect(() => {
    if (rated && justRated.current) thanksRef.current?.focus();
  }, [rated]);

  if (report.status !== 'resolved') return null;

  async function rate(rating: SatisfactionRating) {
    if (saving) return;
    setSaving(true);
    setFailed(false);
    try {
      const { kioskId } = await host.invoke('system.info');
      justRated.current = true;
      const result = await rateResolution(doc, rating, { at: new Date().toISOString(), kioskId });
      if (result === 'full' || result === 'not-resolved') setFailed(true);
    } catch (error) {
      console.error('[kiosk] could not save the rating', error);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="status-rating" aria-labelledby="status-rating-title">
      <h2 id="status-rating-title">{t('status.rating.title')}</h2>
      {rated ? (
        <p className="status-rating__thanks" role="status" tabIndex={-1} ref={thanksRef}>
          {t(rated.rating === 'unsatisfied' ? 'status.rating.thanksUnsatisfied' : 'status.rating.thanks', { rating: t(`status.rating.${rated.rating}`) })}
        </p>
      ) : (
        <div className="status-rating__choices" role="group" aria-label={t('status.rating.title')}>
          {SATISFACTION_RATINGS.map((rating) => (
            <BigButton key={rating} variant="secondary" aria-disabled={saving || undefined} onClick={() => void rate(rating)}>
              {t(`status.rating.${rating}`)}
            </BigButton>
          ))}
        </div>
      )}
      {failed && (
        <p className="status-message" role="alert">
          {t('status.rating.failed')}
        </p>
      )}
    </section>
  );
}
