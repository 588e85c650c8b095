import { describe, expect, it } from 'vitest';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { alert } from '#test-fixtures/docs/valid-docs';
import { compileDesignFunction, verdict, type UserCtx, type ValidateDocUpdate } from './design-function-sandbox.node';
import { loadDesignFunction } from './design-source';
import { kioskUserName, villageRole } from './roles';

const validate = compileDesignFunction<ValidateDocUpdate>(loadDesignFunction('validate-alerts.js'));
const kiosk: UserCtx = { name: kioskUserName('shangzhuang', 'k01'), roles: [villageRole('shangzhuang'), 'kiosk'] };
const county: UserCtx = { name: 'wang.clerk', roles: ['county'] };
const doc = toCouchDoc(alert);

describe('validate-alerts.js', () => {
  it('lets the county issue an alert to some villages or to all, with any severity', () => {
    expect(verdict(validate, doc, null, county)).toBeUndefined();
    expect(verdict(validate, { ...doc, villages: ['*'], severity: 'evacuate-now' }, null, county)).toBeUndefined();
    // Villages named by their 12-digit statistical division code (统计用区划代码), as provisioned.
    expect(verdict(validate, { ...doc, villages: ['510112001001', 'qingshan'] }, null, county)).toBeUndefined();
    expect(verdict(validate, { ...doc, villages: ['51011200100'] }, null, county)).toMatch(/village codes/);
  });

  it('never lets a kiosk write or delete an alert', () => {
    expect(verdict(validate, doc, null, kiosk)).toMatch(/only the county may issue alerts/);
    expect(verdict(validate, { _id: doc._id, _rev: '1-a', _deleted: true }, { ...doc, _rev: '1-a' }, kiosk)).toMatch(/only the county/);
  });

  it('checks what every kiosk needs to show it', () => {
    expect(verdict(validate, { ...doc, villages: [] }, null, county)).toMatch(/villages is required/);
    expect(verdict(validate, { ...doc, villages: ['Shang Zhuang'] }, null, county)).toMatch(/village codes/);
    expect(verdict(validate, { ...doc, severity: '' }, null, county)).toMatch(/severity/);
    expect(verdict(validate, { ...doc, text: { zh: '' } }, null, county)).toMatch(/text is required/);
    expect(verdict(validate, { ...doc, expiresAt: 'tomorrow' }, null, county)).toMatch(/expiresAt/);
    expect(verdict(validate, { ...doc, type: 'notice' }, null, county)).toMatch(/type must be "alert"/);
  });
});
