import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import { isHan, normalizeText, segmentWords, wordsWithPinyin, type ChineseWord } from './chinese-text';

/**
 * Policy search (DESIGN.md §8, issue 11): Chinese full text, full pinyin, pinyin initials and
 * English titles, ranked, typo-tolerant for Latin input. The index is MiniSearch (BM25 ranking,
 * prefix and fuzzy matching, serialisable); what this module adds is what MiniSearch does not
 * know about Chinese: segmentation into words and the pinyin forms of titles and tags, given to
 * it as ready-made tokens (its own tokenizer only splits on spaces here).
 *
 * Pinyin is indexed for titles and tags (what villagers look for by name); bodies are indexed
 * as Chinese words only, which keeps building the index fast.
 *
 * How the pinyin forms match, for the title 城乡居民基本养老保险 (words 城乡|居民|基本|养老|保险):
 * - `pinyin`: each word's pinyin and syllables (yanglao, yang, lao, …): typo-tolerant ("yanglso");
 * - `runs`: the pinyin from each word to the end of the title (…, yanglaobaoxian, baoxian),
 *   matched by prefix: "yanglao", "yang lao" (spaces dropped) and the whole title's pinyin;
 * - `initials`: the same from initials (cxjmjbylbx, …, ylbx, bx): "ylbx", "ylb", the whole title's.
 */

export interface SearchablePolicy {
  id: string;
  title: { zh: string; en?: string | undefined };
  summary?: { zh: string; en?: string | undefined } | undefined;
  body: { zh: string; en?: string | undefined };
  tags: readonly string[];
  issuer?: { zh: string; en?: string | undefined } | undefined;
}

export interface PolicySearchHit {
  id: string;
  score: number;
  /** Index terms that matched (Chinese words, pinyin forms), for highlighting. */
  terms: string[];
}

export interface PolicyIndex {
  search(query: string, options?: { limit?: number }): PolicySearchHit[];
  /** Plain JSON to persist and load later without rebuilding (loadPolicyIndex). */
  toJSON(): AsPlainObject;
  readonly documentCount: number;
}

/** Bumped whenever what is indexed changes: a persisted index of another format is rebuilt, never loaded. */
export const POLICY_INDEX_FORMAT = 1;

/** Characters of the body that are indexed: the first screens of text, where the topic is stated. */
export const MAX_INDEXED_BODY = 500;
/** Long enough for the whole pinyin and initials of any title (titles are at most 200 characters; typical ones 10–25). */
const MAX_RUN = 160;
const MAX_INITIALS = 64;

const FIELDS = ['title', 'titleEn', 'grams', 'tags', 'summary', 'body', 'pinyin', 'runs', 'initials'] as const;
type Field = (typeof FIELDS)[number];
type IndexedDoc = { id: string } & Record<Field, string>;

const BOOST: Record<Field, number> = { title: 4, titleEn: 2, grams: 1, tags: 3, summary: 1.5, body: 1, pinyin: 2, runs: 3, initials: 3 };

const OPTIONS = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  // Terms are normalised when documents and queries are prepared (normalizeText).
  processTerm: (term: string) => term,
  searchOptions: { boost: BOOST },
};

export function buildPolicyIndex(policies: readonly SearchablePolicy[]): PolicyIndex {
  const mini = new MiniSearch<IndexedDoc>(OPTIONS);
  mini.addAll(policies.map(indexedDoc));
  return wrap(mini);
}

export function loadPolicyIndex(json: AsPlainObject): PolicyIndex {
  return wrap(MiniSearch.loadJS<IndexedDoc>(json, OPTIONS));
}

function wrap(mini: MiniSearch<IndexedDoc>): PolicyIndex {
  return {
    search(query, options = {}) {
      const limit = options.limit ?? 50;
      const tiers = buildQueryTiers(query);
      if (!tiers) return [];
      // Names first: a policy whose title, tags or pinyin match is what the villager looks for,
      // and those postings are short. The text tier (summary and body words, single pinyin
      // syllables) walks postings that can hold every policy (measured at 10,000 policies: a
      // body word such as 资金 is in all of them, 15 ms a query), so it runs only to fill the
      // list, and its policies rank after every name match.
      const seen = new Set<string | number>();
      let results: SearchResult[] = [];
      const ordered: (Query | undefined)[] = [tiers.names, tiers.text];
      for (const tier of ordered) {
        if (!tier || results.length >= limit) continue;
        for (const result of mini.search(tier)) {
          if (seen.has(result.id)) continue;
          seen.add(result.id);
          results.push(result);
        }
      }
      // Typo tolerance only when the exact spelling finds little: a fuzzy search walks much more
      // of the index (measured: 5–9 ms per fuzzy term at 3,000 policies), and a typed word that
      // already matches is what the villager meant.
      if (results.length < TYPO_FALLBACK_BELOW && tiers.typos) results = mini.search(tiers.typos);
      return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
    },
    toJSON: () => mini.toJSON(),
    get documentCount() {
      return mini.documentCount;
    },
  };
}

function indexedDoc(policy: SearchablePolicy): IndexedDoc {
  const titleWords = wordsWithPinyin(policy.title.zh);
  const tagWords = policy.tags.map((tag) => wordsWithPinyin(tag));
  const pinyinTokens = new Set<string>();
  const runs = new Set<string>();
  const initials = new Set<string>();
  for (const words of [titleWords, ...tagWords]) addPinyinForms(words, pinyinTokens, runs, initials);
  const titleText = normalizeText(policy.title.zh).replace(/\s+/g, '');
  return {
    id: policy.id,
    title: titleWords.map((w) => w.text).join(' '),
    titleEn: latinWords(policy.title.en ?? '').join(' '),
    grams: bigrams(titleText).join(' '),
    tags: policy.tags.flatMap((tag) => [normalizeText(tag), ...segmentWords(tag)]).join(' '),
    summary: segmentWords(policy.summary?.zh ?? '').join(' '),
    body: segmentWords(`${policy.issuer?.zh ?? ''} ${policy.body.zh.slice(0, MAX_INDEXED_BODY)}`).join(' '),
    pinyin: [...pinyinTokens].join(' '),
    runs: [...runs].join(' '),
    initials: [...initials].join(' '),
  };
}

function addPinyinForms(words: ChineseWord[], pinyinTokens: Set<string>, runs: Set<string>, initials: Set<string>): void {
  for (const variant of [false, true]) {
    // ü is indexed as "v" (pinyin keyboards) and, once more, as "u" (what many people type).
    const spelled = words.map((w) => w.syllables.map((s) => (variant ? s.replace(/v/g, 'u') : s)));
    if (variant && spelled.every((syllables, i) => syllables.join('') === words[i]!.syllables.join(''))) break;
    spelled.forEach((syllables, i) => {
      pinyinTokens.add(syllables.join(''));
      if (syllables.length > 1) for (const syllable of syllables) pinyinTokens.add(syllable);
      runs.add(spelled.slice(i).flat().join('').slice(0, MAX_RUN));
      initials.add(
        spelled
          .slice(i)
          .map((word, j) => (isHan(words[i + j]!.text) ? word.map((s) => s[0] ?? '').join('') : word.join('')))
          .join('')
          .slice(0, MAX_INITIALS),
      );
    });
  }
}

function latinWords(text: string): string[] {
  return normalizeText(text).match(/[a-z0-9]+/g) ?? [];
}

function bigrams(text: string): string[] {
  const chars = Array.from(text).filter((c) => isHan(c));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Fewer exact results than this, and the query is run again with typo tolerance. */
const TYPO_FALLBACK_BELOW = 3;

/** Latin terms of at least 4 letters are matched with one typo, from 7 letters with two (a swap of two letters is two edits). */
function fuzziness(term: string): number | false {
  if (term.length >= 7) return 2;
  if (term.length >= 4) return 1;
  return false;
}

export interface QueryTiers {
  /** Titles, tags, title bigrams, pinyin runs and initials, English titles: short postings. */
  names?: Query | undefined;
  /** Summary and body words, single pinyin words in any order: long postings, run to fill the list. */
  text?: Query | undefined;
  /** Everything above plus typo-tolerant Latin matching: when the exact tiers find little. */
  typos?: Query | undefined;
}

/**
 * The query as MiniSearch expressions, in tiers (see `search`): Chinese runs as words (prefix)
 * and title bigrams; Latin input as one joined pinyin string (spaces between syllables do not
 * matter) against the pinyin forms, and as words against the English title and single words'
 * pinyin. Within a tier everything is ORed: BM25 ranks the policies that match most, and best,
 * first.
 */
export function buildQueryTiers(raw: string): QueryTiers | undefined {
  const text = normalizeText(raw).trim();
  const han = text.match(/[\p{Script=Han}]+/gu) ?? [];
  const latin = latinWords(text);
  const names: Query[] = [];
  const body: Query[] = [];
  const typos: Query[] = [];
  for (const run of han) {
    const words = segmentWords(run);
    if (words.length > 0) {
      // Prefix matching ("保" finds 保险) for the word being typed, the last one, and only in
      // names (title, tags): every other word is matched whole, which keeps long queries cheap.
      const last = words[words.length - 1]!;
      const whole = words.slice(0, -1);
      names.push({ queries: [...(whole.length > 0 ? [{ queries: whole, combineWith: 'AND' as const }] : []), { queries: [last], prefix: true }], fields: ['title', 'tags'], combineWith: 'AND' });
      body.push({ queries: words, fields: ['summary', 'body'], combineWith: 'AND' });
    }
    const grams = bigrams(run);
    if (grams.length > 0) names.push({ queries: grams, fields: ['grams'], combineWith: 'AND' });
  }
  if (latin.length > 0) {
    const joined = latin.join('');
    names.push({ queries: [joined], fields: ['runs', 'initials'], prefix: true });
    names.push({ queries: latin, fields: ['titleEn'], prefix: true });
    body.push({ queries: latin, fields: ['pinyin'], prefix: true });
    // Typos are looked for among single words' pinyin and English words (short terms), not
    // among the long runs, where a fuzzy search would walk most of the index.
    if (joined.length <= 12) typos.push({ queries: [joined], fields: ['pinyin'], fuzzy: fuzziness(joined) });
    typos.push({ queries: latin.filter((word) => word.length <= 12), fields: ['titleEn', 'pinyin'], fuzzy: fuzziness });
  }
  if (names.length === 0 && body.length === 0) return undefined;
  const or = (queries: Query[]): Query | undefined => (queries.length > 0 ? { queries, combineWith: 'OR' } : undefined);
  return { names: or(names), text: or(body), typos: or([...names, ...body, ...typos]) };
}
