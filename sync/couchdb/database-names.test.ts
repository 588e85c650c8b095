import { describe, expect, it } from 'vitest';
import { countyDatabaseNames, databaseNames, parseVillageDatabaseName, VILLAGE_DATABASE_KINDS } from './database-names';
import { kioskUserName, villageRole } from './roles';
import { gatherSecurity, policiesSecurity, villageSecurity } from './security';

describe('database names', () => {
  it('gives every village its own databases, each name carrying the village code', () => {
    expect(databaseNames('xiao-he')).toEqual({
      reports: 'village-xiao-he-reports',
      scans: 'village-xiao-he-scans',
      heartbeats: 'village-xiao-he-heartbeats',
      config: 'village-xiao-he-config',
      blobs: 'village-xiao-he-blobs',
      notices: 'village-xiao-he-notices',
    });
    expect(countyDatabaseNames()).toEqual({ policies: 'county-policies', alerts: 'county-alerts', gather: 'county-gather' });
  });

  it('prefixes a whole deployment', () => {
    expect(databaseNames('a1', 't9f-').reports).toBe('t9f-village-a1-reports');
    expect(countyDatabaseNames('t9f-').gather).toBe('t9f-county-gather');
  });

  it('refuses codes and prefixes that could escape their database name', () => {
    for (const bad of ['A', 'a', 'a/b', '-a', 'a_b', 'a'.repeat(41), '../x']) expect(() => databaseNames(bad)).toThrow(/invalid village code/);
    expect(() => databaseNames('ab', 'Bad/')).toThrow(/invalid database prefix/);
  });

  it('parses its own names back, even when codes contain "-" and kind words', () => {
    for (const village of ['ab', 'x-scans', 'village-reports-1']) {
      for (const kind of VILLAGE_DATABASE_KINDS) {
        expect(parseVillageDatabaseName(databaseNames(village, 'p-')[kind], 'p-')).toEqual({ village, kind });
      }
    }
    expect(parseVillageDatabaseName('county-gather')).toBeUndefined();
    expect(parseVillageDatabaseName('p-village-ab-reports')).toBeUndefined();
  });
});

describe('roles and security', () => {
  it('names kiosk users by village and kiosk, and refuses ids that would make them ambiguous', () => {
    expect(kioskUserName('xiaohe', 'k01')).toBe('kiosk-xiaohe-k01');
    expect(villageRole('xiaohe')).toBe('village:xiaohe');
    expect(() => kioskUserName('xiaohe', 'K 1')).toThrow(/invalid kiosk id/);
  });

  it('never leaves a database public, and makes nobody but server admins a database admin', () => {
    for (const security of [villageSecurity('xiaohe'), policiesSecurity(), gatherSecurity()]) {
      expect(security.members.roles.length).toBeGreaterThan(0);
      expect(security.admins).toEqual({ names: [], roles: [] });
    }
    expect(villageSecurity('xiaohe').members.roles).toEqual(['village:xiaohe', 'county', 'county-viewer']);
    expect(policiesSecurity().members.roles).toEqual(['kiosk', 'county', 'county-viewer']);
    expect(gatherSecurity().members.roles).toEqual(['county', 'county-viewer']);
  });
});
