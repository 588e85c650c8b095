import { describe, expect, it } from 'vitest';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { malformedDocs } from '#test-fixtures/docs/malformed-docs';
import { fullReport, heartbeat, HASH_A, kioskConfigDoc, minimalReport, notice, scan } from '#test-fixtures/docs/valid-docs';
import type { VillageDatabaseKind } from './database-names';
import { compileDesignFunction, verdict, type UserCtx, type ValidateDocUpdate } from './design-function-sandbox.node';
import { loadDesignFunction } from './design-source';
import { kioskUserName, villageRole } from './roles';

// The fixtures' village and kiosk (tests/fixtures/docs/valid-docs.ts).
const VILLAGE = 'shangzhuang';
// Base64 MD5s as CouchDB writes them after "md5-" (of "the real photo bytes" and "other bytes!!").
const MD5_A = '1U1o5H3pfJqhaoP0kKXqEg==';
const MD5_B = 'sS3Lg3j71HApt+OUX3hwMg==';
const KIOSK_ID = 'kiosk-shangzhuang-01';

function validator(kind: VillageDatabaseKind, village = VILLAGE): ValidateDocUpdate {
  return compileDesignFunction<ValidateDocUpdate>(loadDesignFunction('validate-village.js', { VILLAGE: village, DB_KIND: kind }));
}

const kiosk: UserCtx = { name: kioskUserName(VILLAGE, KIOSK_ID), roles: [villageRole(VILLAGE), 'kiosk'] };
const otherKioskSameVillage: UserCtx = { name: kioskUserName(VILLAGE, 'kiosk-shangzhuang-02'), roles: [villageRole(VILLAGE), 'kiosk'] };
const kioskOfOtherVillage: UserCtx = { name: kioskUserName('xiahe', 'k01'), roles: [villageRole('xiahe'), 'kiosk'] };
const county: UserCtx = { name: 'wang.clerk', roles: ['county'] };
const admin: UserCtx = { name: 'admin', roles: ['_admin'] };
const stranger: UserCtx = { name: 'someone', roles: [] };

const reports = validator('reports');
const submitted = { ...toCouchDoc(minimalReport), _rev: '1-a' };
const answered = { ...toCouchDoc(fullReport), _rev: '3-c' };

describe('validate-village.js: who may write', () => {
  it('accepts a new submitted report from its village kiosk', () => {
    expect(verdict(reports, toCouchDoc(minimalReport), null, kiosk)).toBeUndefined();
  });

  it('refuses users who are neither village members nor county', () => {
    expect(verdict(reports, toCouchDoc(minimalReport), null, stranger)).toMatch(/^forbidden: only members of village shangzhuang/);
    expect(verdict(reports, toCouchDoc(minimalReport), null, kioskOfOtherVillage)).toMatch(/^forbidden/);
  });

  it('refuses a kiosk account that claims the village role but is named for another village', () => {
    // On pouchdb-server a user can add roles to its own _users document (PITFALLS.md); the name is set by the county.
    const forged: UserCtx = { name: kioskUserName('xiahe', 'k01'), roles: [villageRole(VILLAGE), 'kiosk'] };
    expect(verdict(reports, toCouchDoc(minimalReport), null, forged)).toMatch(/does not belong to village shangzhuang/);
  });

  it('checks village and type against the constants templated into this database', () => {
    expect(verdict(reports, { ...toCouchDoc(minimalReport), village: 'xiahe' }, null, kiosk)).toMatch(/village must be shangzhuang/);
    expect(verdict(reports, { ...toCouchDoc(minimalReport), village: 'xiahe' }, null, admin)).toMatch(/village must be shangzhuang/);
    expect(verdict(validator('scans'), toCouchDoc(minimalReport), null, kiosk)).toMatch(/type must be "scan"/);
    expect(verdict(validator('reports', 'xiahe'), toCouchDoc(minimalReport), null, county)).toMatch(/village must be xiahe/);
  });

  it('lets only the county side delete', () => {
    const tombstone = { _id: submitted._id, _rev: submitted._rev, _deleted: true };
    expect(verdict(reports, tombstone, submitted, kiosk)).toMatch(/cannot be deleted from a kiosk/);
    expect(verdict(reports, tombstone, submitted, county)).toBeUndefined();
    expect(verdict(reports, tombstone, submitted, admin)).toBeUndefined();
  });
});

describe('validate-village.js: report field ownership', () => {
  it('lets a kiosk create a report only as "submitted" without a reply or history', () => {
    expect(verdict(reports, { ...toCouchDoc(minimalReport), status: 'resolved' }, null, kiosk)).toMatch(/only with status "submitted"/);
    expect(verdict(reports, { ...toCouchDoc(minimalReport), countyReply: { zh: '好', at: '2025-03-05T10:00:00Z' } }, null, kiosk)).toMatch(
      /countyReply: only the county/,
    );
    expect(
      verdict(reports, { ...toCouchDoc(minimalReport), statusHistory: [{ status: 'resolved', at: '2025-03-05T10:00:00Z' }] }, null, kiosk),
    ).toMatch(/statusHistory: only the county/);
    expect(verdict(reports, toCouchDoc(fullReport), null, kiosk)).toMatch(/only with status "submitted"/);
  });

  it('never lets a kiosk change status, countyReply or statusHistory', () => {
    expect(verdict(reports, { ...submitted, status: 'resolved' }, submitted, kiosk)).toMatch(/status: only the county/);
    expect(verdict(reports, { ...answered, countyReply: { zh: '改了', at: '2025-03-05T10:00:00Z' } }, answered, kiosk)).toMatch(
      /countyReply: only the county/,
    );
    expect(verdict(reports, { ...answered, statusHistory: [] }, answered, otherKioskSameVillage)).toMatch(/statusHistory: only the county/);
    const withoutReply: Record<string, unknown> = { ...answered };
    delete withoutReply.countyReply;
    expect(verdict(reports, withoutReply, answered, kiosk)).toMatch(/countyReply: only the county/);
  });

  it('lets any kiosk of the village add what villagers said, keeping the county fields (in any key order)', () => {
    const reopened = {
      ...answered,
      reopenRequests: [...fullReport.reopenRequests, { at: '2025-05-01T08:00:00Z', kioskId: 'kiosk-shangzhuang-02' }],
      countyReply: { at: fullReport.countyReply.at, en: fullReport.countyReply.en, zh: fullReport.countyReply.zh },
    };
    expect(verdict(reports, reopened, answered, otherKioskSameVillage)).toBeUndefined();
  });

  it('lets kiosks only add to coReporters, reopenRequests and satisfaction, and never move a co-report', () => {
    const rated = { ...answered, satisfaction: [...fullReport.satisfaction, { rating: 'satisfied', resolution: 2, at: '2025-06-01T08:00:00Z', kioskId: 'kiosk-shangzhuang-02' }] };
    expect(verdict(reports, rated, answered, otherKioskSameVillage)).toBeUndefined();
    // Another kiosk's union may order the entries differently: still every entry is kept.
    expect(verdict(reports, { ...rated, satisfaction: [...rated.satisfaction].reverse() }, rated, kiosk)).toBeUndefined();
    expect(verdict(reports, { ...answered, satisfaction: [] }, answered, kiosk)).toMatch(/^forbidden: satisfaction: entries may be added, never changed or removed/);
    const changedRating = [{ ...fullReport.satisfaction[0]!, rating: 'satisfied' }];
    expect(verdict(reports, { ...answered, satisfaction: changedRating }, answered, kiosk)).toMatch(/satisfaction: entries may be added/);
    expect(verdict(reports, { ...answered, reopenRequests: [] }, answered, kiosk)).toMatch(/reopenRequests: entries may be added/);
    expect(verdict(reports, { ...answered, coReporters: [] }, answered, kiosk)).toMatch(/coReporters: entries may be added/);
    expect(verdict(reports, { ...answered, satisfaction: [{ rating: 'great', resolution: 1, at: 'x', kioskId: 'k' }] }, answered, kiosk)).toMatch(/satisfaction must be/);
    const coReport = { ...toCouchDoc(minimalReport), duplicateOf: fullReport.id };
    expect(verdict(reports, coReport, null, kiosk)).toBeUndefined();
    expect(verdict(reports, { ...coReport, _rev: '2-b', duplicateOf: 'another' }, { ...coReport, _rev: '1-a' }, kiosk)).toMatch(/duplicateOf: what the villager said cannot be changed/);
    // The county cannot touch them either (what villagers said is the kiosk's).
    expect(verdict(reports, { ...answered, satisfaction: [] }, answered, county)).toMatch(/satisfaction: only the kiosk/);
  });

  it('lets the county answer but not rewrite what the villager said', () => {
    const received = {
      ...submitted,
      status: 'received',
      statusHistory: [{ status: 'received', at: '2025-03-02T10:00:00Z' }],
      countyReply: { zh: '已收到', at: '2025-03-02T10:00:00Z' },
    };
    expect(verdict(reports, received, submitted, county)).toBeUndefined();
    expect(verdict(reports, { ...received, text: '改写' }, submitted, county)).toMatch(/text: only the kiosk/);
    const withoutPhrases: Record<string, unknown> = { ...received };
    delete withoutPhrases.phrases;
    expect(verdict(reports, withoutPhrases, submitted, county)).toMatch(/phrases: only the kiosk/);
    // Server admins repair data and run the replicator: ownership does not bind them.
    expect(verdict(reports, { ...received, text: '管理员修复' }, submitted, admin)).toBeUndefined();
  });

  it('keeps kioskId immutable', () => {
    expect(verdict(reports, { ...submitted, kioskId: 'kiosk-shangzhuang-02' }, submitted, kiosk)).toMatch(/kioskId cannot be changed/);
    expect(verdict(reports, { ...submitted, kioskId: 'kiosk-shangzhuang-02', status: 'received' }, submitted, county)).toMatch(
      /kioskId cannot be changed/,
    );
  });

  it('checks schema basics', () => {
    expect(verdict(reports, { ...toCouchDoc(minimalReport), status: 'done' }, null, county)).toMatch(/status must be one of/);
    expect(verdict(reports, { ...toCouchDoc(minimalReport), anonymous: 'yes' }, null, kiosk)).toMatch(/anonymous must be true or false/);
    expect(verdict(reports, { ...toCouchDoc(fullReport), photo: { sha256: 'nope' } }, null, county)).toMatch(/photo must be/);
    const noCode: Record<string, unknown> = toCouchDoc(minimalReport);
    delete noCode.trackingCode;
    expect(verdict(reports, noCode, null, kiosk)).toMatch(/trackingCode is required/);
  });
});

describe('validate-village.js: the shared document conventions', () => {
  const kindOf = { reports: 'reports', scans: 'scans', heartbeats: 'heartbeats', kiosk_config: 'config' } as const;
  const cases = malformedDocs.filter((c) => c.convention && c.collection !== 'policies');

  it('has convention fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  for (const c of cases) {
    it(`rejects: ${c.name}`, () => {
      const kind = kindOf[c.collection as keyof typeof kindOf];
      expect(verdict(validator(kind), toCouchDoc(c.doc as { id: string }), null, county)).toMatch(/^forbidden/);
    });
  }

  it('accepts every valid fixture in its database from the county', () => {
    expect(verdict(validator('reports'), toCouchDoc(fullReport), null, county)).toBeUndefined();
    expect(verdict(validator('scans'), toCouchDoc(scan), null, kiosk)).toBeUndefined();
    expect(verdict(validator('heartbeats'), toCouchDoc(heartbeat), null, kiosk)).toBeUndefined();
    expect(verdict(validator('config'), toCouchDoc(kioskConfigDoc), null, county)).toBeUndefined();
    expect(verdict(validator('notices'), toCouchDoc(notice), null, county)).toBeUndefined();
  });
});

describe('validate-village.js: notices', () => {
  const notices = validator('notices');
  const clerkNotice = toCouchDoc(notice);
  const countyNotice = { ...toCouchDoc(notice), _id: 'notice-county-1', author: 'county', kioskId: undefined };

  it('lets a kiosk of the village publish a notice as "clerk" under its own id, and the county as "county"', () => {
    expect(verdict(notices, clerkNotice, null, kiosk)).toBeUndefined();
    expect(verdict(notices, countyNotice, null, county)).toBeUndefined();
    expect(verdict(notices, { ...clerkNotice, author: 'county' }, null, kiosk)).toMatch(/publishes notices as "clerk"/);
    expect(verdict(notices, clerkNotice, null, otherKioskSameVillage)).toMatch(/this kiosk's id/);
    expect(verdict(notices, clerkNotice, null, kioskOfOtherVillage)).toMatch(/only members of village/);
  });

  it('keeps a county notice the county’s, and checks the basics', () => {
    const stored = { ...countyNotice, _rev: '1-a' };
    expect(verdict(notices, { ...stored, author: 'clerk', kioskId: KIOSK_ID }, stored, kiosk)).toMatch(/only the county may change a notice/);
    expect(verdict(notices, { ...clerkNotice, title: '公告' }, null, kiosk)).toMatch(/title is required/);
    expect(verdict(notices, { ...clerkNotice, images: [{ sha256: 'x' }] }, null, kiosk)).toMatch(/images\[0\]/);
    expect(verdict(notices, { ...clerkNotice, village: 'xiahe' }, null, county)).toMatch(/village must be/);
    expect(verdict(notices, { ...clerkNotice, _rev: '1-a', _deleted: true }, { ...clerkNotice, _rev: '1-a' }, kiosk)).toMatch(/cannot be deleted/);
  });
});

describe('validate-village.js: heartbeats, configuration, blobs', () => {
  it('lets a kiosk write only its own heartbeat, one document per kiosk', () => {
    const heartbeats = validator('heartbeats');
    expect(verdict(heartbeats, toCouchDoc(heartbeat), null, otherKioskSameVillage)).toMatch(/this kiosk's id \(kiosk-shangzhuang-02\)/);
    expect(verdict(heartbeats, { ...toCouchDoc(heartbeat), _id: 'hb-1' }, null, kiosk)).toMatch(/heartbeat must be its kioskId/);
  });

  it('lets only the county push configuration', () => {
    const config = validator('config');
    expect(verdict(config, toCouchDoc(kioskConfigDoc), null, kiosk)).toMatch(/only the county may change a kiosk's configuration/);
    expect(verdict(config, { ...toCouchDoc(kioskConfigDoc), config: 'reset' }, null, county)).toMatch(/config must be an object/);
  });

  it('keeps blobs immutable and named by their hash', () => {
    const blobs = validator('blobs');
    const stub = { content_type: 'image/png', digest: `md5-${MD5_A}`, length: 3, stub: true };
    const stored = { _id: HASH_A, _rev: '1-a', md5: MD5_A, _attachments: { data: stub } };
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A, _attachments: { data: { ...stub, follows: true } } }, null, kiosk)).toBeUndefined();
    expect(verdict(blobs, { _id: 'not-a-hash', md5: MD5_A, _attachments: { data: stub } }, null, kiosk)).toMatch(/must be its SHA-256/);
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A }, null, kiosk)).toMatch(/must carry its attachment/);
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A, _attachments: { data: stub }, village: 'xiahe' }, null, kiosk)).toMatch(/village must be/);
    expect(verdict(blobs, { ...stored, _attachments: { data: { ...stub, digest: `md5-${MD5_B}` } } }, stored, kiosk)).toMatch(/has digest md5-.*but the blob declares md5/);
    expect(verdict(blobs, { ...stored, md5: MD5_B, _attachments: { data: { ...stub, digest: `md5-${MD5_B}` } } }, stored, kiosk)).toMatch(/md5 of a stored blob cannot be changed/);
    expect(verdict(blobs, { ...stored, _attachments: { other: stub } }, stored, kiosk)).toMatch(/one attachment, "data"/);
    expect(verdict(blobs, { ...stored, _attachments: { data: stub, thumb: stub } }, stored, kiosk)).toMatch(/one attachment, "data", not "thumb"/);
    expect(verdict(blobs, stored, stored, kiosk)).toBeUndefined();
    expect(verdict(blobs, { _id: HASH_A, _rev: '1-a', _deleted: true }, stored, kiosk)).toMatch(/cannot be deleted/);
  });
});

describe('validate-village.js: a blob carries the MD5 its kiosk declared (issue 8, finding 7)', () => {
  const blobs = validator('blobs');
  // What CouchDB 3.4 hands the validator for each upload shape (measured, sync/couchdb/README.md).
  const multipart = (digest?: string) => ({ content_type: 'image/jpeg', revpos: 0, ...(digest ? { digest } : {}), length: 20, stub: true });
  const rawOrInline = { content_type: 'image/jpeg', revpos: 0, length: 20, stub: true };

  it('accepts a multipart upload whose declared digest is the declared md5', () => {
    expect(verdict(blobs, { _id: HASH_A, type: 'blob', md5: MD5_A, _attachments: { data: multipart(`md5-${MD5_A}`) } }, null, kiosk)).toBeUndefined();
    expect(verdict(blobs, { _id: HASH_A, type: 'blob', md5: MD5_A, _attachments: { data: multipart(`md5-${MD5_A}`) } }, null, otherKioskSameVillage)).toBeUndefined();
  });

  it('refuses a raw attachment PUT or an inline attachment: the validator would see no digest', () => {
    expect(verdict(blobs, { _id: HASH_A, _attachments: { data: rawOrInline } }, null, kiosk)).toMatch(/^forbidden: md5 is required/);
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A, _attachments: { data: rawOrInline } }, null, kiosk)).toMatch(/must declare its digest \(send it as multipart\/related/);
    // pouchdb-server shows the bytes themselves (no digest) for a raw attachment PUT.
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A, _attachments: { data: { content_type: 'image/jpeg', data: 'AAAA' } } }, null, kiosk)).toMatch(/must declare its digest/);
  });

  it('refuses other bytes under a photo\'s hash: the digest of what is sent is not the md5 declared', () => {
    expect(verdict(blobs, { _id: HASH_A, md5: MD5_A, _attachments: { data: multipart(`md5-${MD5_B}`) } }, null, kiosk)).toMatch(/has digest md5-\S+, but the blob declares md5/);
  });

  it('refuses a malformed md5', () => {
    for (const md5 of ['', 'abc', `${MD5_A}x`, 'd41d8cd98f00b204e9800998ecf8427e', 42]) {
      expect(verdict(blobs, { _id: HASH_A, md5, _attachments: { data: multipart(`md5-${String(md5)}`) } }, null, kiosk)).toMatch(/md5 is required/);
    }
  });

  it('lets a kiosk replace an empty copy (an upload pouchdb-server kept half-done) with the declared bytes', () => {
    const empty = { _id: HASH_A, _rev: '1-a', _attachments: { data: { content_type: 'image/jpeg', digest: 'md5-1B2M2Y8AsgTpgAmY7PhCfg==', length: 0, stub: true } } };
    expect(verdict(blobs, { _id: HASH_A, _rev: '1-a', md5: MD5_A, _attachments: { data: multipart(`md5-${MD5_A}`) } }, empty, kiosk)).toBeUndefined();
  });

  it('leaves legacy blobs stored without md5 to the county side, and the county side unchecked', () => {
    const legacy = { _id: HASH_A, _rev: '1-a', _attachments: { data: { content_type: 'image/jpeg', digest: `md5-${MD5_A}`, length: 20, stub: true } } };
    // A kiosk re-sending a legacy blob must declare the md5 the stored bytes have.
    expect(verdict(blobs, { ...legacy, md5: MD5_A }, legacy, kiosk)).toBeUndefined();
    expect(verdict(blobs, { ...legacy, md5: MD5_B }, legacy, kiosk)).toMatch(/has digest/);
    expect(verdict(blobs, legacy, legacy, kiosk)).toMatch(/md5 is required/);
    expect(verdict(blobs, { _id: HASH_A, _attachments: { data: rawOrInline } }, null, admin)).toBeUndefined();
  });
});

describe('validate-village.js: what the villager said is immutable (issue 8, finding 5)', () => {
  // An interactive update carries the revision it replaces (measured on CouchDB 3.4).
  const update = (changes: Record<string, unknown>) => ({ ...answered, ...changes });

  it('refuses a sibling kiosk of the same village rewriting a county-answered report', () => {
    expect(verdict(reports, update({ text: '改过的内容' }), answered, otherKioskSameVillage)).toMatch(/text: what the villager said cannot be changed/);
    expect(verdict(reports, update({ category: 'road' }), answered, kiosk)).toMatch(/category: what the villager said cannot be changed/);
  });

  it('refuses removing what the villager said', () => {
    const { landmark: _dropped, ...withoutLandmark } = answered as Record<string, unknown> & { landmark?: unknown };
    expect(answered).toHaveProperty('landmark');
    expect(verdict(reports, withoutLandmark as typeof answered, answered, kiosk)).toMatch(/landmark: what the villager said cannot be removed/);
  });

  it('lets any kiosk of the village append co-reporters and reopen requests, never drop one', () => {
    const coReporter = { addedAt: '2025-06-04T08:00:00.000Z', kioskId: 'kiosk-shangzhuang-02' };
    const grown = update({ coReporters: [...((answered as { coReporters?: unknown[] }).coReporters ?? []), coReporter] });
    expect(verdict(reports, grown, answered, otherKioskSameVillage)).toBeUndefined();
    const reopen = { at: '2025-06-05T08:00:00.000Z', kioskId: KIOSK_ID };
    const withReopen = { ...grown, reopenRequests: [...(grown.reopenRequests as unknown[]), reopen] };
    expect(verdict(reports, withReopen, grown, kiosk)).toBeUndefined();
    expect(verdict(reports, { ...withReopen, reopenRequests: [] }, withReopen, kiosk)).toMatch(/reopenRequests: entries may be added, never changed or removed/);
    expect(verdict(reports, { ...withReopen, reopenRequests: [...(grown.reopenRequests as unknown[]), { ...reopen, at: '2025-01-01T00:00:00.000Z' }] }, withReopen, kiosk)).toMatch(/reopenRequests: entries may be added/);
  });
});

describe('validate-village.js: a kiosk writes one revision at a time (issue 8, finding 6)', () => {
  it('refuses a replicated branch with no common ancestor unless it starts at revision 1', () => {
    const forged = { ...toCouchDoc(fullReport), status: 'submitted', countyReply: undefined, statusHistory: undefined, _rev: '7-eeee' };
    expect(verdict(reports, forged, null, kiosk)).toMatch(/_rev: a kiosk creates a document at revision 1/);
    expect(verdict(reports, { ...toCouchDoc(minimalReport), _rev: '1-abc' }, null, kiosk)).toBeUndefined();
  });

  it('refuses a replicated branch that jumps generations from an ancestor', () => {
    // oldDoc is the branch's parent (revision 1, before the county answered).
    expect(verdict(reports, { ...submitted, _rev: '5-aaaa' }, submitted, kiosk)).toMatch(/_rev: a kiosk writes one revision at a time/);
    expect(verdict(reports, { ...submitted, _rev: '2-bbbb' }, submitted, kiosk)).toBeUndefined();
  });

  it('leaves the county side and interactive writes alone', () => {
    expect(verdict(reports, { ...submitted, _rev: '5-aaaa' }, submitted, admin)).toBeUndefined();
    expect(verdict(reports, toCouchDoc(minimalReport), null, kiosk)).toBeUndefined();
  });
});
