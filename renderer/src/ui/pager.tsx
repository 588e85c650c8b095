import { BigButton } from './big-button';

export interface PagerLabels {
  previous: string;
  next: string;
  /** "第 1 页，共 3 页". */
  position: (page: number, count: number) => string;
  /** Name of the navigation region. */
  region: string;
}

/**
 * Large 上一页/下一页 buttons for paged content (use-fit-pages.ts). Both stay in place when
 * they cannot be used (disabled, not removed), so the buttons never jump under a finger.
 */
export function Pager({ page, count, onPrevious, onNext, labels }: { page: number; count: number; onPrevious: () => void; onNext: () => void; labels: PagerLabels }) {
  if (count <= 1) return null;
  return (
    <nav className="pager" aria-label={labels.region}>
      <BigButton variant="secondary" disabled={page === 0} onClick={onPrevious}>
        {labels.previous}
      </BigButton>
      <p className="pager-position" aria-live="polite">
        {labels.position(page + 1, count)}
      </p>
      <BigButton variant="secondary" disabled={page >= count - 1} onClick={onNext}>
        {labels.next}
      </BigButton>
    </nav>
  );
}
