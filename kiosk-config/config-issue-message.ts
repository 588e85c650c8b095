import { z } from 'zod';

/**
 * Plain-language messages for configuration problems, built from zod's issue data (code,
 * expected, bounds, input, the object's known fields). Used as a per-parse error map, so
 * messages written into the schema itself (regex explanations, "at least one …") still win.
 * Messages are read by county IT and clerks looking at a site file, so they name the value
 * that was found: `expected a number, got string "abc"`.
 */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing (expected ${typeName(issue.expected)})` : `expected ${typeName(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? 'the value ' : 'one of '}${issue.values.map(literal).join(', ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return `${boundText('at least', 'more than', issue.origin, issue.minimum, issue.inclusive)}, got ${describeValue(issue.input)}`;
    case 'too_big':
      return `${boundText('at most', 'less than', issue.origin, issue.maximum, issue.inclusive)}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.format === 'url'
        ? `must be a web address starting with http:// or https://, got ${describeValue(issue.input)}`
        : `is not a valid ${issue.format}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return unknownFieldsMessage(issue.keys, knownFields(issue.schema));
    case 'invalid_union':
      return `expected ${unionExpectations(issue.errors)}, got ${describeValue(issue.input)}`;
    default:
      return undefined; // zod's own English message
  }
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a text (string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function literal(value: unknown): string {
  return value === '' ? 'an empty text ""' : JSON.stringify(value) ?? String(value);
}

/** `string "abc"`, `number 5`, `a list`, … Long texts are shortened: a message is one line. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

function boundText(inclusiveWord: string, exclusiveWord: string, origin: string, bound: number | bigint, inclusive = true): string {
  const word = inclusive ? inclusiveWord : exclusiveWord;
  const n = Number(bound);
  switch (origin) {
    case 'array':
    case 'set':
      return `must have ${word} ${n} ${n === 1 ? 'entry' : 'entries'}`;
    case 'string':
      return n === 1 && word === 'at least' ? 'must not be empty' : `must be ${word} ${n} characters long`;
    default:
      return `must be ${word} ${n}`;
  }
}

function knownFields(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Unknown fields named in one message; the rest are counted (a typo is in the first few). */
const NAMED_UNKNOWN_FIELDS = 5;

function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.slice(0, NAMED_UNKNOWN_FIELDS).map((key) => {
    const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
    const guess = closest(key, known);
    return guess === undefined ? shown : `${shown} (did you mean "${guess}"?)`;
  });
  const more = keys.length - parts.length;
  return `unknown field${keys.length === 1 ? '' : 's'} ${parts.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The known field a typo most likely meant: small edit distance relative to its length. */
function closest(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined; // no field name is that long; spare the edit distance
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= Math.max(2, Math.floor(name.length / 4)) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** What each alternative of a union wanted, e.g. `an empty text "" or a text (string)`. */
function unionExpectations(branches: readonly (readonly z.core.$ZodIssue[])[]): string {
  const wanted = branches.map((issues) => {
    const first = issues[0];
    if (first?.code === 'invalid_type') return typeName(first.expected);
    if (first?.code === 'invalid_value') return first.values.map(literal).join(' or ');
    return 'another form';
  });
  return [...new Set(wanted)].join(' or ');
}
