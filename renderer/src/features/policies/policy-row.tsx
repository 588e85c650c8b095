import { useTranslation } from 'react-i18next';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import { derivedSummary } from '#sync/schema/policy-text';
import { useLocalized } from '../../i18n/use-localized';
import { dayOf, isNew } from './policy-dates';
import { formatDay } from './policy-format';

/** One policy in a list: title, one-line summary, effective date, "new" for 30 days. A single tap opens it. */
export function PolicyRow({ policy, today, onOpen, title }: { policy: PolicyDocType; today: string; onOpen?: () => void; /** Title with highlights (search results). */ title?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const fresh = isNew(policy, today);
  const summary = policy.summary ? localized(policy.summary) : derivedSummary(localized(policy.body));
  const date = policy.effectiveFrom ? t('policies.list.effective', { date: formatDay(dayOf(policy.effectiveFrom), i18n.language) }) : t('policies.list.noDate');
  return (
    <button type="button" className="policy-row" onClick={onOpen} tabIndex={onOpen ? undefined : -1}>
      <span className="policy-row-title">
        {fresh && (
          <span className="policy-new" aria-label={t('policies.list.newLabel')}>
            {t('policies.list.new')}
          </span>
        )}
        <span>{title ?? localized(policy.title)}</span>
      </span>
      <span className="policy-row-summary">{summary}</span>
      <span className="policy-row-date">{date}</span>
    </button>
  );
}
