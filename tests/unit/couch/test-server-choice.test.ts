import { describe, expect, it } from 'vitest';
import { DEFAULT_TARBALL } from '../../support/couch/couchdb-release';
import { chooseTestServer } from '../../support/couch/test-server-choice';

describe('which server the tests run against', () => {
  const nothingExists = () => false;
  const everythingExists = () => true;

  it('uses COUCHDB_URL first, even where the release exists', () => {
    expect(chooseTestServer({ COUCHDB_URL: 'http://admin:pw@127.0.0.1:5984/' }, everythingExists)).toEqual({
      kind: 'external',
      url: 'http://admin:pw@127.0.0.1:5984/',
    });
  });

  it('uses the shared release tarball by default, or COUCHDB_TARBALL', () => {
    expect(chooseTestServer({}, (file) => file === DEFAULT_TARBALL)).toEqual({ kind: 'tarball', tarball: DEFAULT_TARBALL });
    expect(DEFAULT_TARBALL).toMatch(/shared\/couchdb\/apache-couchdb-3\.4\.3-bookworm-x86_64\.tar\.xz$/);
    expect(chooseTestServer({ COUCHDB_TARBALL: '/opt/couchdb.tar.xz' }, everythingExists)).toEqual({ kind: 'tarball', tarball: '/opt/couchdb.tar.xz' });
  });

  it('falls back to pouchdb-server only where neither exists, and says which file was missing', () => {
    const choice = chooseTestServer({ COUCHDB_TARBALL: '/nowhere/couchdb.tar.xz' }, nothingExists);
    expect(choice).toEqual({ kind: 'pouchdb-server', reason: 'no COUCHDB_URL and no CouchDB release at /nowhere/couchdb.tar.xz' });
  });
});
