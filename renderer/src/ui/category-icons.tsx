import type { ReactNode } from 'react';
import type { CategoryIcon } from '#kiosk-config/schema';

/**
 * Pictures for the report categories of the configuration (kiosk-config `categoryIconSchema`),
 * in the line style of icons.tsx. Decorative: the tile's text is its name.
 */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const paths: Record<CategoryIcon, ReactNode> = {
  // A road narrowing into the distance with its centre line.
  road: (
    <>
      <path d="M18 6 8 42M30 6l10 36" />
      <path d="M24 10v5M24 21v6M24 33v7" />
    </>
  ),
  // A tap with a falling drop.
  water: (
    <>
      <path d="M6 14h18a6 6 0 0 1 6 6v2" />
      <path d="M6 8v12M14 8h-8" />
      <path d="M30 30c-3 4-4 6-4 8a4 4 0 0 0 8 0c0-2-1-4-4-8z" />
    </>
  ),
  // A rubbish bin.
  sanitation: (
    <>
      <path d="M10 13h28M19 13V8h10v5" />
      <path d="M13 13l2 28h18l2-28" />
      <path d="M21 19v16M27 19v16" />
    </>
  ),
  // Two speech bubbles facing each other.
  dispute: (
    <>
      <path d="M5 8h18v12H13l-5 5v-5H5z" />
      <path d="M43 22H25v12h10l5 5v-5h3z" />
    </>
  ),
  // Fields in rows under the sun.
  land: (
    <>
      <circle cx="36" cy="11" r="5" />
      <path d="M4 40h40M8 32h32M12 24h24" />
      <path d="M24 24v16" />
    </>
  ),
  // An older person with a walking stick.
  pension: (
    <>
      <circle cx="20" cy="9" r="5" />
      <path d="M20 15c-4 4-6 9-6 14l4 2v11M20 15c3 3 5 6 6 10l6 2" />
      <path d="M34 26v16" />
    </>
  ),
  // A medical cross in a circle.
  medical: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 15v18M15 24h18" />
    </>
  ),
  // A wallet with a coin.
  wages: (
    <>
      <rect x="6" y="13" width="36" height="26" rx="4" />
      <path d="M10 13l22-6 3 6" />
      <circle cx="33" cy="26" r="3" />
    </>
  ),
  // A warning triangle.
  safety: (
    <>
      <path d="M24 6 4 41h40z" />
      <path d="M24 19v10M24 35v.5" />
    </>
  ),
  // Three dots: anything else.
  other: (
    <>
      <circle cx="12" cy="24" r="3" />
      <circle cx="24" cy="24" r="3" />
      <circle cx="36" cy="24" r="3" />
    </>
  ),
};

export function CategoryIconImage({ icon }: { icon: CategoryIcon }) {
  return <Icon>{paths[icon]}</Icon>;
}
