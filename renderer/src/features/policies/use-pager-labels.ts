import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagerLabels } from '../../ui/pager';

export function usePagerLabels(): PagerLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      previous: t('policies.pager.previous'),
      next: t('policies.pager.next'),
      position: (page: number, count: number) => t('policies.pager.position', { page, count }),
      region: t('policies.pager.region'),
    }),
    [t],
  );
}
