import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { CategoryIconImage } from '../../ui/category-icons';
import { ClerkIcon } from '../../ui/icons';
import { PagedGrid } from '../../ui/paged-grid';
import { Tile } from '../../ui/tile';
import { AssistUnlockDialog } from './assist-unlock-dialog';
import { useReportDraft, useReportDraftStore, useReportKioskId } from './report-draft-context';
import { ReportStep } from './report-step';
import { joinList } from './speech-list';

/**
 * Step 1 of the report flow (the screen the home tile opens): the category, as picture tiles
 * from the configuration. Also where a clerk unlocks assisted mode for this visit.
 */
export function ReportScreen() {
  const { t } = useTranslation();
  const { categories } = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const { navigate } = useRouter();
  const store = useReportDraftStore();
  const { assisted } = useReportDraft();
  const kioskId = useReportKioskId();
  const [unlocking, setUnlocking] = useState(false);

  // Asked now so that submitting later does not wait for the host.
  useEffect(() => {
    kioskId().catch((error: unknown) => console.warn('[kiosk] system.info failed; retried at submit', error));
  }, [kioskId]);

  const labels = categories.map((category) => localized(category.label));
  return (
    <ReportStep
      title={t('report.title')}
      speech={t('report.category.speech', { options: joinList(labels, language) })}
      headerEnd={
        !assisted && (
          <BigButton variant="secondary" icon={<ClerkIcon />} onClick={() => setUnlocking(true)}>
            {t('report.assisted.button')}
          </BigButton>
        )
      }
    >
      <p className="report-prompt">{t('report.category.prompt')}</p>
      <PagedGrid
        className="report-tiles"
        label={t('report.category.listLabel')}
        items={categories}
        keyOf={(category) => category.id}
        renderItem={(category, index) => (
          <Tile
            icon={<CategoryIconImage icon={category.icon} />}
            label={labels[index] ?? category.id}
            onSelect={() => {
              store.chooseCategory(category.id);
              navigate('report-describe');
            }}
          />
        )}
      />
      {unlocking && (
        <AssistUnlockDialog
          onUnlocked={() => {
            store.setAssisted();
            setUnlocking(false);
          }}
          onCancel={() => setUnlocking(false)}
        />
      )}
    </ReportStep>
  );
}
