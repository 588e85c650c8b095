import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { cssVariableName, outlinePairs, palette, textPairs, type PaletteName } from './palette';

/**
 * kiosk.css read from disk: Vitest replaces every .css import (even `?raw`) with an empty module
 * unless its `css` option includes the file. Node's fs is imported by a computed name and typed
 * here because the web project deliberately has no Node types (tsconfig.web.json).
 */
async function readKioskCss(): Promise<string> {
  const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as {
    readFileSync(path: URL, encoding: 'utf8'): string;
  };
  const moduleUrl = import.meta.url;
  return fs.readFileSync(new URL('kiosk.css', moduleUrl), 'utf8');
}

const kioskCss = await readKioskCss();
const paletteNames = Object.keys(palette) as PaletteName[];

/** `selector { ... }` blocks whose selector list contains `selector` exactly. */
function rule(selector: string): string {
  const match = new RegExp(`(?:^|[}\\s,])${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`, 'm').exec(kioskCss);
  if (!match?.[1]) throw new Error(`no rule for ${selector} in kiosk.css`);
  return match[1];
}

function px(block: string, property: string): number {
  const match = new RegExp(`(?:^|;|\\s)${property}:\\s*(\\d+)px`).exec(block);
  if (!match?.[1]) throw new Error(`no ${property} in px`);
  return Number(match[1]);
}

describe('palette and kiosk.css', () => {
  it('contrast formula matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it.each(textPairs.map((pair) => [pair.use, pair] as const))('%s reaches 7:1', (_use, pair) => {
    expect(contrastRatio(palette[pair.fg], palette[pair.bg])).toBeGreaterThanOrEqual(7);
  });

  it.each(outlinePairs.map((pair) => [pair.use, pair] as const))('%s reaches 7:1', (_use, pair) => {
    expect(contrastRatio(palette[pair.fg], palette[pair.bg])).toBeGreaterThanOrEqual(7);
  });

  it('kiosk.css declares every palette colour with the same value, and only those', () => {
    const declared = new Map([...kioskCss.matchAll(/(--kiosk-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]?.toLowerCase()]));
    expect(Object.fromEntries(declared)).toEqual(Object.fromEntries(paletteNames.map((name) => [cssVariableName(name), palette[name]])));
  });

  it('uses no colour literal outside the palette declarations (the backdrop is not text)', () => {
    const withoutDeclarations = kioskCss.replace(/--kiosk-[a-z-]+:\s*#[0-9a-f]{6}\s*;/gi, '');
    expect(withoutDeclarations.match(/#[0-9a-f]{3,8}\b/gi)).toBeNull();
    expect(withoutDeclarations.match(/rgba?\(/g)).toEqual(['rgb(']);
  });

  it('keeps every font size at 24 px or more and uses the Noto CJK stack', () => {
    const sizes = [...kioskCss.matchAll(/font-size:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(kioskCss).not.toMatch(/font-size:\s*[\d.]+(?:em|rem|%|pt)/);
    expect(rule(':root')).toMatch(/font-family:\s*'Noto Sans CJK SC'/);
  });

  it('makes buttons and tiles at least 64×64 px, on every screen size', () => {
    expect(rule('.big-button')).toMatch(/min-height:\s*var\(--kiosk-button-height\)/);
    expect(px(rule('.tile'), 'min-height')).toBeGreaterThanOrEqual(64);
    expect(px(rule('.big-button'), 'min-width')).toBeGreaterThanOrEqual(64);
    // Every value the screen-size media queries give the sizes (kiosk.css :root and @media).
    for (const name of ['button-height', 'key-height', 'tile-height']) {
      const values = [...kioskCss.matchAll(new RegExp(`--kiosk-${name}:\\s*(\\d+)px`, 'g'))].map((m) => Number(m[1]));
      expect(values.length, name).toBeGreaterThanOrEqual(2);
      expect(Math.min(...values), name).toBeGreaterThanOrEqual(64);
    }
    const fonts = [...kioskCss.matchAll(/--kiosk-[a-z-]*font:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(24);
  });

  it('buttons take taps only: no double-tap zoom, no text selection; focus is always visible', () => {
    const button = rule('button');
    expect(button).toMatch(/touch-action:\s*manipulation/);
    expect(button).toMatch(/user-select:\s*none/);
    expect(rule(':focus-visible')).toMatch(/outline:\s*5px solid var\(--kiosk-focus\)/);
    expect(kioskCss).not.toMatch(/:hover/);
  });
});
