import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDevModeActive } from '#sync/schema/create-kiosk-database';
import type { KioskDocTypes } from './kiosk-database-types';
import { closeKioskDatabase, openKioskDatabase } from './open-kiosk-database';

// Inline documents: tests/fixtures is outside the web typecheck project.
const scan: KioskDocTypes['scans'] = {
  id: 'scan-1',
  type: 'scan',
  village: 'shangzhuang',
  kioskId: 'kiosk-01',
  title: '申请表',
  pages: [{ sha256: 'a'.repeat(64), mime: 'image/png', bytes: 10, width: 100, height: 200, ocrText: '姓名', ocrConfidence: 90, lang: 'chi_sim', engine: 'tesseract' }],
  docType: 'application',
  createdAt: '2025-03-01T08:00:00Z',
};
const policy: KioskDocTypes['policies'] = {
  id: 'policy-1',
  type: 'policy',
  title: { zh: '养老保险' },
  body: { zh: '正文' },
  category: 'pension',
  tags: [],
  updatedAt: '2025-01-01T00:00:00Z',
};

function dexieOn(factory: IDBFactory): RxStorage<unknown, unknown> {
  return getRxStorageDexie({ indexedDB: factory, IDBKeyRange });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('openKioskDatabase', () => {
  it('keeps documents across close and reopen on Dexie storage', async () => {
    vi.stubEnv('DEV', false);
    const factory = new IDBFactory();
    const first = await openKioskDatabase({ name: 'kiosk-renderer', storage: dexieOn(factory) });
    await first.scans.insert(scan);
    await first.policies.insert(policy);
    await closeKioskDatabase(first);
    expect(first.closed).toBe(true);

    const second = await openKioskDatabase({ name: 'kiosk-renderer', storage: dexieOn(factory) });
    try {
      expect((await second.scans.findOne(scan.id).exec())?.toJSON()).toEqual(scan);
      expect(await second.policies.count().exec()).toBe(1);
    } finally {
      await closeKioskDatabase(second);
    }
  });

  // Runs after the test above: dev-mode, once on, stays on for the rest of the process.
  it('turns dev-mode on only in development builds (import.meta.env.DEV)', async () => {
    vi.stubEnv('DEV', false);
    const production = await openKioskDatabase({ name: 'kiosk-prod', storage: dexieOn(new IDBFactory()) });
    await closeKioskDatabase(production);
    expect(isDevModeActive()).toBe(false);

    vi.stubEnv('DEV', true);
    const development = await openKioskDatabase({ name: 'kiosk-dev', storage: dexieOn(new IDBFactory()) });
    try {
      expect(isDevModeActive()).toBe(true);
      await expect(development.scans.insert({ ...scan, pages: [] })).rejects.toThrow(/VD2/);
    } finally {
      await closeKioskDatabase(development);
    }
  });
});
