import type { AsPlainObject } from 'minisearch';
import { segmentWords } from './chinese-text';
import { buildPolicyIndex, POLICY_INDEX_FORMAT, type SearchablePolicy } from './policy-search';

/**
 * A built policy index as it is kept between starts (the kiosk's IndexedDB cache) or handed
 * from a worker: the index of one policy set, that set's signature and the keyboard's vocabulary.
 */
export interface PolicyIndexEntry {
  /** `policyIndexSignature` of the policies the index was built from. */
  signature: string;
  index: AsPlainObject;
  vocabulary: string[];
}

/** Identifies a policy set and the index format: a changed policy or a new app version means a new index. */
export function policyIndexSignature(policies: readonly (SearchablePolicy & { updatedAt: string })[]): string {
  return `v${POLICY_INDEX_FORMAT}|${policies.map((p) => `${p.id}@${p.updatedAt}`).join('|')}`;
}

/** The keyboard's candidates: the words of titles and the tags, so "ylbx" offers 养老保险. */
export function policyVocabulary(policies: readonly SearchablePolicy[]): string[] {
  const words = new Set<string>();
  for (const policy of policies) {
    for (const tag of policy.tags) words.add(tag);
    for (const word of segmentWords(policy.title.zh)) if (/\p{Script=Han}{2,}/u.test(word)) words.add(word);
  }
  return [...words];
}

export function buildPolicyIndexEntry(signature: string, policies: readonly SearchablePolicy[]): PolicyIndexEntry {
  return { signature, index: buildPolicyIndex(policies).toJSON(), vocabulary: policyVocabulary(policies) };
}
