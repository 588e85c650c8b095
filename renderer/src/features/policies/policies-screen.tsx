import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { CategoryIconImage } from '../../ui/category-icons';
import { Screen } from '../../ui/screen';
import { CategoryTile } from './category-tile';
import { usePolicyCatalogue } from './policy-catalogue';
import { POLICY_CATEGORIES, POLICY_CATEGORY_ICONS, policyCategoryOf, type PolicyCategory } from './policy-categories';
import { SearchIcon } from './search-icon';
import './policies.css';

/** Policies, first step: one tile per category that has current policies, and "find a policy". */
export function PoliciesScreen() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const catalogue = usePolicyCatalogue();
  const counts = useMemo(() => {
    const result = new Map<PolicyCategory, number>();
    for (const policy of catalogue.policies) {
      const category = policyCategoryOf(policy.category);
      result.set(category, (result.get(category) ?? 0) + 1);
    }
    return result;
  }, [catalogue.policies]);
  const categories = POLICY_CATEGORIES.filter((category) => (counts.get(category) ?? 0) > 0);
  const speech = `${t('policies.title')}。${t('policies.prompt')} ${categories.map((c) => t(`policies.categories.${c}`)).join('，')}。`;

  return (
    <Screen title={t('policies.title')} speech={speech}>
      {catalogue.state === 'loading' ? (
        <p aria-busy="true">{t('policies.loading')}</p>
      ) : catalogue.policies.length === 0 ? (
        <p>{t('policies.none')}</p>
      ) : (
        <div className="policies-home">
          <p className="policies-prompt">
            {t('policies.prompt')}
            {catalogue.source === 'samples' && <span className="policies-samples"> {t('policies.samples')}</span>}
          </p>
          <ul className="policy-tile-grid" aria-label={t('policies.categoriesLabel')}>
            <li>
              <CategoryTile primary icon={<SearchIcon />} label={t('policies.search')} onSelect={() => navigate('policy-search')} />
            </li>
            {categories.map((category) => (
              <li key={category}>
                <CategoryTile
                  icon={<CategoryIconImage icon={POLICY_CATEGORY_ICONS[category]} />}
                  label={t(`policies.categories.${category}`)}
                  detail={t('policies.categoryCount', { count: counts.get(category) ?? 0 })}
                  onSelect={() => navigate('policy-list', { category })}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </Screen>
  );
}
