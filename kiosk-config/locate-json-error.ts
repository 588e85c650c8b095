import { printParseErrorCode, visit } from 'jsonc-parser';

/**
 * Where a JSON text goes wrong, as line and column, for people fixing a site file in Notepad.
 * `JSON.parse` errors name no position for many mistakes (Node 20: "Unexpected token '}', … is
 * not valid JSON"). jsonc-parser (VS Code's settings parser) scans the text and reports every
 * error with its offset; this file only turns its first error into words a clerk can act on.
 * Only called after `JSON.parse` has failed.
 */

export interface JsonErrorLocation {
  line: number;
  column: number;
  /** Plain description: `expected "," or "}" but found "\""`. */
  message: string;
}

interface ScanError {
  /** jsonc-parser's name for the error (its enum is `const`, so its names are the stable surface). */
  code: string;
  offset: number;
  length: number;
  /** The innermost container open when the error was seen. */
  inside: 'object' | 'array' | 'top';
}

/** Full-width punctuation typed with a Chinese input method looks right but is not JSON. */
const FULL_WIDTH = /[\u201c\u201d\u2018\u2019\uff0c\uff1a\uff5b\uff5d\uff3b\uff3d\u3000]/;

export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const errors = scan(text);
  const first = errors[0];
  if (!first) return undefined;
  const offset = pointInsideToken(text, first);
  // An unknown symbol (a full-width colon, `idle`, `'x'`) says nothing of what was expected: the
  // parser's next error, about the same place, does.
  const explained = first.code === 'InvalidSymbol' ? (errors[1] ?? first) : first;
  const expected = expectation(explained, text[offset]);
  const found = text[offset];
  const message =
    found === undefined
      ? `the file ends too early (expected ${expected})`
      : `expected ${expected} but found ${JSON.stringify(found)}${FULL_WIDTH.test(found) ? ' (a Chinese full-width character: type it with the English keyboard)' : ''}`;
  return { ...lineAndColumn(text, offset), message };
}

function scan(text: string): ScanError[] {
  const errors: ScanError[] = [];
  const open: ('object' | 'array')[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void open.push('object'),
      onArrayBegin: () => void open.push('array'),
      onObjectEnd: () => void open.pop(),
      onArrayEnd: () => void open.pop(),
      onError: (code, offset, length) => void errors.push({ code: printParseErrorCode(code), offset, length, inside: open.at(-1) ?? 'top' }),
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return errors;
}

/** String errors are reported at the string's start; the clerk needs the offending character. */
function pointInsideToken(text: string, error: ScanError): number {
  const token = text.slice(error.offset, error.offset + error.length);
  switch (error.code) {
    case 'InvalidEscapeCharacter': {
      const bad = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(token);
      return bad ? error.offset + bad.index + 1 : error.offset;
    }
    case 'InvalidCharacter': {
      const control = [...token].findIndex((c, i) => i > 0 && c < ' ');
      return control > 0 ? error.offset + control : error.offset;
    }
    case 'UnexpectedEndOfString':
      return error.offset + error.length;
    default:
      return error.offset;
  }
}

function expectation(error: ScanError, found: string | undefined): string {
  switch (error.code) {
    case 'ColonExpected':
      return '":"';
    case 'CommaExpected':
      return error.inside === 'array' ? '"," or "]"' : '"," or "}"';
    case 'CloseBraceExpected':
      return '"," or "}"';
    case 'CloseBracketExpected':
      return '"," or "]"';
    case 'PropertyNameExpected':
      return found === '}' ? 'another field (remove the last ",")' : 'a field name in double quotes';
    case 'UnexpectedEndOfString':
      return 'a closing double quote';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'an escape such as \\" or \\n';
    case 'InvalidCharacter':
      return 'visible text (no control characters)';
    case 'EndOfFileExpected':
      return 'the end of the file';
    case 'InvalidSymbol':
      return error.inside === 'top' ? 'the end of the file' : 'a value';
    default:
      return 'a value';
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
