import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../app/console-context';
import { CATEGORY_IDS, categoryName, formatTime } from '../app/format';
import { routeHref } from '../app/hash-route';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { fetchInboxPage, STATUS_FILTERS, type ConsoleReport, type InboxCursor, type InboxFilters, type StatusFilter } from '../inbox/inbox-query';
import { latestRating, SATISFACTION_FILTERS, type SatisfactionFilter } from '../inbox/report-fields';

const AGES = [1, 3, 7, 30];

/** Every village's reports waiting for the county, oldest first, filtered and paged by the inbox view. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const { api, gatherDb } = useConsole();
  const [filters, setFilters] = useState<InboxFilters>({ status: 'waiting' });
  const [draft, setDraft] = useState<InboxFilters>({ status: 'waiting' });
  // Cursors of the pages before this one: 上一页 goes back without asking CouchDB to skip.
  const [cursors, setCursors] = useState<(InboxCursor | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [loaded, reload] = useLoad(() => fetchInboxPage(api, gatherDb, filters, { pageSize: 20, ...(cursor ? { cursor } : {}) }), [filters, cursor]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(clean(draft));
    setCursors([undefined]);
  }

  function clear() {
    setDraft({ status: 'waiting' });
    setFilters({ status: 'waiting' });
    setCursors([undefined]);
  }

  return (
    <section aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t('inbox.heading')}</h1>
      <form className="filters" onSubmit={apply} aria-label={t('inbox.filters')}>
        <label>
          {t('inbox.town')}
          <input value={draft.town ?? ''} inputMode="numeric" onChange={(event) => setDraft({ ...draft, town: event.target.value })} />
        </label>
        <label>
          {t('inbox.village')}
          <input value={draft.village ?? ''} onChange={(event) => setDraft({ ...draft, village: event.target.value })} />
        </label>
        <label>
          {t('inbox.category')}
          <select value={draft.category ?? ''} onChange={(event) => setDraft({ ...draft, category: event.target.value })}>
            <option value="">{t('inbox.anyCategory')}</option>
            {CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {categoryName(id, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('inbox.status')}
          <select value={draft.status ?? 'waiting'} onChange={(event) => setDraft({ ...draft, status: event.target.value as StatusFilter })}>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('inbox.satisfaction')}
          <select
            value={draft.satisfaction ?? ''}
            onChange={(event) => setDraft({ ...draft, satisfaction: (event.target.value || undefined) as SatisfactionFilter | undefined })}
          >
            <option value="">{t('satisfaction.any')}</option>
            {SATISFACTION_FILTERS.map((rating) => (
              <option key={rating} value={rating}>
                {t(`satisfaction.${rating}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('inbox.age')}
          <select
            value={draft.olderThanDays ?? ''}
            onChange={(event) => setDraft({ ...draft, ...(event.target.value ? { olderThanDays: Number(event.target.value) } : { olderThanDays: undefined }) })}
          >
            <option value="">{t('inbox.anyAge')}</option>
            {AGES.map((days) => (
              <option key={days} value={days}>
                {t('inbox.olderThan', { days })}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary">
            {t('inbox.apply')}
          </button>
          <button type="button" onClick={clear}>
            {t('inbox.clear')}
          </button>
        </div>
      </form>
      <LoadingState loaded={loaded} retry={reload}>
        {(page) => (
          <>
            {page.total !== undefined ? <p>{t('inbox.total', { count: page.total })}</p> : null}
            {page.reports.length === 0 ? <p>{t('inbox.empty')}</p> : <ReportTable reports={page.reports} language={i18n.language} />}
            <nav className="pager" aria-label={t('inbox.page', { page: cursors.length })}>
              <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('inbox.previous')}
              </button>
              <span>{t('inbox.page', { page: cursors.length })}</span>
              <button type="button" disabled={!page.next} onClick={() => page.next && setCursors([...cursors, page.next])}>
                {t('inbox.next')}
              </button>
            </nav>
          </>
        )}
      </LoadingState>
    </section>
  );
}

function clean(filters: InboxFilters): InboxFilters {
  const result: InboxFilters = { status: filters.status ?? 'waiting' };
  if (filters.town?.trim()) result.town = filters.town.trim();
  if (filters.village?.trim()) result.village = filters.village.trim();
  if (filters.category) result.category = filters.category;
  if (filters.satisfaction) result.satisfaction = filters.satisfaction;
  if (filters.olderThanDays) result.olderThanDays = filters.olderThanDays;
  return result;
}

function ReportTable({ reports, language }: { reports: ConsoleReport[]; language: string }) {
  const { t } = useTranslation();
  return (
    <table className="reports">
      <thead>
        <tr>
          <th scope="col">{t('inbox.columns.createdAt')}</th>
          <th scope="col">{t('inbox.columns.village')}</th>
          <th scope="col">{t('inbox.columns.category')}</th>
          <th scope="col">{t('inbox.columns.summary')}</th>
          <th scope="col">{t('inbox.columns.status')}</th>
          <th scope="col">{t('inbox.columns.satisfaction')}</th>
          <th scope="col">{t('inbox.columns.media')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report._id}>
            <td>
              <a href={routeHref({ page: 'report', village: report.village, id: report._id })} aria-label={t('inbox.open', { code: report.trackingCode ?? report._id })}>
                {formatTime(report.createdAt, language)}
              </a>
            </td>
            <td>{report.village}</td>
            <td>{categoryName(report.category, language)}</td>
            <td>{summary(report)}</td>
            <td>{t(`status.${report.status ?? 'submitted'}`)}</td>
            <td>{t(`satisfaction.${latestRating(report.satisfaction)}`)}</td>
            <td>{[report.photo ? t('inbox.photo') : '', report.voiceNote ? t('inbox.voice') : ''].filter(Boolean).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function summary(report: ConsoleReport): string {
  const text = [...(report.phrases ?? []), report.text ?? ''].filter(Boolean).join('；');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
