import type { ReactNode } from 'react';

/** Line icons for the input components (microphone, camera, playback, keyboard, steps). Decorative. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function MicrophoneIcon() {
  return (
    <Icon>
      <rect x="17" y="5" width="14" height="24" rx="7" />
      <path d="M10 23a14 14 0 0 0 28 0M24 37v6M17 43h14" />
    </Icon>
  );
}

export function StopIcon() {
  return (
    <Icon>
      <rect x="12" y="12" width="24" height="24" rx="3" fill="currentColor" />
    </Icon>
  );
}

export function PlayIcon() {
  return (
    <Icon>
      <path d="M15 9v30l25-15z" fill="currentColor" />
    </Icon>
  );
}

export function CameraIcon() {
  return (
    <Icon>
      <path d="M6 15h8l4-6h12l4 6h8v24H6z" />
      <circle cx="24" cy="26" r="7" />
    </Icon>
  );
}

export function KeyboardIcon() {
  return (
    <Icon>
      <rect x="4" y="12" width="40" height="24" rx="3" />
      <path d="M10 19h2M17 19h2M24 19h2M31 19h2M10 25h2M17 25h2M24 25h2M31 25h2M15 31h18" />
    </Icon>
  );
}

export function NextIcon() {
  return (
    <Icon>
      <path d="M28 12l12 12-12 12" />
      <path d="M40 24H8" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="M8 25l10 10 22-22" />
    </Icon>
  );
}
