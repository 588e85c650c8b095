import { DESIGN_SOURCES } from './design-sources.generated';

/**
 * Design-document functions live in reviewed `.js` files in design/ (validate-village.js, …),
 * each a `//` header followed by one parenthesised function expression. The installed string is
 * the bare `function (…) { … }` with nothing before it, because that is the one form every
 * engine accepts: CouchDB 3's couchjs rewrites an anonymous function source into an expression,
 * and pouchdb-server evaluates `"return " + source` — where a leading comment line would
 * trigger automatic semicolon insertion and yield `undefined`.
 *
 * The extracted sources are checked in as design-sources.generated.ts (this folder is
 * isomorphic: no file system at run time). design-sources.test.ts fails when it differs from
 * the .js files; regenerate with
 *   npx vitest run --project unit-node sync/couchdb/design-sources.test.ts -u
 */

export type DesignSourceFile = keyof typeof DESIGN_SOURCES;
export const DESIGN_SOURCE_FILES = Object.keys(DESIGN_SOURCES) as DesignSourceFile[];

/** The function source inside a design source file: header stripped, outer parentheses removed. */
export function extractFunctionSource(fileText: string): string {
  const lines = fileText.split(/\r?\n/);
  let first = 0;
  while (first < lines.length && /^\s*(\/\/.*)?$/.test(lines[first] ?? '')) first++;
  const body = lines.slice(first).join('\n').trim().replace(/;$/, '');
  if (!body.startsWith('(function') || !body.endsWith('})')) {
    throw new Error('a design source file must hold one parenthesised function expression after its // header');
  }
  return body.slice(1, -1).trim();
}

/**
 * Replaces each quoted placeholder `'__NAME__'` with the JSON string of its value. Every
 * placeholder must be supplied and used, so a validator can never be installed half-templated
 * (a literal '__VILLAGE__' would match no document and lock a village out).
 */
export function templateSource(source: string, values: Record<string, string>): string {
  let result = source;
  for (const [name, value] of Object.entries(values)) {
    const token = `'__${name}__'`;
    if (!result.includes(token)) throw new Error(`placeholder ${token} not found in design source`);
    result = result.split(token).join(JSON.stringify(value));
  }
  const left = /'__[A-Z_]+__'/.exec(result);
  if (left) throw new Error(`placeholder ${left[0]} was not given a value`);
  return result;
}

export function loadDesignFunction(file: DesignSourceFile, values: Record<string, string> = {}): string {
  return templateSource(DESIGN_SOURCES[file], values);
}

/** The text of design-sources.generated.ts for the given design/*.js file texts. */
export function buildDesignSourcesModule(files: Record<string, string>): string {
  const entries = Object.keys(files)
    .sort()
    .map((name) => `  ${JSON.stringify(name)}: ${JSON.stringify(extractFunctionSource(files[name] ?? ''))},`);
  return [
    '// GENERATED from sync/couchdb/design/*.js by buildDesignSourcesModule (design-source.ts). Do not edit.',
    '// Regenerate: npx vitest run --project unit-node sync/couchdb/design-sources.test.ts -u',
    'export const DESIGN_SOURCES = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
