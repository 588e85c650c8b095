import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { PagedGrid } from '../../ui/paged-grid';
import { Tile } from '../../ui/tile';
import { useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { joinList } from './speech-list';
import { PlaceIcon } from './step-icons';
import { useDraftGroup } from './use-current-category';
import { useDuplicateCheck } from './use-duplicate-check';

/** Step 4b (optional, only for groups with landmarks): a landmark near the problem, or Skip; then the duplicate hint. */
export function LandmarkScreen() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { language } = useLanguage();
  const store = useReportDraftStore();
  const landmarks = useDraftGroup()?.landmarks ?? [];
  const labels = landmarks.map(localized);
  const { goOn, dialog } = useDuplicateCheck();

  return (
    <ReportStep
      title={t('report.landmark.title')}
      speech={t('report.landmark.speech', { options: joinList(labels, language) })}
      actions={
        <BigButton
          variant="secondary"
          onClick={() => {
            store.chooseLandmark(null);
            goOn(null);
          }}
        >
          {t('report.skip')}
        </BigButton>
      }
    >
      <p className="report-prompt">{t('report.landmark.prompt')}</p>
      <PagedGrid
        className="report-tiles"
        label={t('report.landmark.listLabel')}
        items={landmarks}
        keyOf={(landmark) => landmark.zh}
        renderItem={(landmark, index) => (
          <Tile
            icon={<PlaceIcon />}
            label={labels[index] ?? landmark.zh}
            onSelect={() => {
              store.chooseLandmark(landmark);
              goOn(landmark);
            }}
          />
        )}
      />
      {dialog}
    </ReportStep>
  );
}
