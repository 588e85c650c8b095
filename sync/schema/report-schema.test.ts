import { describe, expect, it } from 'vitest';
import { REPORT_COUNTY_FIELDS, REPORT_KIOSK_FIELDS, reportMigrationStrategies, reportSchema } from './report-schema';

describe('report schema', () => {
  // The conflict handler merges by owner: a field without an owner would be silently dropped
  // or overwritten in a conflict, a field with two owners would be undecidable.
  it('gives every field except the identity exactly one owner', () => {
    const owned = [...REPORT_KIOSK_FIELDS, ...REPORT_COUNTY_FIELDS, 'id', 'type'];
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned].sort()).toEqual(Object.keys(reportSchema.properties).sort());
  });

  it('has one migration strategy for every version above 0', () => {
    const versions = Object.keys(reportMigrationStrategies).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: reportSchema.version }, (_, i) => i + 1));
  });
});
