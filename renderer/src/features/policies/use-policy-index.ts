import { useMemo } from 'react';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import { buildPolicyIndex, type PolicyIndex } from '#sync/search/policy-search';
import { segmentWords } from '#sync/search/chinese-text';

/**
 * The search index of the current policies, built once per distinct set of policies (not once
 * per visit of the search screen: the session remounts screens, the policies rarely change).
 * A few hundred policies build in milliseconds (BENCHMARKS.md, `npm run bench -- search`).
 */
let cached: { signature: string; index: PolicyIndex; vocabulary: string[] } | undefined;

function signatureOf(policies: readonly PolicyDocType[]): string {
  return policies.map((p) => `${p.id}@${p.updatedAt}`).join('|');
}

export function usePolicyIndex(policies: readonly PolicyDocType[]): { index: PolicyIndex; vocabulary: string[] } {
  return useMemo(() => policyIndexFor(policies), [policies]);
}

function policyIndexFor(policies: readonly PolicyDocType[]): { index: PolicyIndex; vocabulary: string[] } {
  const signature = signatureOf(policies);
  if (cached?.signature !== signature) {
    // The keyboard's candidates: the words of titles and the tags, so "ylbx" offers 养老保险.
    const words = new Set<string>();
    for (const policy of policies) {
      for (const tag of policy.tags) words.add(tag);
      for (const word of segmentWords(policy.title.zh)) if (/\p{Script=Han}{2,}/u.test(word)) words.add(word);
    }
    cached = { signature, index: buildPolicyIndex(policies), vocabulary: [...words] };
  }
  return { index: cached.index, vocabulary: cached.vocabulary };
}
