import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { kioskTransport, makeReport, openTestKiosk, serverIds, startTestSync, waitFor } from './support/kiosk-fixture';

describe('rejected credentials (HTTP 401)', () => {
  let couch: TestCouch;
  let village: TestVillage;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'creds');
  });
  afterAll(async () => {
    await couch?.stop();
  });
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('shows "credentials rejected", backs off without crashing, and recovers with the right password', async () => {
    const db = await openTestKiosk();
    try {
      const transport = kioskTransport(couch, { ...village, password: 'wrong-password' });
      const sync = await startTestSync(db, village, transport);
      const states = new Set<string>();
      sync.subscribe((status) => states.add(status.state));
      const report = makeReport(village.village, village.kioskId);
      await db.reports.insert(report);

      await waitFor('credentials-rejected state', () => sync.status().state === 'credentials-rejected');
      expect(sync.status().lastError).toMatchObject({ kind: 'credentials' });
      await waitFor('the report counts as pending', () => sync.status().pending.reports === 1);
      expect(sync.status().allSent).toBe(false);
      expect(sync.reportStatus(report)).toMatch(/saved|waiting/);
      // Refused credentials are not sent again: Apache CouchDB 3.4 locks an account after 5
      // failed logins, the right password included, for 5 minutes (credential-gate.ts).
      const requests = transport.stats.requests;
      expect(requests).toBeLessThanOrEqual(5);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(transport.stats.requests - requests).toBe(0);
      expect(await serverIds(couch, village.databases.reports)).not.toContain(report.id);

      transport.setCredentials({ username: village.username, password: village.password });
      await sync.syncNow();
      await waitFor('the report arrives after re-enrollment', async () => (await serverIds(couch, village.databases.reports)).includes(report.id));
      await waitFor('the state recovers', () => sync.status().state === 'idle');
      expect(sync.reportStatus(report)).toBe('received');
      expect(states).toContain('credentials-rejected');
      await sync.stop();
    } finally {
      await db.close();
    }
    expect(unhandled).toEqual([]);
  });
});
