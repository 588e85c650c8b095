/** A notice board with a pinned sheet, in the line style of ui/icons.tsx. Decorative. */
export function NoticesIcon() {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="6" y="8" width="36" height="28" rx="2" />
      <path d="M16 36v6M32 36v6M14 16h20M14 22h20M14 28h12" />
    </svg>
  );
}
