import { useLayoutEffect, useRef, useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from './big-button';
import { BackIcon, NextPageIcon } from './icons';
import { pageLayout, type GridMetrics, type PageLayout } from './page-layout';

export interface PagedGridProps<T> {
  items: readonly T[];
  keyOf: (item: T) => Key;
  renderItem: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** Extra class on the <ul> (its CSS custom properties set the item sizes, see kiosk.css). */
  className?: string;
  /** Never more columns than this. */
  maxColumns?: number;
}

/** Read from the grid's CSS custom properties, so sizes follow kiosk.css's media queries. */
function cssMetrics(element: HTMLElement, maxColumns: number | undefined): GridMetrics {
  const style = getComputedStyle(element);
  const number = (name: string, fallback: number) => {
    const value = Number.parseFloat(style.getPropertyValue(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    itemHeight: number('--paged-item-height', 200),
    minItemWidth: number('--paged-min-width', 320),
    gap: number('--paged-gap', 24),
    pagerWidth: number('--paged-pager-width', 240),
    pagerHeight: number('--paged-pager-height', 96),
    ...(maxColumns ? { maxColumns } : {}),
  };
}

/**
 * A list of big buttons that fills the space it is given and pages with large 上一页 / 下一页
 * buttons when the items do not fit, instead of scrolling: elderly users do not discover
 * scrolling (DESIGN.md §8). Only the current page's items are in the document, so nothing is
 * hidden below a fold. The page buttons sit beside the grid in a wide box and below it in a
 * tall one, and say which page this is; the page number is announced politely.
 * Before it is measured (and in jsdom, which has no layout) every item is shown.
 */
export function PagedGrid<T>({ items, keyOf, renderItem, label, className, maxColumns }: PagedGridProps<T>) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [layout, setLayout] = useState<PageLayout | null>(null);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const list = listRef.current;
    if (!box || !list) return;
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = box;
      if (width === 0 || height === 0) return;
      const next = pageLayout({ width, height }, cssMetrics(list, maxColumns), items.length);
      setLayout((current) =>
        current && current.columns === next.columns && current.rows === next.rows && current.pageSize === next.pageSize && current.pager === next.pager ? current : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [items.length, maxColumns]);

  const pageSize = layout?.pageSize ?? items.length;
  const pages = Math.max(1, Math.ceil(items.length / Math.max(1, pageSize)));
  const current = Math.min(page, pages - 1);
  const shown = items.slice(current * pageSize, (current + 1) * pageSize);
  const pager = layout && pages > 1 ? layout.pager : 'none';

  return (
    <div className={`paged paged--${pager}`} ref={boxRef}>
      <ul
        ref={listRef}
        className={['paged-grid', className].filter(Boolean).join(' ')}
        aria-label={label}
        style={layout ? { gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${layout.rows}, var(--paged-item-height))` } : undefined}
      >
        {shown.map((item, index) => (
          <li key={keyOf(item)}>{renderItem(item, current * pageSize + index)}</li>
        ))}
      </ul>
      {pager !== 'none' && (
        <div className="pager" role="group" aria-label={t('common.pages')}>
          <BigButton variant="secondary" icon={<BackIcon />} disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('common.previousPage')}
          </BigButton>
          <p className="pager-count" aria-live="polite">
            {t('common.pageOf', { page: current + 1, pages })}
          </p>
          <BigButton variant="secondary" icon={<NextPageIcon />} disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {t('common.nextPage')}
          </BigButton>
        </div>
      )}
    </div>
  );
}
