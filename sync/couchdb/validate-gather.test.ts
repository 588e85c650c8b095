import { describe, expect, it } from 'vitest';
import { compileDesignFunction, verdict, type ValidateDocUpdate } from './design-function-sandbox.node';
import { loadDesignFunction } from './design-source';
import { COUNTY_ROLE, COUNTY_VIEWER_ROLE } from './roles';

const validate = compileDesignFunction<ValidateDocUpdate>(loadDesignFunction('validate-gather.js'));
const audit = { _id: 'audit-r1-1', type: 'county_audit', by: 'ann', at: '2026-01-01T00:00:00.000Z', reportId: 'r1', village: 'v1', action: 'reply+status', status: 'resolved' };
const ann = { name: 'ann', roles: [COUNTY_ROLE] };

describe('validate-gather.js', () => {
  it('lets the gatherer (a server admin) copy anything', () => {
    expect(verdict(validate, { _id: 'r1', type: 'report' }, null, { name: 'admin', roles: ['_admin'] })).toBeUndefined();
  });

  it('lets a county account write its own audit line, once', () => {
    expect(verdict(validate, audit, null, ann)).toBeUndefined();
    expect(verdict(validate, audit, audit, ann)).toMatch(/written once/);
    expect(verdict(validate, { ...audit, _deleted: true }, audit, ann)).toMatch(/never deleted/);
  });

  it('refuses a line in another name, other documents, and every write of a viewer', () => {
    expect(verdict(validate, { ...audit, by: 'bob' }, null, ann)).toMatch(/by must be the account that writes the line \(ann\)/);
    expect(verdict(validate, { _id: 'r1', type: 'report', village: 'v1' }, null, ann)).toMatch(/only audit lines/);
    expect(verdict(validate, { ...audit, by: 'vic' }, null, { name: 'vic', roles: [COUNTY_VIEWER_ROLE] })).toMatch(/only county accounts that answer/);
    expect(verdict(validate, { ...audit, action: 'delete' }, null, ann)).toMatch(/action must be one of/);
  });
});
