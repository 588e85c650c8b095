/**
 * Where a JSON text goes wrong, as line and column, for people fixing a site file in Notepad.
 * `JSON.parse` errors name no position for many mistakes (Node 20: "Unexpected token '}', … is
 * not valid JSON"), so this small scanner walks the text by the JSON grammar and stops at the
 * first character that cannot continue it. Only called after `JSON.parse` has failed.
 */

export interface JsonErrorLocation {
  line: number;
  column: number;
  /** Plain description: `expected "," or "}" but found "\""`. */
  message: string;
}

/** Thrown inside the scanner to unwind from any depth to the first error; never escapes it. */
class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(`expected ${expected} at offset ${offset}`);
  }
}

/** Full-width punctuation typed with a Chinese input method looks right but is not JSON. */
const FULL_WIDTH = /[\u201c\u201d\u2018\u2019\uff0c\uff1a\uff5b\uff5d\uff3b\uff3d\u3000]/;

export function locateJsonError(text: string): JsonErrorLocation | undefined {
  try {
    const end = new Scanner(text).document();
    if (end === text.length) return undefined;
    throw new Stop(end, 'the end of the file');
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: describeStop(text, error) };
  }
}

function describeStop(text: string, stop: Stop): string {
  const found = text[stop.offset];
  if (found === undefined) return `the file ends too early (expected ${stop.expected})`;
  const hint = FULL_WIDTH.test(found) ? ' (a Chinese full-width character: type it with the English keyboard)' : '';
  return `expected ${stop.expected} but found ${JSON.stringify(found)}${hint}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  /** Returns the offset after the top-level value and trailing white space. */
  document(): number {
    this.value();
    this.space();
    return this.i;
  }

  private value(): void {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c !== undefined && /[-0-9]/.test(c)) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    throw new Stop(this.i, 'a value');
  }

  private object(): void {
    this.i++;
    if (this.peek() === '}') return void this.i++;
    for (;;) {
      if (this.peek() !== '"') throw new Stop(this.i, this.text[this.i] === '}' ? 'another field (remove the last ",")' : 'a field name in double quotes');
      this.string();
      if (this.peek() !== ':') throw new Stop(this.i, '":"');
      this.i++;
      this.value();
      if (this.next(',', '}', '"," or "}"') === '}') return;
    }
  }

  private array(): void {
    this.i++;
    if (this.peek() === ']') return void this.i++;
    for (;;) {
      this.value();
      if (this.next(',', ']', '"," or "]"') === ']') return;
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined || c === '\n' || c === '\r') throw new Stop(this.i, 'a closing double quote');
      if (c === '"') return void this.i++;
      if (c === '\\') {
        const escape = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(this.text.slice(this.i, this.i + 6));
        if (!escape) throw new Stop(this.i + 1, 'an escape such as \\" or \\n');
        this.i += escape[0].length;
      } else {
        if (c < ' ') throw new Stop(this.i, 'visible text (no control characters)');
        this.i++;
      }
    }
  }

  private number(): void {
    const match = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    match.lastIndex = this.i;
    const found = match.exec(this.text);
    if (!found) throw new Stop(this.i, 'a number');
    this.i += found[0].length;
  }

  /** Skips white space and returns the next character without consuming it. */
  private peek(): string | undefined {
    this.space();
    return this.text[this.i];
  }

  private next(separator: string, closer: string, expected: string): string {
    const c = this.peek();
    if (c !== separator && c !== closer) throw new Stop(this.i, expected);
    this.i++;
    return c;
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] ?? '')) this.i++;
  }
}
