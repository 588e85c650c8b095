import type { ReactNode } from 'react';

/**
 * A picture button for a policy category, smaller than the home tiles so that every category
 * fits on one screen at 1366×768 (nine tiles, three rows) while keeping ≥ 64 px targets and
 * large text. The count is part of the button's name ("养老保险 4 条").
 */
export function CategoryTile({ icon, label, detail, onSelect, primary = false }: { icon: ReactNode; label: string; detail?: string; onSelect: () => void; primary?: boolean }) {
  return (
    <button type="button" className={primary ? 'policy-tile policy-tile--primary' : 'policy-tile'} onClick={onSelect}>
      {icon}
      <span className="policy-tile-label">{label}</span>
      {detail !== undefined && <span className="policy-tile-detail">{detail}</span>}
    </button>
  );
}
