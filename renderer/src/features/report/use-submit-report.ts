import { useCallback, useState } from 'react';
import { useKioskData } from '../../data/data-context';
import { useLocalized } from '../../i18n/use-localized';
import { useReportingIdentity } from '../../sync/use-reporting-identity';
import { useReportDraftStore, useReportKioskId } from './report-draft-context';
import { addCoReporter } from './duplicate-report';
import { classifySaveFailure, saveErrorSummary, saveReport, type SaveFailure } from './save-report';
import { useShowReceipt } from './show-receipt';

export type SubmitState = { phase: 'ready' } | { phase: 'saving' } | { phase: 'failed'; failure: SaveFailure };

/**
 * Submits the draft (save-report.ts: blobs first, then one insert) and shows the receipt once
 * the insert has committed. On failure the draft stays as it is, so "try again" resubmits
 * exactly the same thing. Phrases and the landmark are stored as shown, in the interface
 * language of the visit.
 */
export function useSubmitReport(): { state: SubmitState; submit: () => void; dismissFailure: () => void } {
  const localized = useLocalized();
  const { database, blobs } = useKioskData();
  const store = useReportDraftStore();
  const identity = useReportingIdentity(useReportKioskId());
  const showReceipt = useShowReceipt();
  const [state, setState] = useState<SubmitState>({ phase: 'ready' });

  const submit = useCallback(() => {
    const draft = store.getSnapshot();
    if (state.phase === 'saving' || !draft.categoryId || !draft.groupId) return;
    const { categoryId, groupId } = draft;
    setState({ phase: 'saving' });
    identity()
      .then(({ village, kioskId }) =>
        saveReport(
          { reports: database.reports, blobs },
          {
            village,
            kioskId,
            categoryId,
            groupId,
            phrases: draft.phrases.map(localized),
            text: draft.text,
            landmark: draft.landmark ? localized(draft.landmark) : null,
            voiceNote: draft.voiceNote,
            photo: draft.photo,
            contact: draft.contact,
            assisted: draft.assisted,
            duplicateOf: draft.joins?.id ?? null,
          },
        ),
      )
      .then(async (report) => {
        // The co-report is saved (and linked by duplicateOf): counting it on the report it joins
        // is a second write, and a failure there loses nothing of the villager's.
        if (report.duplicateOf) {
          await addCoReporter(database.reports, report.duplicateOf, { addedAt: report.createdAt, kioskId: report.kioskId, reportId: report.id }).catch((error: unknown) =>
            console.warn(`[kiosk] the co-report was saved; counting it on the report it joins failed: ${saveErrorSummary(error)}`),
          );
        }
        return report;
      })
      .then(
        (report) => showReceipt({ trackingCode: report.trackingCode, categoryId: report.category, joined: report.duplicateOf !== undefined }),
        (error: unknown) => {
          console.error(`[kiosk] the report could not be saved: ${saveErrorSummary(error)} (${classifySaveFailure(error)})`);
          setState({ phase: 'failed', failure: classifySaveFailure(error) });
        },
      );
  }, [state.phase, store, identity, database, blobs, localized, showReceipt]);

  const dismissFailure = useCallback(() => setState({ phase: 'ready' }), []);
  return { state, submit, dismissFailure };
}
