import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { Pager } from '../../ui/pager';
import { Screen } from '../../ui/screen';
import { useFitPages } from '../../ui/use-fit-pages';
import { dayOf } from '../policies/policy-dates';
import { formatDay } from '../policies/policy-format';
import { usePagerLabels } from '../policies/use-pager-labels';
import { useCurrentNotices } from './use-current-notices';
import '../policies/policies.css';

/** 村务公开: the village's current notices, as many per page as fit, newest first. */
export function NoticesScreen() {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const { navigate } = useRouter();
  const notices = useCurrentNotices() ?? [];
  const { viewportRef, measureRef, page, pageCount, start, end, next, previous } = useFitPages<HTMLUListElement>(notices.length);
  const pagerLabels = usePagerLabels();
  const shown = notices.slice(start, end);
  const row = (notice: (typeof notices)[number], onOpen?: () => void) => (
    <button type="button" className="policy-row" onClick={onOpen} tabIndex={onOpen ? undefined : -1}>
      <span className="policy-row-title">{localized(notice.title)}</span>
      <span className="policy-row-date">{t('notices.published', { date: formatDay(dayOf(notice.publishFrom), i18n.language) })}</span>
      <span className="policy-row-summary">{localized(notice.body)}</span>
    </button>
  );
  return (
    <Screen title={t('notices.title')} speech={`${t('notices.title')}。${shown.map((n) => localized(n.title)).join('；')}`}>
      <div className="policy-paged">
        {notices.length === 0 ? (
          <p>{t('notices.none')}</p>
        ) : (
          <div className="policy-viewport" ref={viewportRef}>
            <ul className="policy-rows">
              {shown.map((notice) => (
                <li key={notice.id}>{row(notice, () => navigate('notice-detail', { noticeId: notice.id }))}</li>
              ))}
            </ul>
            <ul className="policy-rows policy-measure" ref={measureRef} aria-hidden="true" inert>
              {notices.map((notice) => (
                <li key={notice.id}>{row(notice)}</li>
              ))}
            </ul>
          </div>
        )}
        <Pager page={page} count={pageCount} onPrevious={previous} onNext={next} labels={pagerLabels} />
      </div>
    </Screen>
  );
}
