import type { PreventableEvent } from './web-contents-guards';

/** The keyboard fields of Electron's `Input` that decide whether a key is a zoom shortcut. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
}

export interface ZoomableWebContents {
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
  setZoomFactor(factor: number): void;
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: KeyInput) => void): unknown;
  on(event: 'zoom-changed', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'did-finish-load', listener: () => void): unknown;
}

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

/** Ctrl/Cmd with + = - _ 0 (main row or numpad): Chromium's page-zoom shortcuts. */
export function isZoomShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (!input.control && !input.meta) return false;
  return ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code);
}

/**
 * The layout is designed for 100 % (DESIGN.md §8: targets of 64 CSS px on the kiosk screen); a
 * pinch or a stray Ctrl+wheel must not leave the next villager a zoomed, half-visible screen.
 * Pinch (visual) zoom is held at 1, page zoom at factor 1, the keyboard shortcuts are swallowed
 * before the page sees them, and both are re-applied after every load because Chromium keeps
 * zoom per host and resets visual limits on navigation.
 */
export function lockZoom(contents: ZoomableWebContents): void {
  const apply = () => {
    contents.setZoomFactor(1);
    contents.setVisualZoomLevelLimits(1, 1).catch(() => {
      // The page may be gone (reload in progress); the next did-finish-load applies it again.
    });
  };
  apply();
  contents.on('did-finish-load', apply);
  contents.on('before-input-event', (event, input) => {
    if (isZoomShortcut(input)) event.preventDefault();
  });
  // Ctrl+wheel and trackpad zoom arrive here instead of as input events.
  contents.on('zoom-changed', (event) => {
    event.preventDefault();
    contents.setZoomFactor(1);
  });
}
