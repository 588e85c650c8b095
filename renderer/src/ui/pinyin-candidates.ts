import { match } from 'pinyin-pro';
import chinese from 'simple-keyboard-layouts/build/layouts/chinese';

/** A choice for the pinyin typed so far: `consumes` letters of it are used up when chosen. */
export interface PinyinCandidate {
  text: string;
  consumes: number;
}

/**
 * Single characters per syllable, from simple-keyboard-layouts' Chinese layout
 * ("lu" → 路 鲁 陆 …), most frequent first.
 */
const layoutCandidates: Record<string, string> = (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {};
const syllables: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(layoutCandidates).map(([pinyin, chars]) => [pinyin, chars.split(' ').filter(Boolean)]),
);
const LONGEST_SYLLABLE = Math.max(...[...syllables.keys()].map((key) => key.length));

const MAX_INPUT = 24;

/**
 * Candidates for the pinyin `input`, best first:
 * 1. words of `vocabulary` spelled by the whole input in full syllables ("ludeng" → 路灯), then
 *    by syllable beginnings or initials ("ldbl" → 路灯不亮), matched with pinyin-pro;
 * 2. whole vocabulary entries that start that way (predictive: "lud" → 路灯不亮);
 * 3. single characters of the longest syllable the input starts with ("lud" → 路 鲁 …), which
 *    use up only that syllable's letters, so anything can be typed a character at a time.
 * The vocabulary is what villagers are likely to type here (the configuration's phrases and
 * places, common words); it keeps the first candidates few and relevant for slow typists.
 */
export function pinyinCandidates(rawInput: string, vocabulary: readonly string[]): PinyinCandidate[] {
  const input = rawInput.toLowerCase().replace(/[^a-z]/g, '').slice(0, MAX_INPUT);
  if (!input) return [];
  const ranked: { text: string; consumes: number; rank: number }[] = [];
  const options = { continuous: true, space: 'ignore', insensitive: true, v: true } as const;

  for (const word of vocabulary) {
    const exact = match(word, input, { ...options, precision: 'every' });
    const loose = exact ?? match(word, input, { ...options, precision: 'start' });
    if (!loose || loose.length === 0) continue;
    const first = loose[0]!;
    const last = loose[loose.length - 1]!;
    const text = word.slice(first, last + 1);
    if (text.length >= 2) ranked.push({ text, consumes: input.length, rank: exact ? 0 : 1 });
    if (first === 0 && word.length > text.length) ranked.push({ text: word, consumes: input.length, rank: 2 });
  }

  for (let length = Math.min(LONGEST_SYLLABLE, input.length); length > 0; length--) {
    const chars = syllables.get(input.slice(0, length));
    if (!chars) continue;
    for (const char of chars) ranked.push({ text: char, consumes: length, rank: 3 });
    break;
  }

  const seen = new Set<string>();
  return ranked
    .map((candidate, index) => ({ ...candidate, index }))
    .sort((a, b) => a.rank - b.rank || b.text.length - a.text.length || a.index - b.index)
    .filter((candidate) => !seen.has(candidate.text) && seen.add(candidate.text))
    .map(({ text, consumes }) => ({ text, consumes }));
}
