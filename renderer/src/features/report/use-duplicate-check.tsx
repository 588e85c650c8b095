import { useState, type ReactNode } from 'react';
import type { LocalizedText } from '#kiosk-config/schema';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useRouter } from '../../app/router';
import { useKioskData } from '../../data/data-context';
import { DuplicateDialog } from './duplicate-dialog';
import { findLikelyDuplicate } from './duplicate-report';
import { useReportDraftStore } from './report-draft-context';

/**
 * The step after the place (group, then landmark) asks for the duplicate hint before going on
 * to the phone number: by then the villager has said what the problem is and where, so the
 * match can use the landmark and the phrases, and both answers keep everything they said.
 * `goOn(landmark)` looks, and either shows the dialog or goes on to the contact step.
 */
export function useDuplicateCheck(): { goOn: (landmark: LocalizedText | null) => void; checking: boolean; dialog: ReactNode } {
  const { navigate } = useRouter();
  const { database } = useKioskData();
  const store = useReportDraftStore();
  const [duplicate, setDuplicate] = useState<ReportDocType | null>(null);
  const [checking, setChecking] = useState(false);

  function goOn(landmark: LocalizedText | null) {
    if (checking) return;
    const draft = store.getSnapshot();
    store.joinReport(null);
    if (!draft.categoryId || !draft.groupId) {
      navigate('report-contact');
      return;
    }
    setChecking(true);
    findLikelyDuplicate(database.reports, { categoryId: draft.categoryId, groupId: draft.groupId, landmark, phrases: draft.phrases, now: new Date() }).then(
      (found) => {
        setChecking(false);
        if (found) setDuplicate(found);
        else navigate('report-contact');
      },
      (error: unknown) => {
        // Only a hint: if it cannot be looked up the villager simply goes on.
        console.warn('[kiosk] duplicate check failed', error);
        setChecking(false);
        navigate('report-contact');
      },
    );
  }

  const dialog = duplicate && (
    <DuplicateDialog
      report={duplicate}
      onSame={() => {
        store.joinReport({ id: duplicate.id, createdAt: duplicate.createdAt });
        setDuplicate(null);
        navigate('report-contact');
      }}
      onDifferent={() => {
        setDuplicate(null);
        navigate('report-contact');
      }}
    />
  );
  return { goOn, checking, dialog };
}
