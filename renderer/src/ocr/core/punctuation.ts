/**
 * Punctuation the way a Chinese document has it (issue 12): full-width marks beside Chinese
 * text (，。：；？！（）), half-width inside numbers and Latin runs (8:00, 3.5, WiFi,). Engines
 * disagree here: tesseract's chi_sim model returns half-width commas and colons between Chinese
 * characters, and either engine may return a full-width colon inside a time. Pure text rule,
 * applied to every engine's output, so the two read the same.
 */
const HALF_TO_FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const FULL_TO_HALF: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** Full-width ASCII letters and digits (ＡＢＣ１２３) become ASCII; engines emit them inside IDs. */
function foldFullWidthAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function normalisePunctuation(text: string): string {
  const chars = [...foldFullWidthAlnum(text)];
  const out: string[] = [];
  const lineHasCjk = chars.some((c) => /[\u3400-\u9fff]/u.test(c));
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const before = previousVisible(chars, i);
    const after = nextVisible(chars, i);
    const halfVersion = FULL_TO_HALF[c];
    const fullVersion = HALF_TO_FULL[c];
    if (halfVersion !== undefined && isDigit(before) && isDigit(after) && (c === '：' || c === '。' || c === '，')) {
      // 8：00 → 8:00, 3。5 → 3.5, 1，000 → 1,000: inside a number the marks are half-width.
      out.push(halfVersion);
    } else if (fullVersion !== undefined && !(isDigit(before) && isDigit(after)) && (isCjk(before) || (isCjk(after) && c !== '.') || endsChineseSentence(c, before, after, lineHasCjk))) {
      out.push(fullVersion);
    } else {
      out.push(c);
    }
  }
  // Spaces an engine leaves between two Chinese characters, or beside a full-width mark, are
  // never in the document (a full-width mark carries its own spacing).
  return out
    .join('')
    .replace(/(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])/gu, '')
    .replace(/[ \t]*([，。：；？！（）、])[ \t]*/gu, '$1');
}

/** "…名称为QingShan-Office." — a Latin word ending a Chinese sentence still takes 。 */
function endsChineseSentence(c: string, before: string | undefined, after: string | undefined, lineHasCjk: boolean): boolean {
  return c === '.' && lineHasCjk && before !== undefined && /[A-Za-z]/.test(before) && (after === undefined || isCjk(after));
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function previousVisible(chars: string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) if (chars[k] !== ' ') return chars[k];
  return undefined;
}

function nextVisible(chars: string[], i: number): string | undefined {
  for (let k = i + 1; k < chars.length; k++) if (chars[k] !== ' ') return chars[k];
  return undefined;
}
