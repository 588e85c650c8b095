/** A magnifying glass in the line style of ui/icons.tsx. Decorative: the button's text is its name. */
export function SearchIcon() {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <circle cx="21" cy="21" r="12" />
      <path d="m30 30 11 11" />
    </svg>
  );
}
