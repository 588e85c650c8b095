import { describe, expect, it } from 'vitest';
import { chinaDay, isExpired, isNew } from './policy-dates';

describe('policy dates', () => {
  it('takes today in China Standard Time, whatever the kiosk’s zone', () => {
    expect(chinaDay(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    expect(chinaDay(new Date('2026-01-31T15:59:00Z'))).toBe('2026-01-31');
  });

  it('hides a policy after its last day, also when the end is a full timestamp', () => {
    expect(isExpired({ effectiveUntil: '2026-03-31' }, '2026-03-31')).toBe(false);
    expect(isExpired({ effectiveUntil: '2026-03-31' }, '2026-04-01')).toBe(true);
    expect(isExpired({ effectiveUntil: '2026-03-31T23:59:59+08:00' }, '2026-04-01')).toBe(true);
    expect(isExpired({}, '2099-01-01')).toBe(false);
  });

  it('calls a policy new for 30 days from its first day, never before it', () => {
    expect(isNew({ effectiveFrom: '2026-11-01' }, '2026-11-01')).toBe(true);
    expect(isNew({ effectiveFrom: '2026-11-01' }, '2026-11-30')).toBe(true);
    expect(isNew({ effectiveFrom: '2026-11-01' }, '2026-12-01')).toBe(false);
    expect(isNew({ effectiveFrom: '2026-11-01' }, '2026-10-31')).toBe(false);
    expect(isNew({}, '2026-11-01')).toBe(false);
  });
});
