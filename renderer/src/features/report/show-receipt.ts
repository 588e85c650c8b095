import { useCallback } from 'react';
import { useRouter } from '../../app/router';
import type { ReceiptParams } from './receipt-params';
import { useReportDraftStore } from './report-draft-context';

/**
 * Ends the flow on a saved (or joined) report: the draft is wiped (its recording and photo are
 * in the blob store now, or were not wanted), the flow's screens leave the history, and the
 * receipt is shown with Back leading home.
 */
export function useShowReceipt(): (params: ReceiptParams) => void {
  const { home, navigate } = useRouter();
  const store = useReportDraftStore();
  return useCallback(
    (params: ReceiptParams) => {
      store.wipe();
      home();
      navigate('report-receipt', params);
    },
    [home, navigate, store],
  );
}
