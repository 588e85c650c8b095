import { describe, expect, it } from 'vitest';
import { CountyRequestRefusedError, resolveCountyUrl } from './county-request-policy';
import { fakeEnrollment } from './fake-enrollment';

const enrollment = fakeEnrollment({ couchUrl: 'https://county.example:6984/couch/' });
type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

const allowed = (method: Method, path: string, query?: Record<string, string>) => resolveCountyUrl(enrollment, method, path, query).href;
const refusal = (method: Method, path: string) => {
  try {
    resolveCountyUrl(enrollment, method, path);
  } catch (error) {
    expect(error).toBeInstanceOf(CountyRequestRefusedError);
    return (error as Error).message;
  }
  throw new Error(`${method} ${path} was let through`);
};

describe('resolveCountyUrl', () => {
  it('lets replication reach its own databases, under the enrolled base path, with the query', () => {
    expect(allowed('GET', 'village-qingshan-reports/_changes', { since: '0', feed: 'longpoll' })).toBe(
      'https://county.example:6984/couch/village-qingshan-reports/_changes?since=0&feed=longpoll',
    );
    expect(allowed('POST', 'village-qingshan-reports/_bulk_docs')).toContain('/couch/village-qingshan-reports/_bulk_docs');
    expect(allowed('POST', 'village-qingshan-reports/_all_docs')).toContain('_all_docs');
    expect(allowed('GET', 'village-qingshan-reports')).toBe('https://county.example:6984/couch/village-qingshan-reports');
    expect(allowed('GET', 'village-qingshan-reports/')).toBe('https://county.example:6984/couch/village-qingshan-reports/');
    expect(allowed('PUT', 'village-qingshan-reports/_local/checkpoint-1')).toContain('_local/checkpoint-1');
    expect(allowed('GET', 'village-qingshan-reports/r-123')).toContain('/r-123');
    expect(allowed('PUT', `village-qingshan-blobs/${'a'.repeat(64)}/data`)).toContain(`/${'a'.repeat(64)}/data`);
    expect(allowed('GET', 'county-policies/_changes')).toContain('/county-policies/_changes');
    expect(allowed('POST', 'county-policies/_all_docs')).toContain('/county-policies/_all_docs');
  });

  it('refuses server endpoints and databases the kiosk was not enrolled for', () => {
    for (const path of ['_users', '_users/org.couchdb.user:x', '_all_dbs', '_replicator', '_config/admins', '_session', '_node/_local/_config', 'village-hexi-reports/_all_docs', 'county-gather/_changes']) {
      expect(refusal('GET', path)).toMatch(/only the kiosk's own databases/);
    }
  });

  it('refuses escapes out of the database in every spelling', () => {
    expect(refusal('GET', 'village-qingshan-reports/../_users')).toMatch(/dot segments/);
    expect(refusal('GET', 'village-qingshan-reports/%2e%2e/_users')).toMatch(/dot segments/);
    expect(refusal('GET', 'village-qingshan-reports/%2E./_all_dbs')).toMatch(/dot segments/);
    expect(refusal('GET', 'village-qingshan-reports/./_changes')).toMatch(/dot segments/);
    expect(refusal('GET', '/village-qingshan-reports')).toMatch(/relative/);
    expect(refusal('GET', 'village-qingshan-reports//x')).toMatch(/empty segments/);
    expect(refusal('GET', 'village-qingshan-reports\\..\\_users')).toMatch(/relative/);
    expect(refusal('GET', 'village-qingshan-reports/x?x=1')).toMatch(/relative/);
    expect(refusal('GET', 'village-qingshan-reports%2F..%2F_users')).toMatch(/own databases/);
    expect(refusal('GET', 'https://evil.example/x')).toMatch(/relative/);
    expect(refusal('GET', '//evil.example/village-qingshan-reports')).toMatch(/relative/);
    expect(refusal('GET', 'village-qingshan-reports/%zz')).toMatch(/relative|%-escape/);
  });

  it('refuses administration of an own database, also when %-encoded', () => {
    expect(refusal('PUT', 'village-qingshan-reports/_security')).toMatch(/not a replication endpoint/);
    expect(refusal('GET', 'village-qingshan-reports/%5Fsecurity')).toMatch(/not a replication endpoint/);
    expect(refusal('POST', 'village-qingshan-reports/_compact')).toMatch(/not a replication endpoint/);
    expect(refusal('POST', 'village-qingshan-reports/_purge')).toMatch(/not a replication endpoint/);
    expect(refusal('PUT', 'village-qingshan-reports')).toMatch(/cannot be created or deleted/);
    expect(refusal('DELETE', 'village-qingshan-reports')).toMatch(/cannot be created or deleted/);
    expect(refusal('PUT', 'village-qingshan-reports/_design/validate')).toMatch(/design documents are read-only/);
    expect(refusal('PUT', 'village-qingshan-reports/_design%2Fvalidate')).toMatch(/not a replication endpoint/);
    expect(refusal('DELETE', 'village-qingshan-reports/r-1')).toMatch(/never deletes/);
  });

  it('keeps the county-wide policies read-only', () => {
    expect(refusal('POST', 'county-policies/_bulk_docs')).toMatch(/read-only/);
    expect(refusal('PUT', 'county-policies/p-1')).toMatch(/read-only/);
    expect(refusal('POST', 'county-policies')).toMatch(/read-only/);
  });

  it('refuses _local writes into the read-only policies database, in any spelling', () => {
    expect(refusal('PUT', 'county-policies/_local/checkpoint-1')).toMatch(/read-only/);
    expect(refusal('PUT', 'county-policies/%5Flocal/checkpoint-1')).toMatch(/read-only/);
    expect(refusal('DELETE', 'county-policies/_local/checkpoint-1')).toMatch(/read-only/);
    expect(allowed('GET', 'county-policies/_local/checkpoint-1')).toContain('/county-policies/_local/checkpoint-1');
  });

  it('forwards only the query parameters replication uses, with values of their form', () => {
    expect(allowed('GET', 'village-qingshan-blobs/abc', { att_encoding_info: 'true' })).toContain('att_encoding_info=true');
    expect(allowed('PUT', 'village-qingshan-blobs/abc/data', { rev: '2-0a1b2c' })).toContain('rev=2-0a1b2c');
    expect(allowed('GET', 'village-qingshan-reports/_changes', { since: '12-g1AAAACbeJzLYWBgYMpgTmHgzcvPy09JdcjLz8gvLsnJT', limit: '100', style: 'main_only' })).toContain('since=12-g1AAAA');
    const refusedQuery = (query: Record<string, string>) => {
      try {
        resolveCountyUrl(enrollment, 'GET', 'village-qingshan-reports/_changes', query);
      } catch (error) {
        expect(error).toBeInstanceOf(CountyRequestRefusedError);
        return (error as Error).message;
      }
      throw new Error(`${JSON.stringify(query)} was let through`);
    };
    expect(refusedQuery({ filter: '_view', view: 'x/y' })).toMatch(/"filter" is not one replication uses/);
    expect(refusedQuery({ include_docs: 'true', conflicts: 'true' })).toMatch(/"conflicts" is not one/);
    expect(refusedQuery({ feed: 'continuous' })).toMatch(/"feed" has a value replication never sends/);
    expect(refusedQuery({ limit: '1e9' })).toMatch(/"limit" has a value/);
    expect(refusedQuery({ since: 'x'.repeat(5000) })).toMatch(/"since" has a value/);
    expect(refusedQuery({ ['__proto__']: 'x' })).toMatch(/is not one replication uses/);
  });
});
