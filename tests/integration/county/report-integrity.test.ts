import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { provisionVillage } from '#sync/couchdb/village-provisioning';
import { gatherAllOnce } from '#sync/county-cli/gather/gatherer';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { newReport, refusal, runCounty } from './run-county';

/**
 * Issue 8, findings 5 and 6, on the test server (Apache CouchDB 3.4 where available): a kiosk
 * cannot rewrite a sibling kiosk's report, cannot hide the county's answer with a forged
 * branch, and a conflict that does exist is resolved in the county's favour by the gatherer.
 */
describe('report integrity between kiosks of one village', () => {
  let couch: TestCouch;
  let village: TestVillage;
  let sibling: CouchClient;
  let answered: CouchDoc;

  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'integrity', 'k01');
    const second = await provisionVillage(couch.admin, { village: village.village, kioskId: 'k02', prefix: couch.prefix });
    sibling = new CouchClient(couch.baseUrl, { username: second.username, password: second.password });
    const report = newReport(village.village, village.kioskId, { text: '村东头的水管坏了' });
    await village.kiosk.putDoc(village.databases.reports, report);
    const reply = await runCounty(couch, ['reports', 'reply', '--id', report._id, '--text', '已派人维修。', '--status', 'resolved', '--village', village.village]);
    expect(reply.code, reply.err).toBe(0);
    answered = (await couch.admin.getDoc<CouchDoc>(village.databases.reports, report._id))!;
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('a sibling kiosk cannot rewrite what the villager said, but may add itself as co-reporter', async () => {
    expect(await refusal(sibling.putDoc(village.databases.reports, { ...answered, text: '别的内容', category: 'road' }))).toBe(403);
    const coReporter = { addedAt: '2025-06-04T08:00:00.000Z', kioskId: 'k02' };
    const grown = await sibling.putDoc(village.databases.reports, { ...answered, coReporters: [coReporter] });
    expect(grown.rev).toMatch(/^\d+-/);
    answered = (await couch.admin.getDoc<CouchDoc>(village.databases.reports, answered._id))!;
  });

  it('a forged branch with no common ancestor and a higher generation is refused', async () => {
    const forged = { ...answered, status: 'submitted', countyReply: undefined, statusHistory: undefined, _rev: '9-deadbeef', _revisions: { start: 9, ids: ['deadbeef', 'cafe'] } };
    const answer = await village.kiosk.request<{ error?: string }[]>('POST', `${encodeURIComponent(village.databases.reports)}/_bulk_docs`, {
      body: { new_edits: false, docs: [forged] },
    });
    if (couch.flavour === 'couchdb') expect(answer).toEqual([expect.objectContaining({ error: 'forbidden' })]);
    const current = await village.kiosk.getDoc<CouchDoc>(village.databases.reports, answered._id);
    expect(current).toMatchObject({ status: 'resolved', countyReply: { zh: '已派人维修。' } });
  });

  it('a forged branch from an old ancestor that jumps generations is refused', async () => {
    const [firstRev] = (await couch.admin.request<{ _revisions: { start: number; ids: string[] } }>('GET', `${encodeURIComponent(village.databases.reports)}/${answered._id}`, { query: { revs: true } }))._revisions.ids.slice(-1);
    const forged = { ...answered, status: 'submitted', countyReply: undefined, statusHistory: undefined, _rev: '8-beef', _revisions: { start: 8, ids: ['beef', 'b7', 'b6', 'b5', 'b4', 'b3', 'b2', firstRev] } };
    const answer = await village.kiosk.request<{ error?: string }[]>('POST', `${encodeURIComponent(village.databases.reports)}/_bulk_docs`, {
      body: { new_edits: false, docs: [forged] },
    });
    if (couch.flavour === 'couchdb') expect(answer).toEqual([expect.objectContaining({ error: 'forbidden' })]);
    expect(await village.kiosk.getDoc<CouchDoc>(village.databases.reports, answered._id)).toMatchObject({ status: 'resolved' });
  });

  it('the gatherer resolves a conflict that did get in, in the county’s favour for its fields', async () => {
    // What an old kiosk (or a write before the validator) could have left: a longer branch
    // without the county's answer, which CouchDB makes the winner.
    const stale = { ...answered, status: 'submitted', countyReply: undefined, statusHistory: undefined, reopenRequests: [{ at: '2025-06-06T08:00:00.000Z', kioskId: 'k01' }] };
    await couch.admin.request('POST', `${encodeURIComponent(village.databases.reports)}/_bulk_docs`, {
      body: { new_edits: false, docs: [{ ...stale, _rev: '20-0a0a', _revisions: { start: 20, ids: ['0a0a', '0b0b'] } }] },
    });
    // pouchdb-server silently drops replicated updates into validated databases (sync/couchdb/README.md):
    // there the branch never gets in, and the answer simply stays; CouchDB takes it and makes it win.
    const injected = couch.flavour === 'couchdb' ? 'submitted' : 'resolved';
    expect(await couch.admin.getDoc<CouchDoc>(village.databases.reports, answered._id)).toMatchObject({ status: injected });

    await gatherAllOnce(couch.admin, couch.prefix);

    const resolved = await village.kiosk.request<CouchDoc & { _conflicts?: string[] }>('GET', `${encodeURIComponent(village.databases.reports)}/${answered._id}`, { query: { conflicts: true } });
    expect(resolved).toMatchObject({ status: 'resolved', countyReply: { zh: '已派人维修。' }, text: '村东头的水管坏了' });
    if (couch.flavour === 'couchdb') expect(resolved.reopenRequests).toEqual([{ at: '2025-06-06T08:00:00.000Z', kioskId: 'k01' }]);
    expect(resolved.coReporters).toEqual([{ addedAt: '2025-06-04T08:00:00.000Z', kioskId: 'k02' }]);
    expect(resolved._conflicts ?? []).toEqual([]);
    await gatherAllOnce(couch.admin, couch.prefix);
    const gathered = await couch.admin.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).gather, answered._id);
    expect(gathered).toMatchObject({ status: 'resolved' });
  });
});
