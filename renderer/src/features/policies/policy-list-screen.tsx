import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import type { ScreenComponentProps } from '../../app/screen-params';
import { useLocalized } from '../../i18n/use-localized';
import { Pager } from '../../ui/pager';
import { Screen } from '../../ui/screen';
import { useFitPages } from '../../ui/use-fit-pages';
import { usePolicyCatalogue } from './policy-catalogue';
import { policyCategoryOf } from './policy-categories';
import { chinaDay } from './policy-dates';
import { PolicyRow } from './policy-row';
import { usePagerLabels } from './use-pager-labels';
import './policies.css';

/** The current policies of one category, as many per page as the screen holds, with 上一页/下一页. */
export function PolicyListScreen({ params }: ScreenComponentProps<'policy-list'>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { navigate } = useRouter();
  const catalogue = usePolicyCatalogue();
  const policies = catalogue.policies.filter((policy) => policyCategoryOf(policy.category) === params.category);
  const { viewportRef, measureRef, page, pageCount, start, end, next, previous } = useFitPages<HTMLUListElement>(policies.length);
  const pagerLabels = usePagerLabels();
  const today = chinaDay(new Date());
  const title = t(`policies.categories.${params.category}`);
  const shown = policies.slice(start, end);
  const speech = t('policies.list.speech', { category: title, count: policies.length, titles: shown.map((p) => localized(p.title)).join('；') });

  return (
    <Screen title={title} speech={speech}>
      <div className="policy-paged">
        {policies.length === 0 ? (
          <p>{catalogue.state === 'loading' ? t('policies.loading') : t('policies.list.empty')}</p>
        ) : (
          <div className="policy-viewport" ref={viewportRef}>
            <ul className="policy-rows">
              {shown.map((policy) => (
                <li key={policy.id}>
                  <PolicyRow policy={policy} today={today} onOpen={() => navigate('policy-detail', { policyId: policy.id })} />
                </li>
              ))}
            </ul>
            <ul className="policy-rows policy-measure" ref={measureRef} aria-hidden="true" inert>
              {policies.map((policy) => (
                <li key={policy.id}>
                  <PolicyRow policy={policy} today={today} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <Pager page={page} count={pageCount} onPrevious={previous} onNext={next} labels={pagerLabels} />
      </div>
    </Screen>
  );
}
