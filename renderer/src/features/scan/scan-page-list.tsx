import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/big-button';
import type { ScanPage, ScanPages } from './use-scan-pages';

export function pageProblem(t: TFunction, page: ScanPage): string | null {
  if (page.status !== 'failed' || !page.failure) return null;
  if (page.failure.kind === 'unreadable') return t('scan.problem.unreadable', { name: page.name });
  if (page.failure.kind === 'empty') return t('scan.problem.empty');
  if (page.failure.kind === 'cancelled' || page.failure.kind === 'stopped') return t('scan.problem.cancelled');
  return t('scan.problem.engine', { reason: page.failure.message });
}

/** The captured pages with their OCR progress; reorder, delete, retake. Overall progress on top. */
export function ScanPageList({ pages, onRetake }: { pages: ScanPages; onRetake: (id: string) => void }) {
  const { t } = useTranslation();
  const list = pages.pages;
  const done = list.filter((p) => p.status !== 'reading').length;
  return (
    <section className="scan-pages" aria-label={t('scan.pages.heading', { count: list.length })}>
      <h2>{t('scan.pages.heading', { count: list.length })}</h2>
      {list.length === 0 ? (
        <p>{t('scan.pages.none')}</p>
      ) : (
        <>
          <p className="scan-progress">
            <progress max={list.length} value={done} aria-label={t('scan.pages.overall', { done, total: list.length })} /> {t('scan.pages.overall', { done, total: list.length })}
          </p>
          {done < list.length && (
            <BigButton variant="secondary" onClick={() => pages.cancelAll()}>
              {t('scan.pages.cancel')}
            </BigButton>
          )}
        </>
      )}
      <ol className="scan-page-items">
        {list.map((page, index) => (
          <li key={page.id} className="scan-page-item" data-status={page.status}>
            <img src={page.previewUrl} alt={t('scan.pages.page', { number: index + 1 })} className="scan-thumb" />
            <div className="scan-page-info">
              <strong>{t('scan.pages.page', { number: index + 1 })}</strong>
              <span>
                {page.status === 'done' ? t('scan.pages.done') : page.status === 'reading' ? (page.progress.total ? t('scan.pages.reading', page.progress) : t('scan.pages.waiting')) : ''}
              </span>
              {page.status === 'reading' && page.partial.length > 0 && <span className="scan-partial" lang="zh-CN">{page.partial[0]}</span>}
              {pageProblem(t, page) && <span role="status">{pageProblem(t, page)}</span>}
            </div>
            <div className="scan-page-buttons">
              <BigButton variant="secondary" onClick={() => pages.move(page.id, -1)} disabled={index === 0}>
                {t('scan.pages.moveUp')}
              </BigButton>
              <BigButton variant="secondary" onClick={() => pages.move(page.id, 1)} disabled={index === list.length - 1}>
                {t('scan.pages.moveDown')}
              </BigButton>
              <BigButton variant="secondary" onClick={() => onRetake(page.id)}>
                {t('scan.camera.retake')}
              </BigButton>
              <BigButton variant="secondary" onClick={() => pages.remove(page.id)}>
                {t('scan.pages.delete')}
              </BigButton>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
