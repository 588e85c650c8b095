import { describe, expect, it } from 'vitest';
import { validateDocument } from '#sync/schema/validate-document';
import { samplePolicies } from './sample-policies.generated';
import { buildSamplePoliciesModule } from './sample-policies-source.node';

describe('embedded sample policies (kiosk-config/policies → sample-policies.generated.ts)', () => {
  it('are what the Markdown files give (regenerate with -u)', async () => {
    await expect(buildSamplePoliciesModule('kiosk-config/policies')).toMatchFileSnapshot('./sample-policies.generated.ts');
  });

  it('are at least 30, each valid, with an English title, a summary and an issuing office', () => {
    expect(samplePolicies.length).toBeGreaterThanOrEqual(30);
    expect(new Set(samplePolicies.map((p) => p.id)).size).toBe(samplePolicies.length);
    for (const policy of samplePolicies) {
      const result = validateDocument('policies', policy);
      expect(result.ok ? [] : result.errors, policy.id).toEqual([]);
      expect(policy.title.en, policy.id).toEqual(expect.any(String));
      expect(policy.summary?.zh, policy.id).toEqual(expect.any(String));
      expect(policy.issuer?.zh, policy.id).toEqual(expect.any(String));
    }
  });
});
