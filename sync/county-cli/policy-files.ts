import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CouchDoc } from '../couchdb/couch-client';
import { derivedSummary } from '../schema/policy-text';
import { validateDocument } from '../schema/validate-document';
import { FrontMatterError, parseFrontMatter, type FrontMatterValue } from './front-matter';

/**
 * Policy files → policy documents (sync/schema/policy-schema.ts, CouchDB form with `_id`).
 *
 * - `.json`: one policy object or a list of them:
 *   `{ "id", "title": "…" | {"zh","en"}, "body": "…" | {"zh","en"}, "category", "tags", "effectiveFrom"?, "effectiveUntil"? }`
 * - `.md`: front matter (`id` — defaults to the file name —, `title` or `title: {zh, en}` or
 *   `title_en`, the same for `summary` and `issuer`, `category`, `tags`, `effectiveFrom`,
 *   `effectiveUntil`, `link`) and the Markdown body in Chinese; an English body may follow a
 *   line `<!-- en -->`.
 * - Without a summary, the first paragraph of the body becomes one, so every published policy
 *   has its one line for the kiosk's list.
 *
 * Every document is checked with the kiosk's own validator, so nothing is published that
 * kiosks would set aside. `updatedAt` is the import time (the county's clock).
 */

export interface PolicyFileResult {
  file: string;
  docs: CouchDoc[];
  problems: string[];
}

const ENGLISH_SEPARATOR = /^<!--\s*en\s*-->\s*$/m;

export function listPolicyFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((name) => /\.(json|md)$/i.test(name))
    .sort()
    .map((name) => path.join(target, name));
}

export function readPolicyFile(file: string, now: Date): PolicyFileResult {
  const text = readFileSync(file, 'utf8');
  let drafts: Record<string, unknown>[];
  try {
    drafts = /\.md$/i.test(file) ? [draftFromMarkdown(file, text)] : draftsFromJson(text);
  } catch (error) {
    const message = error instanceof FrontMatterError || error instanceof SyntaxError || error instanceof TypeError ? error.message : String(error);
    return { file, docs: [], problems: [`${file}: ${message}`] };
  }
  const docs: CouchDoc[] = [];
  const problems: string[] = [];
  drafts.forEach((draft, index) => {
    const where = drafts.length > 1 ? `${file} [${index}]` : file;
    const result = validateDocument('policies', { ...normalize(draft), type: 'policy', updatedAt: now.toISOString() });
    if (!result.ok) {
      problems.push(...result.errors.map((error) => `${where}: ${error}`));
    } else if (!result.deleted) {
      const { id, ...fields } = result.doc;
      docs.push({ _id: id, ...fields });
    }
  });
  return { file, docs, problems };
}

function draftsFromJson(text: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const list = Array.isArray(parsed) ? parsed : [parsed];
  if (list.length === 0) throw new TypeError('the file holds an empty list');
  return list.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new TypeError(`entry ${index} is not an object { … }`);
    return item as Record<string, unknown>;
  });
}

function draftFromMarkdown(file: string, text: string): Record<string, unknown> {
  const { data, body } = parseFrontMatter(text);
  const rest: Record<string, FrontMatterValue> = { ...data };
  const texts: Record<string, unknown> = {};
  for (const field of LOCALIZED_FIELDS) {
    const english = rest[`${field}_en`];
    delete rest[`${field}_en`];
    if (rest[field] === undefined) continue;
    texts[field] = localized(rest[field], typeof english === 'string' ? english : undefined);
    delete rest[field];
  }
  const [zhBody = '', enBody] = body.split(ENGLISH_SEPARATOR).map((part) => part.trim());
  const draft: Record<string, unknown> = {
    id: path.basename(file).replace(/\.md$/i, ''),
    ...rest,
    ...texts,
    body: enBody ? { zh: zhBody, en: enBody } : { zh: zhBody },
  };
  if (typeof data.tags === 'string') draft.tags = data.tags === '' ? [] : [data.tags];
  return draft;
}

function localized(value: FrontMatterValue | undefined, english: string | undefined): unknown {
  if (typeof value === 'string') return english ? { zh: value, en: english } : { zh: value };
  return value;
}

/** Front-matter fields that are `{ zh, en }` texts, written `field` + `field_en` or as a map. */
const LOCALIZED_FIELDS = ['title', 'summary', 'issuer'] as const;

/** Plain strings become `{ zh }`; a missing tag list becomes empty; a missing summary is derived from the body. */
function normalize(draft: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { tags: [], ...draft };
  for (const field of [...LOCALIZED_FIELDS, 'body']) {
    if (typeof result[field] === 'string') result[field] = { zh: result[field] };
  }
  const body = result['body'] as { zh?: unknown; en?: unknown } | undefined;
  if (result['summary'] === undefined && typeof body?.zh === 'string' && body.zh.trim() !== '') {
    result['summary'] = typeof body.en === 'string' && body.en.trim() !== '' ? { zh: derivedSummary(body.zh), en: derivedSummary(body.en, 160) } : { zh: derivedSummary(body.zh) };
  }
  return result;
}
