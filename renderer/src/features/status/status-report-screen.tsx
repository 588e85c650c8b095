import { useTranslation } from 'react-i18next';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import type { ScreenComponentProps } from '../../app/screen-params';
import { useLanguage } from '../../i18n/use-language';
import { Screen } from '../../ui/screen';
import { pickCountyReply } from './county-reply';
import { ReopenAction } from './reopen-action';
import { deriveReportProgress } from './report-progress';
import { ReportSummary } from './report-summary';
import { ReportTimeline } from './report-timeline';
import { SatisfactionPanel } from './satisfaction-panel';
import { statusSpeech } from './status-speech';
import { useReportSyncFacts } from './sync-facts-context';
import { useLiveReport } from './use-report';
import './status.css';

/**
 * One report's progress: what it is about, the timeline with the current step, the county's
 * reply shown large, and "not fixed — reopen" once resolved. Follows the report live.
 * "Read aloud" speaks the whole status: code, where it stands, the reply, what can be done.
 */
export function StatusReportScreen({ params }: ScreenComponentProps<'status-report'>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const live = useLiveReport(params.reportId);
  const facts = useReportSyncFacts(params.reportId);

  if (live.state === 'missing') {
    return (
      <Screen title={t('status.title')}>
        <p>{t('status.report.missing')}</p>
      </Screen>
    );
  }
  if (live.state === 'loading' || !facts) {
    return (
      <Screen title={t('status.title')} speech={t('status.report.loading')}>
        <p aria-busy="true">{t('status.report.loading')}</p>
      </Screen>
    );
  }

  const { report, doc } = live;
  const progress = deriveReportProgress(report, facts);
  const reply = pickCountyReply(report.countyReply, language);
  const code = report.trackingCode;
  const stageSentence = t(`status.stage.${progress.stage}`);

  return (
    <Screen
      title={t('status.report.title', { code: formatTrackingCode(code) })}
      speech={statusSpeech(t, { code, stage: progress.stage, reply, canReopen: progress.canReopen })}
    >
      <div className="status-report">
        <div className="status-report__main">
          <p className="status-stage">{stageSentence}</p>
          <ReportTimeline progress={progress} />
        </div>
        <div className="status-report__side">
          {reply && (
            <section className="status-reply" aria-labelledby="status-reply-title">
              <h2 id="status-reply-title">{t('status.report.replyTitle')}</h2>
              <p className="status-reply__text" lang={reply.lang}>
                {reply.text}
              </p>
            </section>
          )}
          <SatisfactionPanel doc={doc} report={report} />
          <ReopenAction key={doc.primary} doc={doc} canReopen={progress.canReopen} />
          <ReportSummary report={report} />
        </div>
      </div>
    </Screen>
  );
}
