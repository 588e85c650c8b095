import { match } from 'pinyin-pro';
import { isHan, normalizeText, segmentWords } from './chinese-text';

/** A piece of a text, marked when it is what the query matched. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Marks what a query matched in a title, for the result list: Chinese words and runs where
 * they occur, pinyin and initials on the characters they spell (pinyin-pro's `match`, the same
 * library the index uses), Latin words in an English title.
 */
export function highlight(text: string, query: string): TextPart[] {
  const chars = Array.from(text);
  const marks = new Array<boolean>(chars.length).fill(false);
  const lower = Array.from(normalizeText(text));
  const q = normalizeText(query);
  const markOccurrences = (needle: string) => {
    const n = Array.from(needle);
    if (n.length === 0) return;
    for (let i = 0; i + n.length <= lower.length; i++) {
      if (n.every((c, j) => lower[i + j] === c)) for (let j = 0; j < n.length; j++) marks[i + j] = true;
    }
  };
  for (const run of q.match(/[\p{Script=Han}]+/gu) ?? []) {
    markOccurrences(run);
    for (const word of segmentWords(run)) markOccurrences(word);
  }
  const latin = q.match(/[a-z0-9]+/g) ?? [];
  if (latin.length > 0) {
    if (isHan(text)) {
      const indices = match(text, latin.join(''), { precision: 'start', continuous: true, space: 'ignore', insensitive: true, v: true }) ?? [];
      for (const index of indices) if (index < marks.length) marks[index] = true;
    }
    for (const word of latin) if (word.length >= 2) markOccurrences(word);
  }
  const parts: TextPart[] = [];
  chars.forEach((char, i) => {
    const last = parts[parts.length - 1];
    if (last && last.hit === marks[i]) last.text += char;
    else parts.push({ text: char, hit: marks[i] ?? false });
  });
  return parts;
}
