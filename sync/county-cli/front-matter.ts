/**
 * Markdown with a front-matter block, as county staff write policies:
 *
 *   ---
 *   id: policy-pension-2025
 *   title: 城乡居民基本养老保险
 *   tags: [养老, 社保]
 *   ---
 *   ## 参保对象 …
 *
 * The front matter is the small YAML subset such files use — `key: value`, `key: [a, b]`, a
 * `key:` followed by `  - item` lines or by `  sub: value` lines — parsed here rather than
 * with a YAML library the project does not have. Anything else is an error with its line.
 */

export type FrontMatterValue = string | string[] | Record<string, string>;

export interface FrontMatterDocument {
  data: Record<string, FrontMatterValue>;
  body: string;
}

export class FrontMatterError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseFrontMatter(text: string): FrontMatterDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new FrontMatterError(1, 'expected the file to start with a "---" line');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new FrontMatterError(1, 'the front matter has no closing "---" line');
  return { data: parseBlock(lines.slice(1, end)), body: lines.slice(end + 1).join('\n').trim() };
}

function parseBlock(lines: string[]): Record<string, FrontMatterValue> {
  const data: Record<string, FrontMatterValue> = {};
  let open: { key: string; line: number } | undefined;
  lines.forEach((raw, index) => {
    const lineNumber = index + 2;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const indented = /^\s+/.test(raw);
    if (indented) {
      if (!open) throw new FrontMatterError(lineNumber, 'indented line outside a list or map');
      addNested(data, open.key, raw.trim(), lineNumber);
      return;
    }
    const match = /^([A-Za-z_][A-Za-z0-9_-]*):(.*)$/.exec(raw);
    if (!match) throw new FrontMatterError(lineNumber, 'expected "key: value"');
    const key = match[1] ?? '';
    const rest = (match[2] ?? '').trim();
    if (key in data) throw new FrontMatterError(lineNumber, `"${key}" is given twice`);
    if (rest === '') {
      open = { key, line: lineNumber };
      return;
    }
    open = undefined;
    data[key] = rest.startsWith('[') ? parseInlineList(rest, lineNumber) : parseScalar(rest, lineNumber);
  });
  if (open && !(open.key in data)) throw new FrontMatterError(open.line, `"${open.key}" has no value`);
  return data;
}

function addNested(data: Record<string, FrontMatterValue>, key: string, text: string, line: number): void {
  const current = data[key];
  if (text.startsWith('- ') || text === '-') {
    if (current !== undefined && !Array.isArray(current)) throw new FrontMatterError(line, `"${key}" mixes a list and a map`);
    data[key] = [...(current ?? []), parseScalar(text.slice(1).trim(), line)];
    return;
  }
  const match = /^([A-Za-z_][A-Za-z0-9_-]*):\s*(.*)$/.exec(text);
  if (!match) throw new FrontMatterError(line, `expected "- item" or "name: value" under "${key}"`);
  if (current !== undefined && (typeof current === 'string' || Array.isArray(current))) {
    throw new FrontMatterError(line, `"${key}" mixes a list and a map`);
  }
  data[key] = { ...current, [match[1] ?? '']: parseScalar(match[2] ?? '', line) };
}

function parseInlineList(text: string, line: number): string[] {
  if (!text.endsWith(']')) throw new FrontMatterError(line, 'a list must end with "]"');
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  // Split on commas (ASCII or full-width, as typed with a Chinese keyboard) outside quotes.
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of inner) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ',' || char === '，') {
      items.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  items.push(current);
  return items.map((item) => parseScalar(item.trim(), line));
}

function parseScalar(text: string, line: number): string {
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // fall through to the error below
    }
    throw new FrontMatterError(line, `unterminated or invalid "quoted" text: ${text}`);
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new FrontMatterError(line, `unterminated 'quoted' text: ${text}`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  // A trailing " # comment" is YAML's comment syntax; '#' inside a word stays.
  return text.replace(/\s+#.*$/, '').trim();
}
