import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '#sync/schema/report-schema';
import { useConsole } from '../app/console-context';
import { categoryName, formatTime } from '../app/format';
import { routeHref } from '../app/hash-route';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { CouchHttpError, docPath } from '../couch/couch-api';
import type { ConsoleReport } from '../inbox/inbox-query';
import { latestRating } from '../inbox/report-fields';
import { blobArrived, blobPath } from '../report/blob-availability';
import { auditLines, sendReply, type AuditLine } from '../report/reply-action';

const STATUS_CHOICES: ReportStatus[] = ['received', 'in_progress', 'resolved'];

interface Loaded {
  report: ConsoleReport;
  audit: AuditLine[];
  photo: boolean;
  voice: boolean;
}

/** One report, read fresh from its village's reports database (what the kiosk reads too). */
export function ReportPage({ village, id }: { village: string; id: string }) {
  const { t } = useTranslation();
  const { api, gatherDb, villageDb } = useConsole();
  const [loaded, reload] = useLoad(async (): Promise<Loaded> => {
    const report = await api.request<ConsoleReport>('GET', docPath(villageDb(village, 'reports'), id));
    const blobs = villageDb(village, 'blobs');
    const [audit, photo, voice] = await Promise.all([
      auditLines(api, gatherDb, id),
      report.photo ? blobArrived(api, blobs, report.photo.sha256) : Promise.resolve(false),
      report.voiceNote ? blobArrived(api, blobs, report.voiceNote.sha256) : Promise.resolve(false),
    ]);
    return { report, audit, photo, voice };
  }, [village, id]);

  return (
    <section aria-labelledby="report-heading">
      <p>
        <a href={routeHref({ page: 'inbox' })}>{t('report.back')}</a>
      </p>
      <LoadingState loaded={loaded} retry={reload}>
        {(value) => <ReportView {...value} onAnswered={reload} />}
      </LoadingState>
    </section>
  );
}

function ReportView({ report, audit, photo, voice, onAnswered }: Loaded & { onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const { api, villageDb, session } = useConsole();
  const language = i18n.language;
  const blobs = villageDb(report.village, 'blobs');
  const nothing = t('report.nothing');
  return (
    <>
      <h1 id="report-heading">{t('report.heading', { code: report.trackingCode ?? report._id })}</h1>
      <div className="report-columns">
        <div>
          <h2>{t('report.said')}</h2>
          <dl className="facts">
            <dt>{t('report.createdAt')}</dt>
            <dd>{formatTime(report.createdAt, language)}</dd>
            <dt>{t('report.village')}</dt>
            <dd>{report.village}</dd>
            <dt>{t('report.category')}</dt>
            <dd>{categoryName(report.category, language)}</dd>
            <dt>{t('report.phrases')}</dt>
            <dd>{report.phrases?.length ? report.phrases.join('；') : nothing}</dd>
            <dt>{t('report.text')}</dt>
            <dd>{report.text || nothing}</dd>
            <dt>{t('report.landmark')}</dt>
            <dd>{report.landmark || nothing}</dd>
            <dt>{t('report.group')}</dt>
            <dd>{report.group || nothing}</dd>
            <dt>{t('report.kiosk')}</dt>
            <dd>
              {report.kioskId}
              {report.assisted ? ` · ${t('report.assisted')}` : ''}
              {report.anonymous ? ` · ${t('report.anonymous')}` : ''}
            </dd>
            {report.contactPhone ? (
              <>
                <dt>{t('report.phone')}</dt>
                <dd>{report.contactPhone}</dd>
              </>
            ) : null}
            <dt>{t('report.coReporters')}</dt>
            <dd>{report.coReporters?.length ?? 0}</dd>
            <dt>{t('report.reopenRequests')}</dt>
            <dd>{report.reopenRequests?.length ?? 0}</dd>
            <dt>{t('report.satisfaction')}</dt>
            <dd>{t(`satisfaction.${latestRating(report.satisfaction)}`)}</dd>
            <dt>{t('report.currentReply')}</dt>
            <dd>{report.countyReply ? [report.countyReply.zh, report.countyReply.en].filter(Boolean).join(' / ') : nothing}</dd>
          </dl>
          <h2>{t('report.photo')}</h2>
          {report.photo ? (
            photo ? (
              <img className="photo" src={api.url(blobPath(blobs, report.photo.sha256))} alt={t('report.photoAlt')} />
            ) : (
              <p className="pending">{t('report.photoPending')}</p>
            )
          ) : (
            <p>{nothing}</p>
          )}
          <h2>{t('report.voice')}</h2>
          {report.voiceNote ? (
            voice ? (
              <p>
                <audio controls preload="metadata" src={api.url(blobPath(blobs, report.voiceNote.sha256))} aria-label={t('report.voice')} />
                <span> {t('report.voiceSeconds', { seconds: Math.round(report.voiceNote.seconds) })}</span>
              </p>
            ) : (
              <p className="pending">{t('report.voicePending')}</p>
            )
          ) : (
            <p>{nothing}</p>
          )}
        </div>
        <div>
          <h2>{t('report.timeline')}</h2>
          <ol className="timeline">
            {timeline(report, t).map((event, index) => (
              <li key={index}>
                <time dateTime={event.at}>{formatTime(event.at, language)}</time> {event.text}
              </li>
            ))}
          </ol>
          <h2>{t('report.audit')}</h2>
          {audit.length === 0 ? (
            <p>{t('report.auditNone')}</p>
          ) : (
            <ul className="audit">
              {audit.map((line) => (
                <li key={`${line.at}-${line.by}`}>
                  {t('report.auditLine', {
                    at: formatTime(line.at, language),
                    by: line.by,
                    action: `${t(`report.actions.${line.action}`)}${line.status ? `（${t(`status.${line.status}`)}）` : ''}`,
                  })}
                </li>
              ))}
            </ul>
          )}
          {session.canAnswer ? <ReplyForm report={report} lastBy={audit[audit.length - 1]?.by} onAnswered={onAnswered} /> : <p className="notice">{t('report.viewerOnly')}</p>}
        </div>
      </div>
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function timeline(report: ConsoleReport, t: Translate): { at: string; text: string }[] {
  const events: { at: string; text: string }[] = [{ at: report.createdAt, text: t('report.events.created') }];
  for (const entry of report.statusHistory ?? []) events.push({ at: entry.at, text: t('report.events.status', { status: t(`status.${entry.status}`) }) });
  if (report.countyReply) events.push({ at: report.countyReply.at, text: `${t('report.events.reply')}：${report.countyReply.zh ?? report.countyReply.en ?? ''}` });
  for (const entry of report.coReporters ?? []) events.push({ at: entry.addedAt, text: t('report.events.coReporter') });
  for (const entry of report.reopenRequests ?? []) events.push({ at: entry.at, text: t('report.events.reopen') });
  for (const entry of report.satisfaction ?? []) events.push({ at: entry.at, text: t('report.events.satisfaction', { rating: t(`satisfaction.${entry.rating}`) }) });
  // By instant, not by text: kiosks write ISO times with different offsets (+08:00 or Z).
  return events.sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
}

function ReplyForm({ report, lastBy, onAnswered }: { report: ConsoleReport; lastBy: string | undefined; onAnswered: () => void }) {
  const { t } = useTranslation();
  const { api, gatherDb, villageDb, session } = useConsole();
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string }>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!zh.trim()) {
      setMessage({ kind: 'problem', text: t('report.needText') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      const outcome = await sendReply(api, {
        reportsDb: villageDb(report.village, 'reports'),
        gatherDb,
        report,
        input: { zh: zh.trim(), ...(en.trim() ? { en: en.trim() } : {}), ...(status ? { status } : {}) },
        by: session.name,
      });
      if (outcome.kind === 'sent' || outcome.kind === 'unchanged') {
        const merged = outcome.kind === 'sent' && outcome.merged.length > 0 ? t('report.merged', { what: outcome.merged.map((what) => t(`report.whatChanged.${what}`)).join('、') }) : '';
        const audit = outcome.kind === 'sent' && outcome.auditError ? t('report.auditFailed', { reason: outcome.auditError }) : '';
        setMessage({ kind: 'ok', text: [t('report.sent'), merged, audit].filter(Boolean).join(' ') });
        setZh('');
        setEn('');
        setStatus('');
        onAnswered();
      } else if (outcome.kind === 'refused-answered') {
        setMessage({ kind: 'problem', text: t('report.refusedAnswered', { by: lastBy ?? t('report.someone'), status: t(`status.${outcome.report.status ?? 'submitted'}`) }) });
      } else {
        setMessage({ kind: 'problem', text: t('report.refusedReopened') });
      }
    } catch (error) {
      setMessage({ kind: 'problem', text: t('report.refused', { reason: error instanceof CouchHttpError ? error.reason : String((error as Error).message) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="reply" onSubmit={(event) => void submit(event)} aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('report.replyHeading')}</h2>
      <label>
        {t('report.replyZh')}
        <textarea value={zh} onChange={(event) => setZh(event.target.value)} rows={4} maxLength={5000} />
      </label>
      <label>
        {t('report.replyEn')}
        <textarea value={en} onChange={(event) => setEn(event.target.value)} rows={2} maxLength={5000} />
      </label>
      <label>
        {t('report.newStatus')}
        <select value={status} onChange={(event) => setStatus(event.target.value as ReportStatus | '')}>
          <option value="">{t('report.keepStatus', { status: t(`status.${report.status ?? 'submitted'}`) })}</option>
          {STATUS_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`status.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      {message ? (
        <p role={message.kind === 'ok' ? 'status' : 'alert'} className={message.kind === 'ok' ? 'done' : 'problem'}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('report.sending') : t('report.send')}
      </button>
    </form>
  );
}
