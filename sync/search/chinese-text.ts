import { pinyin } from 'pinyin-pro';

/**
 * Chinese words and their pinyin, for search. Word segmentation is ICU's dictionary segmenter
 * through `Intl.Segmenter` (Chromium and Node both ship it); pinyin comes from pinyin-pro,
 * computed over the whole text so polyphones read in context (银行 yinhang) and then cut at
 * the word boundaries.
 *
 * Measured here: ICU segmentation slows down badly on very long strings (100,000 characters
 * at once took 15 s, the same text sentence by sentence 0.13 s), so text is cut at punctuation
 * and line ends into pieces of at most MAX_PIECE characters first.
 */

export interface ChineseWord {
  text: string;
  /** Toneless pinyin per character, ü as "v" (how pinyin keyboards type it); a non-Chinese word is itself, lowercased. */
  syllables: string[];
}

const MAX_PIECE = 200;
const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return segmenter;
}

/** NFKC (full-width letters and digits become ASCII), lowercase. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Cut at punctuation, then rejoined up to MAX_PIECE characters: each `segment()` call has a fixed cost too. */
function pieces(text: string): string[] {
  if (text.length <= MAX_PIECE) return [text];
  const out: string[] = [];
  let current = '';
  for (const part of text.split(/(?<=[。！？；，、\n!?;,])/)) {
    if (current.length + part.length > MAX_PIECE && current !== '') {
      out.push(current);
      current = '';
    }
    for (let i = 0; i + MAX_PIECE < part.length; i += MAX_PIECE) out.push(part.slice(i, i + MAX_PIECE));
    current += part.length > MAX_PIECE ? part.slice(part.length - (part.length % MAX_PIECE || MAX_PIECE)) : part;
  }
  if (current !== '') out.push(current);
  return out;
}

/** The word-like segments of a text (punctuation and spaces dropped). */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const piece of pieces(normalizeText(text))) {
    for (const segment of wordSegmenter().segment(piece)) if (segment.isWordLike) words.push(segment.segment);
  }
  return words;
}

/** Words with their pinyin; for titles and tags (short texts), where pinyin is searched. */
export function wordsWithPinyin(text: string): ChineseWord[] {
  const words = segmentWords(text);
  const joined = words.join('');
  const chars = Array.from(joined);
  const all = HAN.test(joined) ? pinyin(joined, { toneType: 'none', type: 'array', v: true }) : chars;
  const result: ChineseWord[] = [];
  let offset = 0;
  for (const word of words) {
    const length = Array.from(word).length;
    const syllables = HAN.test(word) ? all.slice(offset, offset + length).map((s) => s.toLowerCase()) : [word];
    result.push({ text: word, syllables });
    offset += length;
  }
  return result;
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}
