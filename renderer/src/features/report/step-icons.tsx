import type { ReactNode } from 'react';

/** Pictures of the report flow's own tiles (places). Decorative, in the style of ui/icons.tsx. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Three roofs: a village group. */
export function GroupIcon() {
  return (
    <Icon>
      <path d="M3 26 12 18l9 8v14H3z" />
      <path d="M27 26l9-8 9 8v14H27z" />
      <path d="M15 18l9-9 9 9" />
    </Icon>
  );
}

/** A map pin: a place. */
export function PlaceIcon() {
  return (
    <Icon>
      <path d="M24 44s14-13 14-24a14 14 0 0 0-28 0c0 11 14 24 14 24z" />
      <circle cx="24" cy="20" r="5" />
    </Icon>
  );
}
