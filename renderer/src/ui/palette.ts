/**
 * The kiosk's colours. kiosk.css declares each as a `--kiosk-*` custom property with the same
 * value (checked by palette.test.ts), and every text/background pair the CSS uses is listed
 * in `textPairs` so the test can hold it to 7:1 (WCAG AAA, DESIGN.md §8).
 */
export const palette = {
  ink: '#111111',
  paper: '#ffffff',
  surface: '#eef2f8',
  primary: '#0b3d91',
  primaryPressed: '#072a66',
  onPrimary: '#ffffff',
  secondaryPressed: '#d6e0f0',
  notice: '#fff3c4',
  focus: '#111111',
} as const;

export type PaletteName = keyof typeof palette;

/** CSS custom property name of a palette entry: `primaryPressed` → `--kiosk-primary-pressed`. */
export function cssVariableName(name: PaletteName): string {
  return `--kiosk-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Every foreground/background pair kiosk.css puts text on. Adding a pair to the CSS means adding it here. */
export const textPairs: readonly { use: string; fg: PaletteName; bg: PaletteName }[] = [
  { use: 'body text', fg: 'ink', bg: 'paper' },
  { use: 'text on the page surface', fg: 'ink', bg: 'surface' },
  { use: 'primary button / tile', fg: 'onPrimary', bg: 'primary' },
  { use: 'primary button pressed', fg: 'onPrimary', bg: 'primaryPressed' },
  { use: 'secondary button', fg: 'primary', bg: 'paper' },
  { use: 'secondary button pressed', fg: 'primary', bg: 'secondaryPressed' },
  { use: 'heading / nav bar on surface', fg: 'primary', bg: 'surface' },
  { use: 'configuration problem banner', fg: 'ink', bg: 'notice' },
];

/** Non-text pairs (focus ring against what surrounds it): WCAG asks 3:1, we keep 7:1 anyway. */
export const outlinePairs: readonly { use: string; fg: PaletteName; bg: PaletteName }[] = [
  { use: 'focus ring on paper', fg: 'focus', bg: 'paper' },
  { use: 'focus ring on surface', fg: 'focus', bg: 'surface' },
];
