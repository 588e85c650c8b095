import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { samplePolicies } from '#kiosk-config/sample-policies.generated';
import { POLICY_INDEX_FORMAT } from '#sync/search/policy-search';
import { buildPolicyIndexEntry, policyIndexSignature } from '#sync/search/policy-index-entry';
import { createIdbPolicyIndexCache } from './idb-policy-index-cache';
import { createMemoryPolicyIndexCache, type PolicyIndexCache } from './policy-index-cache';
import { createPolicyIndexService } from './policy-index-service';

const policies = samplePolicies.map((p) => ({ ...p, updatedAt: p.updatedAt ?? '2026-01-01T00:00:00.000Z' }));
const countingBuild = () => vi.fn(async (signature: string, list: Parameters<typeof buildPolicyIndexEntry>[1]) => buildPolicyIndexEntry(signature, list));
const ids = (service: ReturnType<typeof createPolicyIndexService>, query: string) => service.current()!.index.search(query).map((hit) => hit.id);

describe('the policy search index across starts', () => {
  it('builds once, caches, and after a restart loads the cached index without building', async () => {
    const cache = createIdbPolicyIndexCache(`policy-index-${Math.random()}`);
    const firstBuild = countingBuild();
    const first = createPolicyIndexService({ cache, build: firstBuild });
    await first.prepare(policies);
    expect(firstBuild).toHaveBeenCalledTimes(1);
    expect(first.current()?.stale).toBe(false);

    const afterRestart = countingBuild();
    const second = createPolicyIndexService({ cache, build: afterRestart });
    await second.prepare(policies);
    expect(afterRestart).not.toHaveBeenCalled();
    expect(second.current()?.signature).toBe(policyIndexSignature(policies));
    for (const query of ['养老保险', 'ylbx', 'yang lao', 'dibao']) expect(ids(second, query)).toEqual(ids(first, query));
    expect(second.current()?.vocabulary).toEqual(first.current()?.vocabulary);
  });

  it('serves the stale index while the changed policy set is built, then the new one', async () => {
    const cache = createMemoryPolicyIndexCache();
    await cache.write(buildPolicyIndexEntry(policyIndexSignature(policies), policies));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const build = vi.fn(async (signature: string, list: Parameters<typeof buildPolicyIndexEntry>[1]) => {
      await gate;
      return buildPolicyIndexEntry(signature, list);
    });
    const service = createPolicyIndexService({ cache, build });
    const added = { ...policies[0]!, id: 'policy-new', title: { zh: '农村户厕改造奖补办法' }, updatedAt: '2026-11-30T00:00:00.000Z' };
    const preparing = service.prepare([...policies, added]);
    await vi.waitFor(() => expect(service.current()?.stale).toBe(true));
    expect(ids(service, 'hcgz')).not.toContain('policy-new');
    release();
    await preparing;
    expect(service.current()?.stale).toBe(false);
    expect(ids(service, '户厕改造')).toContain('policy-new');
    expect((await cache.read())?.signature).toBe(policyIndexSignature([...policies, added]));
  });

  it('never loads an index of another format: the signature carries the format', () => {
    expect(policyIndexSignature(policies).startsWith(`v${POLICY_INDEX_FORMAT}|`)).toBe(true);
  });

  it('builds when the cache cannot be read or written, and keeps working', async () => {
    const broken: PolicyIndexCache = { read: async () => undefined, write: async () => undefined };
    const build = countingBuild();
    const service = createPolicyIndexService({ cache: broken, build });
    await service.prepare(policies);
    expect(build).toHaveBeenCalledTimes(1);
    expect(ids(service, 'ylbx').length).toBeGreaterThan(0);
  });

  it('asks for each policy set once, however many screens ask at the same time', async () => {
    const build = countingBuild();
    const service = createPolicyIndexService({ cache: createMemoryPolicyIndexCache(), build });
    await Promise.all([service.prepare(policies), service.prepare(policies), service.prepare(policies)]);
    await service.prepare(policies);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
