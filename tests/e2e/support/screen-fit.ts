import type { Page } from '@playwright/test';
import { expect, expectKioskSizedTargets, expectNoAxeViolations } from './fixtures';

/**
 * What "every action visible on every screen size" means, checked on what is shown now
 * (DESIGN.md §8):
 * - every visible control's centre lies inside the window and is not covered: the element at
 *   that point is the control itself or inside it (so nothing is below the fold, behind the
 *   bar or under another element). Controls behind an open dialog (inert) are skipped;
 * - nothing scrolls: the screen's content fits between its header and its bar;
 * - kiosk-sized targets and zero axe violations.
 */
export async function expectScreenFits(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], [role="tab"]');
    for (const el of controls) {
      if (el.closest('[inert]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A file input lies invisibly over its button-styled label: the label is the target.
      const target = el instanceof HTMLInputElement && el.type === 'file' ? (el.closest('label') ?? el) : el;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const name = (el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName).slice(0, 24);
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
        out.push(`${name}: centre (${Math.round(x)}, ${Math.round(y)}) outside the ${window.innerWidth}×${window.innerHeight} window`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === target || target.contains(hit))) {
        out.push(`${name}: covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit ? `${hit.tagName}.${hit.className}` : 'nothing'}`);
      }
    }
    for (const body of document.querySelectorAll<HTMLElement>('.screen-body, .dialog')) {
      if (body.closest('[inert]')) continue;
      if (body.scrollHeight > body.clientHeight + 1) out.push(`${body.className} scrolls: ${body.scrollHeight} > ${body.clientHeight}`);
    }
    return out;
  });
  expect(problems).toEqual([]);
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
}
