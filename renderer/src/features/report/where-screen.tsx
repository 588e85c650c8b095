import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useKioskData } from '../../data/data-context';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { PagedGrid } from '../../ui/paged-grid';
import { Tile } from '../../ui/tile';
import { DuplicateDialog } from './duplicate-dialog';
import { findRecentOpenDuplicate } from './duplicate-report';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { joinList } from './speech-list';
import { GroupIcon } from './step-icons';

/**
 * Step 4: the village group. Choosing one also looks for the duplicate hint: an open report
 * of the same category in the same group from the last 7 days (duplicate-report.ts).
 */
export function WhereScreen() {
  const { t } = useTranslation();
  const { village } = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const { navigate } = useRouter();
  const { database } = useKioskData();
  const store = useReportDraftStore();
  const { categoryId } = useReportDraft();
  const [duplicate, setDuplicate] = useState<ReportDocType | null>(null);
  const [checking, setChecking] = useState(false);

  function goOn(groupId: string) {
    const group = village.groups.find((candidate) => candidate.id === groupId);
    navigate(group && group.landmarks.length > 0 ? 'report-landmark' : 'report-contact');
  }

  function choose(groupId: string) {
    if (checking) return;
    store.chooseGroup(groupId);
    if (!categoryId) {
      goOn(groupId);
      return;
    }
    setChecking(true);
    findRecentOpenDuplicate(database.reports, { categoryId, groupId, now: new Date() }).then(
      (found) => {
        setChecking(false);
        if (found) setDuplicate(found);
        else goOn(groupId);
      },
      (error: unknown) => {
        // Only a hint: if it cannot be looked up the villager simply goes on.
        console.warn('[kiosk] duplicate check failed', error);
        setChecking(false);
        goOn(groupId);
      },
    );
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
      {duplicate && (
        <DuplicateDialog
          report={duplicate}
          onNew={() => {
            setDuplicate(null);
            goOn(duplicate.group);
          }}
        />
      )}
    </ReportStep>
  );
}
