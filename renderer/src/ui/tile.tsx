import type { ReactNode } from 'react';

export interface TileProps {
  /** Decorative icon (aria-hidden); the label is the accessible name. */
  icon: ReactNode;
  label: string;
  onSelect: () => void;
}

/** A large picture button for choosing a service or a category. */
export function Tile({ icon, label, onSelect }: TileProps) {
  return (
    <button type="button" className="tile" onClick={onSelect}>
      {icon}
      <span>{label}</span>
    </button>
  );
}
