import type { RxReplicationWriteToMasterRow } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { minimalReport } from '#test-fixtures/docs/valid-docs';
import { toCouchDocument } from '../transport/couch-doc-mapping';
import { createFakeCouch } from '../transport/fake-couch-transport';
import { createMemoryQuarantineStore } from '../status/memory-quarantine-store';
import { createCouchPushHandler } from './push-handler';
import { RetryLoop } from '../retry/retry-loop';

type Row = RxReplicationWriteToMasterRow<Record<string, unknown>>;
const doc = (id: string, extra: Record<string, unknown> = {}) => ({ ...minimalReport, id, _deleted: false, ...extra }) as Row['newDocumentState'];
const newRow = (id: string, extra: Record<string, unknown> = {}): Row => ({ newDocumentState: doc(id, extra) });

function setup(validate?: (newDoc: Record<string, unknown>) => string | undefined) {
  const couch = createFakeCouch({ validate: (_db, newDoc) => validate?.(newDoc) });
  const quarantine = createMemoryQuarantineStore();
  const retry = new RetryLoop({ signal: new AbortController().signal, backoff: { baseMs: 1, capMs: 2 } });
  const attempted: string[] = [];
  const push = createCouchPushHandler({
    transport: couch,
    db: 'reports',
    collection: 'reports',
    quarantine,
    retry,
    now: () => '2025-01-01T00:00:00Z',
    onAttempt: (ids) => attempted.push(...ids),
  });
  return { couch, quarantine, push, attempted };
}

describe('CouchDB push handler', () => {
  it('writes new documents with _id and without RxDB fields, and tells which ids it attempts', async () => {
    const { couch, push, attempted } = setup();
    expect(await push([newRow('a'), newRow('b')])).toEqual([]);
    expect(couch.ids('reports').sort()).toEqual(['a', 'b']);
    const stored = couch.get('reports', 'a') ?? {};
    expect(stored['id']).toBeUndefined();
    expect(stored['_meta']).toBeUndefined();
    expect(attempted).toEqual(['a', 'b']);
  });

  it('quarantines a forbidden row and still writes every other row of the batch', async () => {
    const { couch, push, quarantine } = setup((d) => (d['village'] !== minimalReport.village ? 'village must be shangzhuang' : undefined));
    const rows = [newRow('ok-1'), newRow('bad', { village: 'elsewhere' }), newRow('ok-2'), newRow('ok-3')];
    expect(await push(rows)).toEqual([]);
    expect(couch.ids('reports').sort()).toEqual(['ok-1', 'ok-2', 'ok-3']);
    expect(await quarantine.list()).toEqual([
      {
        collection: 'reports',
        docId: 'bad',
        direction: 'push',
        reason: 'forbidden: village must be shangzhuang',
        at: '2025-01-01T00:00:00Z',
        // The refused version is kept: nothing the villager said is lost.
        document: expect.objectContaining({ id: 'bad', village: 'elsewhere' }),
      },
    ]);
  });

  it('clears the quarantine entry once the fixed document is accepted', async () => {
    const { couch, push, quarantine } = setup((d) => (d['text'] === 'rude' ? 'no' : undefined));
    await push([newRow('a', { text: 'rude' })]);
    expect(await quarantine.list()).toHaveLength(1);
    await push([newRow('a', { text: 'polite' })]);
    expect(await quarantine.list()).toEqual([]);
    expect(couch.get('reports', 'a')?.['text']).toBe('polite');
  });

  it('is idempotent: re-pushing what the server already has writes nothing', async () => {
    const { couch, push } = setup();
    await push([newRow('a')]);
    const rev = couch.get('reports', 'a')?.['_rev'];
    // The kiosk crashed before recording the push: RxDB sends the same row again.
    expect(await push([newRow('a')])).toEqual([]);
    expect(couch.get('reports', 'a')?.['_rev']).toBe(rev);
  });

  it('updates with the server revision when the server still has the assumed state', async () => {
    const { couch, push } = setup();
    await push([newRow('a')]);
    const conflicts = await push([{ assumedMasterState: doc('a'), newDocumentState: doc('a', { text: 'edited' }) }]);
    expect(conflicts).toEqual([]);
    expect(couch.get('reports', 'a')).toMatchObject({ text: 'edited', _rev: expect.stringMatching(/^2-/) });
  });

  it('returns the real server state as a conflict when the county changed the document', async () => {
    const { couch, push } = setup();
    await push([newRow('a')]);
    couch.put('reports', toCouchDocument({ ...minimalReport, id: 'a', status: 'in_progress' }));
    const conflicts = await push([{ assumedMasterState: doc('a'), newDocumentState: doc('a', { text: 'kiosk edit' }) }]);
    expect(conflicts).toEqual([expect.objectContaining({ id: 'a', status: 'in_progress', _deleted: false })]);
    expect(conflicts[0]?.['_rev']).toBeUndefined();
    expect(couch.get('reports', 'a')?.['text']).toBeUndefined();
  });

  it('treats a refusal caused by a concurrent county write as a conflict, not a rejection', async () => {
    let countyWrites = false;
    const couch = createFakeCouch({
      validateBeforeRevisionCheck: true,
      validate: (_db, newDoc, oldDoc) => (oldDoc && newDoc['status'] !== oldDoc['status'] ? 'status: only the county may change this field' : undefined),
      beforeRequest: (request) => {
        if (countyWrites && request.path.endsWith('_bulk_docs')) {
          countyWrites = false;
          couch.put('reports', toCouchDocument({ ...minimalReport, id: 'a', status: 'resolved' }));
        }
      },
    });
    const quarantine = createMemoryQuarantineStore();
    const retry = new RetryLoop({ signal: new AbortController().signal, backoff: { baseMs: 1, capMs: 2 } });
    const push = createCouchPushHandler({ transport: couch, db: 'reports', collection: 'reports', quarantine, retry });
    await push([newRow('a')]);
    countyWrites = true;
    const conflicts = await push([{ assumedMasterState: doc('a'), newDocumentState: doc('a', { text: 'kiosk edit' }) }]);
    expect(conflicts).toEqual([expect.objectContaining({ id: 'a', status: 'resolved' })]);
    expect(await quarantine.list()).toEqual([]);
  });

  it('settles a blind write that hits an existing document as a conflict', async () => {
    const { couch, push } = setup();
    couch.put('reports', toCouchDocument({ ...minimalReport, id: 'a', status: 'received' }));
    const conflicts = await push([newRow('a')]);
    expect(conflicts).toEqual([expect.objectContaining({ id: 'a', status: 'received' })]);
  });

  it('sets aside a document whose server copy is malformed instead of overwriting the kiosk copy', async () => {
    const { couch, push, quarantine } = setup();
    couch.put('reports', { _id: 'a', type: 'report', garbage: true });
    expect(await push([newRow('a')])).toEqual([]);
    expect((await quarantine.list())[0]?.reason).toContain('server copy is malformed');
  });

  it('retries the whole batch through an outage without losing or duplicating rows', async () => {
    const { couch, push } = setup();
    couch.failNext(3, 503);
    expect(await push([newRow('a'), newRow('b')])).toEqual([]);
    expect(couch.ids('reports').sort()).toEqual(['a', 'b']);
  });
});
