import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { PagedGrid } from '../../ui/paged-grid';
import { Tile } from '../../ui/tile';
import { useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { joinList } from './speech-list';
import { GroupIcon } from './step-icons';
import { useDuplicateCheck } from './use-duplicate-check';

/**
 * Step 4: the village group. A group with landmarks goes on to them; one without is the place,
 * and the duplicate hint is asked now (use-duplicate-check.tsx).
 */
export function WhereScreen() {
  const { t } = useTranslation();
  const { village } = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const { navigate } = useRouter();
  const store = useReportDraftStore();
  const { goOn, checking, dialog } = useDuplicateCheck();

  function choose(groupId: string) {
    if (checking) return;
    store.chooseGroup(groupId);
    const group = village.groups.find((candidate) => candidate.id === groupId);
    if (group && group.landmarks.length > 0) navigate('report-landmark');
    else goOn(null);
  }

  const labels = village.groups.map((group) => localized(group.label));
  return (
    <ReportStep title={t('report.where.title')} speech={t('report.where.speech', { options: joinList(labels, language) })}>
      <p className="report-prompt">{t('report.where.prompt')}</p>
      <PagedGrid
        className="report-tiles"
        label={t('report.where.listLabel')}
        items={village.groups}
        keyOf={(group) => group.id}
        renderItem={(group, index) => <Tile icon={<GroupIcon />} label={labels[index] ?? group.id} onSelect={() => choose(group.id)} />}
      />
      {dialog}
    </ReportStep>
  );
}
