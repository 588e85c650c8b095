import type { ReactNode } from 'react';

/**
 * Line icons drawn inline (no icon font, no network). Always decorative: the button or tile
 * they sit in carries the text, so each is aria-hidden and never focusable.
 */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth={3.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Speech bubble with an exclamation mark: "I want to report a problem". */
export function ReportIcon() {
  return (
    <Icon>
      <path d="M8 10h32a3 3 0 0 1 3 3v18a3 3 0 0 1-3 3H22l-9 8v-8H8a3 3 0 0 1-3-3V13a3 3 0 0 1 3-3z" />
      <path d="M24 16v9" />
      <path d="M24 30v.5" />
    </Icon>
  );
}

/** Clipboard with a magnifier: "check the progress of my report". */
export function StatusIcon() {
  return (
    <Icon>
      <path d="M30 8h4a3 3 0 0 1 3 3v10" />
      <path d="M18 8h-4a3 3 0 0 0-3 3v28a3 3 0 0 0 3 3h10" />
      <rect x="18" y="5" width="12" height="6" rx="2" />
      <path d="M17 20h10M17 27h6" />
      <circle cx="34" cy="33" r="6" />
      <path d="M38.5 37.5 43 42" />
    </Icon>
  );
}

/** Open book: "look up a policy". */
export function PolicyIcon() {
  return (
    <Icon>
      <path d="M24 12c-4-3-10-4-18-3v28c8-1 14 0 18 3 4-3 10-4 18-3V9c-8-1-14 0-18 3z" />
      <path d="M24 12v28" />
      <path d="M11 17h8M11 23h8M29 17h8M29 23h8" />
    </Icon>
  );
}

/** Person with a badge: "clerk services". */
export function ClerkIcon() {
  return (
    <Icon>
      <circle cx="24" cy="14" r="7" />
      <path d="M9 42v-4a10 10 0 0 1 10-10h10a10 10 0 0 1 10 10v4" />
      <path d="M24 30l-3 5 3 5 3-5z" />
    </Icon>
  );
}

export function HomeIcon() {
  return (
    <Icon>
      <path d="M6 22 24 7l18 15" />
      <path d="M11 19v21h9V29h8v11h9V19" />
    </Icon>
  );
}

export function BackIcon() {
  return (
    <Icon>
      <path d="M20 12 8 24l12 12" />
      <path d="M8 24h32" />
    </Icon>
  );
}

/** A globe: switch the interface language. */
export function LanguageIcon() {
  return (
    <Icon>
      <circle cx="24" cy="24" r="18" />
      <path d="M6 24h36" />
      <path d="M24 6c-5 5-7 11-7 18s2 13 7 18c5-5 7-11 7-18s-2-13-7-18z" />
    </Icon>
  );
}

export function SpeakerIcon() {
  return (
    <svg className="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M8 18h8l10-8v28l-10-8H8z" fill="currentColor" />
      <path d="M32 16c3 2.5 4.5 5 4.5 8s-1.5 5.5-4.5 8M37 11c5 4 7.5 8.5 7.5 13S42 33 37 37" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** An arrow to the right: the next page. */
export function NextPageIcon() {
  return (
    <Icon>
      <path d="M28 12l12 12-12 12" />
      <path d="M40 24H8" />
    </Icon>
  );
}
