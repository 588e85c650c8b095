import { describe, expect, it } from 'vitest';
import { minimalReport } from '#test-fixtures/docs/valid-docs';
import { toCouchDocument } from '../transport/couch-doc-mapping';
import { createFakeCouch } from '../transport/fake-couch-transport';
import { createMemoryQuarantineStore } from '../status/memory-quarantine-store';
import { createCouchPullHandler } from './pull-handler';
import { RetryLoop } from '../retry/retry-loop';

const VILLAGE = minimalReport.village;
const report = (id: string, extra: Record<string, unknown> = {}) => toCouchDocument({ ...minimalReport, id, ...extra });

function setup(seqStyle: 'number' | 'opaque' = 'number', local: Record<string, Record<string, unknown>> = {}) {
  const couch = createFakeCouch({ seqStyle });
  const quarantine = createMemoryQuarantineStore();
  const retry = new RetryLoop({ signal: new AbortController().signal, backoff: { baseMs: 1, capMs: 2 } });
  const pull = createCouchPullHandler({
    transport: couch,
    db: 'reports',
    collection: 'reports',
    village: VILLAGE,
    readLocal: async (id) => local[id],
    quarantine,
    retry,
    now: () => '2025-01-01T00:00:00Z',
  });
  return { couch, quarantine, pull };
}

describe('CouchDB pull handler', () => {
  it('keeps opaque sequences as strings and passes them back verbatim', async () => {
    const { couch, pull } = setup('opaque');
    couch.put('reports', report('r1'));
    couch.put('reports', report('r2'));
    const first = await pull(undefined, 1);
    expect(first.checkpoint).toEqual({ seq: expect.stringMatching(/^1-g1AAAA.*_opaque$/) });
    const second = await pull(first.checkpoint, 10);
    expect(couch.requests.at(-1)?.query?.['since']).toBe(first.checkpoint?.seq);
    expect(second.documents.map((d) => d['id'])).toEqual(['r2']);
    expect(typeof second.checkpoint?.seq).toBe('string');
  });

  it('turns pouchdb-server numeric sequences into strings', async () => {
    const { couch, pull } = setup('number');
    couch.put('reports', report('r1'));
    const result = await pull(undefined, 10);
    expect(result.checkpoint).toEqual({ seq: '1' });
  });

  it('never hands design or local documents to RxDB, and a page full of them does not stall the pull', async () => {
    const { couch, pull } = setup();
    for (let i = 0; i < 5; i++) couch.put('reports', { _id: `_design/d${i}`, language: 'javascript' });
    couch.put('reports', report('after-the-designs'));
    const result = await pull(undefined, 2);
    expect(result.documents.map((d) => d['id'])).toEqual(['after-the-designs']);
  });

  it('advances past a tail of skipped rows on the next call instead of reading them again', async () => {
    const { couch, pull } = setup();
    couch.put('reports', report('r1'));
    const first = await pull(undefined, 10);
    couch.put('reports', { _id: '_design/late', language: 'javascript' });
    const empty = await pull(first.checkpoint, 10);
    expect(empty.documents).toEqual([]);
    const before = couch.requests.length;
    // RxDB calls again with the old checkpoint (it keeps it when a page is empty).
    await pull(first.checkpoint, 10);
    expect(couch.requests[before]?.query?.['since']).toBe(empty.checkpoint?.seq);
  });

  it('quarantines a malformed document and still delivers the rest', async () => {
    const { couch, pull, quarantine } = setup();
    couch.put('reports', report('bad', { category: 'NOT A CATEGORY', extraField: 1 }));
    couch.put('reports', report('good'));
    const result = await pull(undefined, 10);
    expect(result.documents.map((d) => d['id'])).toEqual(['good']);
    const [entry] = await quarantine.list();
    expect(entry).toMatchObject({ collection: 'reports', docId: 'bad', direction: 'pull' });
    expect(entry?.reason).toContain('category');
  });

  it('sets aside a document of another village', async () => {
    const { couch, pull, quarantine } = setup();
    couch.put('reports', report('foreign', { village: 'elsewhere' }));
    expect((await pull(undefined, 10)).documents).toEqual([]);
    expect((await quarantine.list())[0]?.reason).toContain('another village');
  });

  it('clears a pull quarantine when a valid version arrives', async () => {
    const { couch, pull, quarantine } = setup();
    couch.put('reports', report('r1', { category: 'BAD' }));
    const first = await pull(undefined, 10);
    expect(await quarantine.list()).toHaveLength(1);
    couch.put('reports', report('r1'));
    await pull(first.checkpoint, 10);
    expect(await quarantine.list()).toEqual([]);
  });

  it('turns a server tombstone into a deletion of the local document, and ignores unknown ones', async () => {
    const { couch, pull } = setup('number', { known: { ...minimalReport, id: 'known' } });
    couch.put('reports', report('known'));
    couch.put('reports', { _id: 'known', _deleted: true });
    couch.put('reports', { _id: 'never-seen', _deleted: true });
    const result = await pull(undefined, 10);
    expect(result.documents).toEqual([expect.objectContaining({ id: 'known', _deleted: true, trackingCode: minimalReport.trackingCode })]);
  });

  it('retries through failures with backoff instead of throwing to RxDB', async () => {
    const { couch, pull } = setup();
    couch.put('reports', report('r1'));
    couch.failNext(2, 'offline');
    const result = await pull(undefined, 10);
    expect(result.documents).toHaveLength(1);
  });
});
