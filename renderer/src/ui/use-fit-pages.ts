import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Pages of items that fit the space a screen has, measured, for long content shown with large
 * 上一页/下一页 buttons instead of a scroll bar (DESIGN.md §8: elderly users do not discover
 * scrolling). Works for any screen size and text size because nothing is guessed: every item is
 * rendered once more in an invisible measuring copy of the same width (`measureRef`, hidden
 * from people and assistive technology) and packed greedily into the viewport's height
 * (`viewportRef`). Re-measured when the viewport resizes or `layoutKey` changes (e.g. the text size).
 *
 * An item taller than the viewport gets a page of its own (the viewport may then scroll a
 * little: better than cutting text). Without layout (jsdom) everything is one page.
 */
export interface FitPages<M extends HTMLElement> {
  viewportRef: RefObject<HTMLDivElement | null>;
  measureRef: RefObject<M | null>;
  /** 0-based page shown. */
  page: number;
  pageCount: number;
  /** Items [start, end) of the page shown. */
  start: number;
  end: number;
  next: () => void;
  previous: () => void;
}

export function useFitPages<M extends HTMLElement = HTMLDivElement>(itemCount: number, layoutKey: string | number = ''): FitPages<M> {
  const viewportRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<M>(null);
  const [starts, setStarts] = useState<number[]>([0]);
  const [page, setPage] = useState(0);
  // The first item shown stays on screen when the pages are re-cut (text size, rotation).
  const anchor = useRef(0);

  const measure = useCallback(() => {
    const viewport = viewportRef.current;
    const items = Array.from(measureRef.current?.children ?? []) as HTMLElement[];
    const available = viewport?.clientHeight ?? 0;
    const next = available > 0 && items.length > 0 ? packPages(items, available) : [0];
    setStarts((current) => (same(current, next) ? current : next));
    setPage(Math.max(0, next.findLastIndex((start) => start <= anchor.current)));
  }, []);

  useLayoutEffect(() => {
    measure();
  }, [measure, itemCount, layoutKey]);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [measure]);

  const pageCount = starts.length;
  const shown = Math.min(page, pageCount - 1);
  const start = starts[shown] ?? 0;
  const end = starts[shown + 1] ?? itemCount;
  const go = (to: number) => {
    const target = Math.max(0, Math.min(pageCount - 1, to));
    anchor.current = starts[target] ?? 0;
    setPage(target);
  };
  return { viewportRef, measureRef, page: shown, pageCount, start, end, next: () => go(shown + 1), previous: () => go(shown - 1) };
}

/** Start index of every page: items are added while the distance from the page's first top to the item's bottom fits. */
function packPages(items: HTMLElement[], available: number): number[] {
  const starts = [0];
  let top = items[0]?.offsetTop ?? 0;
  items.forEach((item, index) => {
    const bottom = item.offsetTop + item.offsetHeight;
    if (index > starts[starts.length - 1]! && bottom - top > available) {
      starts.push(index);
      top = item.offsetTop;
    }
  });
  return starts;
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
