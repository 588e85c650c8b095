import { describe, expect, it } from 'vitest';
import { databaseNames, parseVillageDatabaseName } from '#sync/couchdb/database-names';
import { kioskUserName, villageRole } from '#sync/couchdb/roles';
import { villageField } from '#sync/schema/schema-fields';
import { kioskConfigSchema, villageCodeSchema } from './schema';
import { defaultKioskConfig } from './default-config';
import { isVillageCode, VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE } from './village-code';

describe('village code shape (one rule everywhere)', () => {
  const good = ['510112001001', '110101001001', '820000000000', 'qingshan', 'xiaohe', 'he-xi', 'a1', 'a'.repeat(40)];
  const bad = [
    '', 'a', 'A', 'Qingshan', 'qing shan', '-qingshan', 'qing_shan', 'a'.repeat(41), '../x', 'a/b',
    // Division codes: exactly 12 digits, province digit 1–8.
    '51011200100', '5101120010011', '010112001001', '910112001001', '510112-001001', '５１０１１２００１００１', '510112001001 ',
  ];

  it.each(good)('accepts %j', (code) => {
    expect(isVillageCode(code)).toBe(true);
    expect(villageCodeSchema.safeParse(code).success).toBe(true);
    expect(new RegExp(villageField.pattern).test(code) && code.length <= villageField.maxLength).toBe(true);
  });

  it.each(bad)('refuses %j everywhere with the same rule', (code) => {
    expect(isVillageCode(code)).toBe(false);
    expect(villageCodeSchema.safeParse(code).error?.issues[0]?.message).toBe(VILLAGE_CODE_RULE);
    expect(new RegExp(villageField.pattern).test(code)).toBe(false);
    expect(() => databaseNames(code)).toThrow(VILLAGE_CODE_RULE);
    expect(() => villageRole(code)).toThrow(/invalid village code/);
  });

  it('the document schemas use the same pattern, not a copy', () => {
    expect(villageField.pattern).toBe(VILLAGE_CODE_PATTERN.source);
  });

  it('a division code makes valid CouchDB names, a role and a kiosk user, and reads back unambiguously', () => {
    const names = databaseNames('510112001001', 't3f9a-');
    expect(names.reports).toBe('t3f9a-village-510112001001-reports');
    // CouchDB: a database name starts with a letter and uses [a-z0-9_$()+/-].
    for (const name of Object.values(names)) expect(name).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
    expect(parseVillageDatabaseName(names.blobs, 't3f9a-')).toEqual({ village: '510112001001', kind: 'blobs' });
    expect(villageRole('510112001001')).toBe('village:510112001001');
    expect(kioskUserName('510112001001', 'k01')).toBe('kiosk-510112001001-k01');
  });

  it('a kiosk configuration may name its village by division code', () => {
    const config = { ...defaultKioskConfig, village: { ...defaultKioskConfig.village, code: '510112001001', name: { zh: '幸福村' } } };
    expect(kioskConfigSchema.parse(config).village.code).toBe('510112001001');
  });
});
