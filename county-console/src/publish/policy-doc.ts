import { validateDocument } from '#sync/schema/validate-document';

/**
 * A policy as `county policies import` writes it (sync/county-cli/policy-files.ts): the same
 * document, checked with the kiosk's own validator before it is sent, so a policy CouchDB accepts
 * is never quarantined by every kiosk.
 */
export interface PolicyDraft {
  id: string;
  titleZh: string;
  titleEn: string;
  category: string;
  tags: string;
  bodyZh: string;
  bodyEn: string;
}

export function policyDoc(draft: PolicyDraft, now: Date): { doc?: Record<string, unknown>; problems: string[] } {
  const text = (zh: string, en: string) => ({ zh: zh.trim(), ...(en.trim() ? { en: en.trim() } : {}) });
  const doc = {
    _id: draft.id.trim(),
    type: 'policy',
    title: text(draft.titleZh, draft.titleEn),
    body: text(draft.bodyZh, draft.bodyEn),
    category: draft.category.trim(),
    tags: draft.tags
      .split(/[,，]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    updatedAt: now.toISOString(),
  };
  const result = validateDocument('policies', doc);
  if (!result.ok) return { problems: result.errors };
  return { doc, problems: [] };
}
