import './keypad-focus.css';

/**
 * Focus navigation for the big-button keypad (DESIGN.md §7, §8): "next" and "previous" move a
 * visible ring through the targets of what is in front — the open modal dialog, else the
 * current screen — in reading order, wrapping at the ends; "confirm" presses the ringed target.
 * It works on the DOM the screens already render (every target is a real button, link or
 * field), so no screen needs to know about the keypad.
 *
 * The ring is drawn from a data attribute, not :focus-visible: focus moved by a device the
 * browser cannot see (HID events arrive over the host connection) would not get the browser's
 * keyboard-focus styling. Real focus moves too, so screen readers follow.
 */

export const KEYPAD_FOCUS_ATTRIBUTE = 'data-keypad-focus';

const targetSelector = [
  'button:not([disabled]):not([aria-disabled="true"])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[role="button"]:not([aria-disabled="true"])',
].join(', ');

/** The layer the keypad acts on: the topmost open modal dialog, else the screen. */
export function keypadLayer(document: Document): Element {
  const modals = document.querySelectorAll('[aria-modal="true"]');
  return modals[modals.length - 1] ?? document.querySelector('.kiosk-screen-host') ?? document.body;
}

function visible(element: HTMLElement): boolean {
  if (element.closest('[inert], [hidden]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

export function keypadTargets(layer: Element): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(targetSelector)].filter(visible);
}

function current(layer: Element, targets: HTMLElement[]): HTMLElement | null {
  const ringed = layer.querySelector<HTMLElement>(`[${KEYPAD_FOCUS_ATTRIBUTE}]`);
  if (ringed && targets.includes(ringed)) return ringed;
  const active = layer.ownerDocument.activeElement;
  return active instanceof HTMLElement && targets.includes(active) ? active : null;
}

export function ringTarget(element: HTMLElement): void {
  for (const other of element.ownerDocument.querySelectorAll(`[${KEYPAD_FOCUS_ATTRIBUTE}]`)) other.removeAttribute(KEYPAD_FOCUS_ATTRIBUTE);
  element.setAttribute(KEYPAD_FOCUS_ATTRIBUTE, '');
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/**
 * Moves the ring one target on. With nothing ringed yet, "next" starts at the first target of
 * the screen's content (not its header), "previous" at the last target.
 */
export function moveKeypadFocus(document: Document, direction: 'next' | 'previous'): HTMLElement | null {
  const layer = keypadLayer(document);
  const targets = keypadTargets(layer);
  if (targets.length === 0) return null;
  const from = current(layer, targets);
  let to: HTMLElement;
  if (!from) {
    const body = layer.querySelector('.screen-body');
    const firstInBody = body ? targets.find((target) => body.contains(target)) : undefined;
    to = direction === 'next' ? (firstInBody ?? targets[0]!) : targets[targets.length - 1]!;
  } else {
    const index = targets.indexOf(from);
    to = targets[(index + (direction === 'next' ? 1 : targets.length - 1)) % targets.length]!;
  }
  ringTarget(to);
  return to;
}

/** Presses the ringed target (or the focused one); false when there is none. */
export function activateKeypadFocus(document: Document): boolean {
  const layer = keypadLayer(document);
  const target = current(layer, keypadTargets(layer));
  if (!target) return false;
  target.click();
  return true;
}

/** A screen-level control the Screen marks with data-keypad (back, home, read-aloud). */
export function screenControl(document: Document, name: 'back' | 'home' | 'read-aloud'): HTMLElement | null {
  const layer = document.querySelector('.kiosk-screen-host') ?? document.body;
  const control = layer.querySelector<HTMLElement>(`[data-keypad="${name}"]`);
  return control && visible(control) ? control : null;
}
