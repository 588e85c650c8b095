import { describe, expect, it } from 'vitest';
import { CouchHttpError, type CouchApi } from '../couch/couch-api';
import type { ConsoleReport } from '../inbox/inbox-query';
import { sendReply } from './reply-action';

/** A CouchDB of one report: PUT needs the current _rev (409 otherwise), as CouchDB does. */
function fakeCouch(stored: ConsoleReport, options: { forbid?: string } = {}) {
  let current = structuredClone(stored);
  const audits: unknown[] = [];
  const api: CouchApi = {
    baseUrl: 'http://couch/',
    url: (path) => `http://couch/${path}`,
    head: async () => 200,
    async request<T>(method: string, path: string, request: { body?: unknown } = {}): Promise<T> {
      if (path.startsWith('gather/')) {
        audits.push(request.body);
        return { ok: true } as T;
      }
      if (method === 'GET') return structuredClone(current) as T;
      if (options.forbid) throw new CouchHttpError(403, 'forbidden', options.forbid);
      const body = request.body as ConsoleReport;
      if (body._rev !== current._rev) throw new CouchHttpError(409, 'conflict', 'Document update conflict.');
      const generation = Number(current._rev!.split('-')[0]) + 1;
      current = { ...body, _rev: `${generation}-x` };
      return { ok: true, rev: current._rev } as T;
    },
  };
  return {
    api,
    audits,
    get current() {
      return current;
    },
    /** Someone else writes meanwhile. */
    change(update: (doc: ConsoleReport) => ConsoleReport) {
      const generation = Number(current._rev!.split('-')[0]) + 1;
      current = { ...update(current), _rev: `${generation}-y` };
    },
  };
}

const report: ConsoleReport = {
  _id: 'r1',
  _rev: '1-a',
  type: 'report',
  village: 'v1',
  kioskId: 'k1',
  trackingCode: 'ABC',
  category: 'road',
  phrases: [],
  status: 'submitted',
  statusHistory: [],
  coReporters: [],
  reopenRequests: [],
  satisfaction: [],
  createdAt: '2025-06-01T00:00:00.000Z',
};
const at = () => new Date('2025-06-02T00:00:00.000Z');
const send = (couch: ReturnType<typeof fakeCouch>, input: { zh: string; status?: 'resolved' | 'in_progress' }) =>
  sendReply(couch.api, { reportsDb: 'reports', gatherDb: 'gather', report, input, by: 'ann', now: at });

describe('answering a report', () => {
  it('writes reply and status in one revision, and an audit line naming the account', async () => {
    const couch = fakeCouch(report);
    const outcome = await send(couch, { zh: '已派人', status: 'resolved' });
    expect(outcome.kind).toBe('sent');
    expect(couch.current.countyReply).toEqual({ zh: '已派人', at: at().toISOString() });
    expect(couch.current.status).toBe('resolved');
    expect(couch.current.statusHistory).toEqual([{ status: 'resolved', at: at().toISOString() }]);
    expect(couch.audits).toEqual([expect.objectContaining({ type: 'county_audit', by: 'ann', reportId: 'r1', action: 'reply+status', status: 'resolved' })]);
  });

  it('merges what a villager added meanwhile, and says so', async () => {
    const couch = fakeCouch(report);
    couch.change((doc) => ({ ...doc, coReporters: [{ addedAt: '2025-06-01T12:00:00.000Z', kioskId: 'k2' }] }));
    const outcome = await send(couch, { zh: '已派人', status: 'in_progress' });
    expect(outcome).toEqual(expect.objectContaining({ kind: 'sent', merged: ['coReporters'] }));
    expect(couch.current.coReporters).toHaveLength(1);
    expect(couch.current.countyReply?.zh).toBe('已派人');
  });

  it('refuses, never overwrites, when someone else answered meanwhile', async () => {
    const couch = fakeCouch(report);
    couch.change((doc) => ({ ...doc, status: 'in_progress', countyReply: { zh: '别人的答复', at: '2025-06-01T10:00:00.000Z' } }));
    const outcome = await send(couch, { zh: '我的答复', status: 'resolved' });
    expect(outcome.kind).toBe('refused-answered');
    expect(couch.current.countyReply?.zh).toBe('别人的答复');
    expect(couch.audits).toEqual([]);
  });

  it('refuses to resolve when a villager asked to reopen meanwhile', async () => {
    const couch = fakeCouch(report);
    couch.change((doc) => ({ ...doc, reopenRequests: [{ at: '2025-06-01T11:00:00.000Z', kioskId: 'k1', resolution: 1 }] }));
    expect((await send(couch, { zh: '已办结', status: 'resolved' })).kind).toBe('refused-reopened');
    expect(couch.current.status).toBe('submitted');
  });

  it("passes CouchDB's refusal on with its reason", async () => {
    const couch = fakeCouch(report, { forbid: 'only members of village v1 or the county may write here' });
    await expect(send(couch, { zh: '答复' })).rejects.toThrow(/only members of village v1/);
  });
});
