import type { Page } from '@playwright/test';
import { expect, expectKioskSizedTargets, expectNoAxeViolations } from './fixtures';

/**
 * Steps of the villager's report flow for end-to-end specs, by visible names only (what a
 * villager taps), plus ways to look behind the screen: what the kiosk asked the host to speak,
 * and what it stored in IndexedDB.
 */

/** Zero axe violations and kiosk-sized targets on what is shown now. */
export async function expectAccessibleScreen(page: Page): Promise<void> {
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
}

export async function expectHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Texts the page sent to the host's speech.speak (read off its WebSocket). Attach before goto. */
export function recordSpokenTexts(page: Page): string[] {
  const spoken: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string' || !payload.includes('"speech.speak"')) return;
      const frame = JSON.parse(payload) as { channel?: string; request?: { text?: string } };
      if (frame.channel === 'speech.speak' && frame.request?.text) spoken.push(frame.request.text);
    });
  });
  return spoken;
}

export interface QuickReport {
  category: string;
  group: string;
  /** Landmark to tap; skipped when absent and the group has landmarks. */
  landmark?: string;
  phrase?: string;
}

/** A minimal report by taps (no voice, no photo, anonymous); returns the tracking code as shown ("3052 7719"). */
export async function submitQuickReport(page: Page, report: QuickReport): Promise<string> {
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: report.category, exact: true }).click();
  if (report.phrase) await page.getByRole('button', { name: report.phrase }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('button', { name: report.group }).click();
  await continueAfterGroup(page, report.landmark);
  // A report alike to an earlier one gets the duplicate hint: this helper files its own.
  const different = page.getByRole('button', { name: '不是，我的是另一件事' });
  await expect(different.or(page.getByRole('heading', { level: 1, name: '留个电话吗' }))).toBeVisible();
  if (await different.isVisible()) await different.click();
  await page.getByRole('button', { name: '不留电话' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  return (await page.getByTestId('tracking-code').textContent()) ?? '';
}

/** After the group tile: a landmark (or Skip) when the group has landmarks. */
export async function continueAfterGroup(page: Page, landmark?: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/在什么地方附近|留个电话吗/);
  if ((await heading.textContent()) === '在什么地方附近') {
    await page.getByRole('button', { name: landmark ?? '跳过', exact: true }).click();
  }
}

/** Every record of every object store of this origin's IndexedDB, as JSON (Blobs read as {}). */
export async function indexedDbRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
        out.push(...values.map((value) => JSON.parse(JSON.stringify(value)) as unknown));
      }
      db.close();
    }
    return out;
  });
}

export interface StoredReport {
  id: string;
  type: 'report';
  trackingCode: string;
  category: string;
  group: string;
  phrases: string[];
  assisted: boolean;
  assistedByRole?: string;
  anonymous: boolean;
  contactPhone?: string;
  coReporters: { addedAt: string; kioskId: string; reportId?: string }[];
  duplicateOf?: string;
  voiceNote?: { sha256: string; mime: string; bytes: number; seconds: number };
  photo?: { sha256: string; mime: string; bytes: number };
  status: string;
}

/** The report documents RxDB stored (Dexie on IndexedDB), found by shape. */
export async function storedReports(page: Page): Promise<StoredReport[]> {
  const records = await indexedDbRecords(page);
  return records.filter(
    (record): record is StoredReport =>
      typeof record === 'object' && record !== null && (record as { type?: unknown }).type === 'report' && typeof (record as { trackingCode?: unknown }).trackingCode === 'string',
  );
}

/** True when the blob PouchDB holds a document named by this hash. */
export async function blobStored(page: Page, sha256: string): Promise<boolean> {
  const records = await indexedDbRecords(page);
  return records.some((record) => JSON.stringify(record).includes(`"${sha256}"`) && !JSON.stringify(record).includes('"trackingCode"'));
}
