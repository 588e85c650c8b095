import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import writeXlsxFile from 'write-excel-file/browser';
import { useConsole } from '../app/console-context';
import { categoryName } from '../app/format';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { CategoryChart } from '../figures/category-chart';
import { figuresTable, percent, toCsv, type Cell, type TableText } from '../figures/figures-table';
import { fetchMonthFigures, MONTH_PATTERN, type FigureRow, type MonthFigures } from '../figures/month-figures';
import { chinaMonth } from '../inbox/report-fields';

/** The month's figures per town, village and category, a chart, and the same table as CSV and XLSX. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { api, gatherDb } = useConsole();
  const [draft, setDraft] = useState(() => chinaMonth(new Date().toISOString()));
  const [month, setMonth] = useState(draft);
  const [loaded, reload] = useLoad(() => fetchMonthFigures(api, gatherDb, month), [month]);

  function show(event: FormEvent) {
    event.preventDefault();
    if (MONTH_PATTERN.test(draft)) setMonth(draft);
  }

  return (
    <section aria-labelledby="figures-heading">
      <h1 id="figures-heading">{t('figures.heading')}</h1>
      <form className="filters" onSubmit={show}>
        <label>
          {t('figures.month')}
          <input type="month" value={draft} onChange={(event) => setDraft(event.target.value)} required />
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary">
            {t('figures.show')}
          </button>
        </div>
      </form>
      <LoadingState loaded={loaded} retry={reload}>
        {(figures) => <FiguresView figures={figures} />}
      </LoadingState>
    </section>
  );
}

function FiguresView({ figures }: { figures: MonthFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rate = (value: number | null) => (value === null ? t('figures.dash') : `${percent(value)}%`);
  const text: TableText = {
    headers: [
      t('figures.columns.group'),
      t('figures.columns.name'),
      t('figures.columns.received'),
      t('figures.columns.resolved'),
      t('figures.columns.resolutionRate'),
      t('figures.columns.rated'),
      t('figures.columns.satisfactionRate'),
      t('figures.columns.medianFirstAnswer'),
      t('figures.columns.medianResolution'),
    ],
    group: { total: t('figures.total'), town: t('figures.byTown'), village: t('figures.byVillage'), category: t('figures.byCategory') },
    totalName: t('figures.total'),
    categoryName: (id) => categoryName(id, language),
  };
  const table = useMemo(() => figuresTable(figures, text), [figures, language]); // eslint-disable-line react-hooks/exhaustive-deps -- text follows language
  const chart = useMemo(
    () => ({
      names: figures.byCategory.map((row) => categoryName(row.key, language)),
      received: figures.byCategory.map((row) => row.received),
      resolved: figures.byCategory.map((row) => row.resolved),
    }),
    [figures, language],
  );

  if (figures.total.received === 0) return <p>{t('figures.empty')}</p>;
  const fileName = `county-figures-${figures.month}`;
  return (
    <>
      <p className="summary">
        {t('figures.summary', {
          month: figures.month,
          received: figures.total.received,
          resolved: figures.total.resolved,
          rate: rate(figures.total.resolutionRate),
          satisfaction: rate(figures.total.satisfactionRate),
        })}
      </p>
      <div className="export">
        <button type="button" onClick={() => download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)}>
          {t('figures.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportXlsx(table, `${fileName}.xlsx`)}>
          {t('figures.exportXlsx')}
        </button>
      </div>
      <figure>
        <figcaption>{t('figures.chartCategory')}</figcaption>
        <CategoryChart label={t('figures.chartLabel', { month: figures.month })} {...chart} receivedName={t('figures.received')} resolvedName={t('figures.resolved')} />
      </figure>
      <FigureTable caption={t('figures.byTown')} rows={figures.byTown} name={(key) => key} headers={text.headers} />
      <FigureTable caption={t('figures.byCategory')} rows={figures.byCategory} name={(key) => categoryName(key, language)} headers={text.headers} />
      <FigureTable caption={t('figures.byVillage')} rows={figures.byVillage} name={(key) => key} headers={text.headers} />
      <p className="hint">{t('figures.definitions')}</p>
    </>
  );
}

function FigureTable({ caption, rows, name, headers }: { caption: string; rows: FigureRow[]; name: (key: string) => string; headers: string[] }) {
  const { t } = useTranslation();
  const cell = (value: number | null) => (value === null ? t('figures.dash') : String(value));
  return (
    <table className="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.slice(1).map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{name(row.key)}</th>
            <td>{row.received}</td>
            <td>{row.resolved}</td>
            <td>{cell(percent(row.resolutionRate))}</td>
            <td>{row.rated}</td>
            <td>{cell(percent(row.satisfactionRate))}</td>
            <td>{cell(row.medianFirstAnswerHours)}</td>
            <td>{cell(row.medianResolutionHours)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function exportXlsx(table: Cell[][], fileName: string): Promise<void> {
  const data = table.map((row, index) =>
    row.map((value) => (value === null ? null : typeof value === 'number' ? { type: Number, value } : { type: String, value, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  download(await writeXlsxFile(data).toBlob(), fileName);
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
