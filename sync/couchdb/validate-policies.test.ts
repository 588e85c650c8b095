import { describe, expect, it } from 'vitest';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { malformedDocs } from '#test-fixtures/docs/malformed-docs';
import { policy } from '#test-fixtures/docs/valid-docs';
import { compileDesignFunction, verdict, type UserCtx, type ValidateDocUpdate } from './design-function-sandbox.node';
import { loadDesignFunction } from './design-source';
import { kioskUserName, villageRole } from './roles';

const validate = compileDesignFunction<ValidateDocUpdate>(loadDesignFunction('validate-policies.js'));
const kiosk: UserCtx = { name: kioskUserName('shangzhuang', 'k01'), roles: [villageRole('shangzhuang'), 'kiosk'] };
const county: UserCtx = { name: 'wang.clerk', roles: ['county'] };
const admin: UserCtx = { name: 'admin', roles: ['_admin'] };
const doc = toCouchDoc(policy);

describe('validate-policies.js', () => {
  it('lets the county and server admins publish a valid policy', () => {
    expect(verdict(validate, doc, null, county)).toBeUndefined();
    expect(verdict(validate, doc, null, admin)).toBeUndefined();
  });

  it('never lets a kiosk write or delete a policy', () => {
    expect(verdict(validate, doc, null, kiosk)).toMatch(/only the county may publish policies/);
    expect(verdict(validate, { _id: doc._id, _rev: '1-a', _deleted: true }, { ...doc, _rev: '1-a' }, kiosk)).toMatch(/only the county/);
    expect(verdict(validate, { _id: doc._id, _rev: '1-a', _deleted: true }, { ...doc, _rev: '1-a' }, county)).toBeUndefined();
  });

  it('requires what every kiosk needs to show it (sync/schema/policy-schema.ts basics)', () => {
    expect(verdict(validate, { ...doc, title: '养老保险' }, null, county)).toMatch(/title is required/);
    expect(verdict(validate, { ...doc, body: { zh: '' } }, null, county)).toMatch(/body is required/);
    expect(verdict(validate, { ...doc, type: 'report' }, null, county)).toMatch(/type must be "policy"/);
    expect(verdict(validate, { ...doc, village: 'shangzhuang' }, null, county)).toMatch(/county-wide/);
    expect(verdict(validate, { ...doc, category: 'Pension Policy' }, null, county)).toMatch(/category/);
    expect(verdict(validate, { ...doc, tags: '养老' }, null, county)).toMatch(/tags/);
    const noDate: Record<string, unknown> = { ...doc };
    delete noDate.updatedAt;
    expect(verdict(validate, noDate, null, county)).toMatch(/updatedAt is required/);
  });

  for (const c of malformedDocs.filter((m) => m.collection === 'policies')) {
    it(`rejects: ${c.name}`, () => {
      expect(verdict(validate, toCouchDoc(c.doc as { id: string }), null, county)).toMatch(/^forbidden/);
    });
  }
});
