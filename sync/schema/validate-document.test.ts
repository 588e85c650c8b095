import { describe, expect, it } from 'vitest';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { malformedDocs } from '#test-fixtures/docs/malformed-docs';
import { fullReport, minimalReport, scan, validDocs } from '#test-fixtures/docs/valid-docs';
import { KIOSK_COLLECTION_NAMES } from './collections';
import { validateDocument } from './validate-document';

describe('validateDocument', () => {
  for (const collection of KIOSK_COLLECTION_NAMES) {
    for (const doc of validDocs[collection]) {
      it(`accepts the valid ${collection} document ${doc.id}`, () => {
        expect(validateDocument(collection, doc)).toEqual({ ok: true, deleted: false, doc });
      });
    }
  }

  it('accepts the CouchDB form and returns it with id and without meta fields', () => {
    const couchDoc = { ...toCouchDoc(fullReport), _rev: '3-abc', _revisions: { start: 3, ids: ['abc'] } };
    expect(validateDocument('reports', couchDoc)).toEqual({ ok: true, deleted: false, doc: fullReport });
  });

  it('accepts RxDB document data with its bookkeeping fields', () => {
    const rxDoc = { ...scan, _deleted: false, _rev: '1-x', _meta: { lwt: 1 }, _attachments: {} };
    expect(validateDocument('scans', rxDoc)).toEqual({ ok: true, deleted: false, doc: scan });
  });

  it('checks only the id of a deleted document (a CouchDB tombstone has nothing else)', () => {
    expect(validateDocument('reports', { _id: minimalReport.id, _rev: '2-y', _deleted: true })).toEqual({
      ok: true,
      deleted: true,
      id: minimalReport.id,
    });
    expect(validateDocument('reports', { _id: '_design/x', _deleted: true })).toMatchObject({ ok: false });
  });

  for (const testCase of malformedDocs) {
    it(`rejects ${testCase.name} in ${testCase.collection}`, () => {
      const result = validateDocument(testCase.collection, testCase.doc);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.join('\n')).toContain(testCase.error);
      expect(result.id).toBe(testCase.doc['id']);
    });
  }

  it('rejects a valid document of another type', () => {
    const result = validateDocument('policies', minimalReport);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('type: must be one of "policy"');
    expect(result.errors).toContain('village: is not a known field');
  });

  it('rejects what is not a document at all', () => {
    expect(validateDocument('reports', null)).toEqual({ ok: false, id: undefined, errors: ['(document): must be an object'] });
    expect(validateDocument('reports', [minimalReport])).toMatchObject({ ok: false });
    expect(validateDocument('reports', { ...minimalReport, id: 42 })).toEqual({
      ok: false,
      id: undefined,
      errors: ['id: missing or not a string'],
    });
  });

  it('rejects an id that disagrees with _id', () => {
    const result = validateDocument('reports', { ...minimalReport, _id: 'something-else' });
    expect(result).toEqual({ ok: false, id: 'something-else', errors: ['id: differs from _id'] });
  });

  it('lists every problem, capped, without echoing the values (they may be personal data)', () => {
    const phone = '13800138000-private';
    const broken: Record<string, unknown> = { id: 'r1', contactPhone: phone };
    for (let i = 0; i < 30; i++) broken[`extra${i}`] = i;
    const result = validateDocument('reports', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(20);
    expect(result.errors).toContain('type: is required');
    expect(result.errors.join('\n')).not.toContain(phone);
  });

  it('reports positions in arrays and nested objects as readable paths', () => {
    const result = validateDocument('scans', {
      ...scan,
      pages: [scan.pages[0], { ...scan.pages[0], width: 0, sha256: 'nope' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'pages[1].sha256: has the wrong format (expected ^[0-9a-f]{64}$)',
      'pages[1].width: must be >= 1',
    ]);
  });
});
