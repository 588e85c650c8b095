import { describe, expect, it } from 'vitest';
import { EnrollmentFileError, parseEnrollmentFile } from './enrollment-file';
import { fakeEnrollment } from './fake-enrollment';

const valid = fakeEnrollment();

function problemOf(value: unknown): string {
  try {
    parseEnrollmentFile(typeof value === 'string' ? value : JSON.stringify(value));
  } catch (error) {
    expect(error).toBeInstanceOf(EnrollmentFileError);
    return (error as Error).message;
  }
  throw new Error('expected the enrollment file to be rejected');
}

describe('parseEnrollmentFile', () => {
  it('accepts the file the county CLI writes, ignoring fields a newer CLI may add', () => {
    expect(parseEnrollmentFile(JSON.stringify({ ...valid, format: 'kiosk-enrollment', createdAt: '2025-01-01T00:00:00Z' }))).toEqual(valid);
  });

  it('accepts a prefixed deployment (test or shared servers)', () => {
    const prefixed = fakeEnrollment({
      databases: { ...valid.databases, reports: 't1a2b3-village-qingshan-reports', policies: 't1a2b3-county-policies' },
    });
    expect(parseEnrollmentFile(JSON.stringify(prefixed)).databases.reports).toBe('t1a2b3-village-qingshan-reports');
  });

  it('accepts a village enrolled under its 12-digit division code, with its name beside the code', () => {
    const names = Object.fromEntries(Object.entries(valid.databases).map(([kind, name]) => [kind, name.replace('qingshan', '510112001001')]));
    const coded = { ...valid, village: '510112001001', villageName: { zh: '幸福村', en: 'Xingfu' }, databases: names };
    expect(parseEnrollmentFile(JSON.stringify(coded))).toMatchObject({ village: '510112001001', villageName: { zh: '幸福村', en: 'Xingfu' } });
    expect(problemOf({ ...coded, village: '51011200100' })).toMatch(/village must be a 12-digit statistical division code/);
    expect(problemOf({ ...coded, villageName: { en: 'Xingfu' } })).toMatch(/villageName\.zh is missing/);
  });

  it('says when the text is not JSON', () => {
    expect(problemOf('{"couchUrl": "https://x/", ')).toMatch(/not valid JSON/);
  });

  it('names every missing or wrong field', () => {
    const { password: _password, ...withoutPassword } = valid;
    const message = problemOf({ ...withoutPassword, couchUrl: 'ftp://county.example/', databases: { ...valid.databases, blobs: undefined } });
    expect(message).toMatch(/password is missing/);
    expect(message).toMatch(/couchUrl must start with http/);
    expect(message).toMatch(/databases\.blobs is missing/);
  });

  it('never repeats the password in a message', () => {
    const message = problemOf({ ...valid, password: 'short', village: 'Not A Code' });
    expect(message).toMatch(/password is too short/);
    expect(message).not.toContain('short"');
    expect(problemOf({ ...valid, couchUrl: 'https://admin:topsecret@county.example/' })).not.toContain('topsecret');
  });

  it('refuses credentials inside the address (they would leak into logs and status)', () => {
    expect(problemOf({ ...valid, couchUrl: 'https://admin:pw@county.example/' })).toMatch(/couchUrl must not contain a user name or password/);
  });

  it('refuses databases of another village and database names with a slash', () => {
    expect(problemOf({ ...valid, databases: { ...valid.databases, reports: 'village-hexi-reports' } })).toMatch(
      /databases\.reports must belong to village qingshan/,
    );
    expect(problemOf({ ...valid, databases: { ...valid.databases, scans: '_users' } })).toMatch(/databases\.scans must be a database name/);
    expect(problemOf({ ...valid, databases: { ...valid.databases, policies: 'village-qingshan-reports/../_users' } })).toMatch(
      /databases\.policies must be a database name/,
    );
  });

  it('refuses a file naming one database twice', () => {
    expect(problemOf({ ...valid, databases: { ...valid.databases, policies: valid.databases.reports } })).toMatch(/same name/);
  });
});
