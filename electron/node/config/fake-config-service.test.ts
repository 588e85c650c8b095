import { describe, expect, it, vi } from 'vitest';
import { createFakeConfigService } from './fake-config-service';

describe('createFakeConfigService', () => {
  it('starts from the default and layers county documents with the real rules', () => {
    const fake = createFakeConfigService();
    const listener = vi.fn();
    fake.onChange(listener);
    expect(fake.current().layers).toEqual(['default']);
    expect(fake.applyCountyDocument({ idle: { warningSeconds: 60 } }).config.idle.warningSeconds).toBe(60);
    const rejected = fake.applyCountyDocument({ idle: { warningSeconds: 'x' } });
    expect(rejected.config.idle.warningSeconds).toBe(60);
    expect(rejected.layers).toEqual(['default', 'county']);
    expect(rejected.problems).toEqual([expect.objectContaining({ path: 'idle.warningSeconds' })]);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
