/**
 * How many items of a fixed-height grid fit a box, and whether the page buttons go beside the
 * grid (landscape boxes: width is plentiful) or below it (portrait: height is). Pure, so the
 * arithmetic is tested without a browser; ui/paged-grid.tsx feeds it measured sizes.
 */
export interface PageBox {
  width: number;
  height: number;
}

export interface GridMetrics {
  itemHeight: number;
  minItemWidth: number;
  gap: number;
  /** Width of the page buttons' column when beside the grid. */
  pagerWidth: number;
  /** Height of the page buttons' row when below the grid. */
  pagerHeight: number;
  /** Never more columns than this (e.g. 1 for a list of long lines). */
  maxColumns?: number;
}

export interface PageLayout {
  columns: number;
  rows: number;
  /** Items per page; the item count itself when everything fits. */
  pageSize: number;
  pager: 'none' | 'side' | 'bottom';
}

function fit(length: number, item: number, gap: number): number {
  return Math.max(1, Math.floor((length + gap) / (item + gap)));
}

export function pageLayout(box: PageBox, metrics: GridMetrics, count: number): PageLayout {
  const { itemHeight, minItemWidth, gap, pagerWidth, pagerHeight } = metrics;
  const maxColumns = Math.max(1, metrics.maxColumns ?? Number.POSITIVE_INFINITY);
  const columnsIn = (width: number) => Math.min(maxColumns, fit(width, minItemWidth, gap));
  const columns = columnsIn(box.width);
  const rows = fit(box.height, itemHeight, gap);
  if (columns * rows >= count) {
    // Everything on one page: no more columns than items, and only the rows needed.
    const used = Math.max(1, Math.min(columns, count));
    return { columns: used, rows: Math.max(1, Math.ceil(count / used)), pageSize: Math.max(count, 1), pager: 'none' };
  }
  if (box.width >= box.height * 1.3) {
    const sideColumns = columnsIn(box.width - pagerWidth - gap);
    return { columns: sideColumns, rows, pageSize: sideColumns * rows, pager: 'side' };
  }
  const bottomRows = fit(box.height - pagerHeight - gap, itemHeight, gap);
  return { columns, rows: bottomRows, pageSize: columns * bottomRows, pager: 'bottom' };
}
