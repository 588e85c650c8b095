import { describe, expect, it } from 'vitest';
import { parseConfigText } from './parse-config-text';

function messageOf(text: string): string {
  const parsed = parseConfigText(text, 'site.json');
  if (parsed.ok) throw new Error('expected a problem');
  expect(parsed.problem).toMatchObject({ layer: 'site', source: 'site.json', path: '' });
  return parsed.problem.message;
}

describe('parseConfigText', () => {
  it('returns the parsed value, skipping a UTF-8 byte-order mark (Notepad)', () => {
    expect(parseConfigText('\uFEFF{"idle": {"warningSeconds": 60}}', 'site.json')).toEqual({ ok: true, raw: { idle: { warningSeconds: 60 } } });
  });

  it('names line and column of a missing comma', () => {
    expect(messageOf('{\n  "a": 1\n  "b": 2\n}')).toBe('not valid JSON at line 3, column 3: expected "," or "}" but found "\\""');
  });

  it('points at a trailing comma, which JSON.parse reports without a position', () => {
    expect(messageOf('{\n  "a": 1,\n}')).toBe('not valid JSON at line 3, column 1: expected another field (remove the last ",") but found "}"');
  });

  it('recognises Chinese full-width punctuation', () => {
    expect(messageOf('{"a"：1}')).toMatch(/line 1, column 5: expected ":" but found "："\s*\(a Chinese full-width character/);
  });

  it('reports a file that ends too early, text after the end and an empty file', () => {
    expect(messageOf('{"a": [1, 2')).toBe('not valid JSON at line 1, column 12: the file ends too early (expected "," or "]")');
    expect(messageOf('{"a": 1} x')).toBe('not valid JSON at line 1, column 10: expected the end of the file but found "x"');
    expect(messageOf(' \n')).toBe('the file is empty (expected a JSON object { … })');
  });

  it('reports unquoted names, single quotes and bad literals at their position', () => {
    expect(messageOf("{ idle: 1 }")).toBe('not valid JSON at line 1, column 3: expected a field name in double quotes but found "i"');
    expect(messageOf("{\"a\": 'x'}")).toBe('not valid JSON at line 1, column 7: expected a value but found "\'"');
    expect(messageOf('{"a": tru}')).toBe('not valid JSON at line 1, column 7: expected a value but found "t"');
    expect(messageOf('{"a": "x\\q"}')).toBe('not valid JSON at line 1, column 10: expected an escape such as \\" or \\n but found "q"');
  });

  it('labels the problem with the county layer when asked', () => {
    const parsed = parseConfigText('{', 'county.json', 'county');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.layer).toBe('county');
  });
});
