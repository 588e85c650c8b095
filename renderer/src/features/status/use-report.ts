import { useEffect, useState } from 'react';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useKioskData } from '../../data/data-context';
import type { KioskDocument } from '../../data/kiosk-database-types';
import { sortForDisplay } from './find-reports';

export type LiveReport = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; doc: KioskDocument<'reports'>; report: ReportDocType };

/**
 * One report, following every change: the county's status and reply arriving through sync,
 * and this kiosk's own reopen request, show without leaving the screen.
 */
export function useLiveReport(reportId: string): LiveReport {
  const { database } = useKioskData();
  const [live, setLive] = useState<{ reportId: string; value: LiveReport }>();
  useEffect(() => {
    const subscription = database.reports.findOne(reportId).$.subscribe((doc) => {
      setLive({ reportId, value: doc ? { state: 'ready', doc, report: doc.toJSON() as ReportDocType } : { state: 'missing' } });
    });
    return () => subscription.unsubscribe();
  }, [database, reportId]);
  return live?.reportId === reportId ? live.value : { state: 'loading' };
}

/** Every report with a tracking code, following changes (a report pulled meanwhile joins the list). */
export function useLiveReportsByCode(trackingCode: string): ReportDocType[] | undefined {
  const { database } = useKioskData();
  const [live, setLive] = useState<{ trackingCode: string; reports: ReportDocType[] }>();
  useEffect(() => {
    const subscription = database.reports.find({ selector: { trackingCode } }).$.subscribe((docs) => {
      setLive({ trackingCode, reports: sortForDisplay(docs.map((doc) => doc.toJSON() as ReportDocType)) });
    });
    return () => subscription.unsubscribe();
  }, [database, trackingCode]);
  return live?.trackingCode === trackingCode ? live.reports : undefined;
}
