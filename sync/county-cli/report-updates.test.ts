import { describe, expect, it } from 'vitest';
import { withReply, withStatus } from './report-updates';

const report = { _id: 'r1', _rev: '1-a', type: 'report', status: 'submitted', statusHistory: [], text: '路灯坏了' };
const at = new Date('2025-06-03T09:00:00Z');

describe('county report edits', () => {
  it('sets a status and appends { status, at } to the history, touching nothing else', () => {
    expect(withStatus(report, 'received', at)).toEqual({ ...report, status: 'received', statusHistory: [{ status: 'received', at: '2025-06-03T09:00:00.000Z' }] });
  });

  it('changes nothing when the status is already the same (idempotent commands)', () => {
    expect(withStatus(report, 'submitted', at)).toBeUndefined();
  });

  it('writes a reply in Chinese and/or English, and is idempotent for the same text', () => {
    const replied = withReply(report, { zh: ' 已修好 ' }, at);
    expect(replied?.countyReply).toEqual({ zh: '已修好', at: '2025-06-03T09:00:00.000Z' });
    expect(withReply(replied!, { zh: '已修好' }, new Date())).toBeUndefined();
    expect(withReply(replied!, { zh: '已修好', en: 'Fixed' }, at)?.countyReply).toEqual({ zh: '已修好', en: 'Fixed', at: '2025-06-03T09:00:00.000Z' });
    expect(() => withReply(report, { zh: '  ' }, at)).toThrow(/needs a text/);
    expect(() => withReply(report, { zh: 'x'.repeat(5001) }, at)).toThrow(/at most 5000/);
  });
});
