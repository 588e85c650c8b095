import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { compileDesignFunction } from './design-function-sandbox.node';
import { buildDesignSourcesModule, DESIGN_SOURCE_FILES, extractFunctionSource, loadDesignFunction, templateSource } from './design-source';

const DESIGN_DIR = new URL('./design/', import.meta.url);
const files = Object.fromEntries(
  readdirSync(DESIGN_DIR)
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name, readFileSync(new URL(name, DESIGN_DIR), 'utf8')]),
);

describe('design source files', () => {
  it('are what design-sources.generated.ts installs (regenerate with -u)', async () => {
    await expect(buildDesignSourcesModule(files)).toMatchFileSnapshot('./design-sources.generated.ts');
    expect([...DESIGN_SOURCE_FILES].sort()).toEqual(Object.keys(files).sort());
  });

  for (const [name, text] of Object.entries(files)) {
    it(`${name} is ES5, so any CouchDB 3 query server (SpiderMonkey 1.8.5 included) can run it`, () => {
      // acorn comes with the toolchain (eslint, vite); ecmaVersion 5 rejects let/const, arrows, templates.
      expect(() => parse(text, { ecmaVersion: 5 })).not.toThrow();
    });
  }

  it('installs a bare anonymous function: pouchdb-server evaluates "return " + source, so nothing may precede it', () => {
    const source = loadDesignFunction('validate-policies.js');
    expect(source.startsWith('function (newDoc, oldDoc, userCtx')).toBe(true);
    // Evaluated the way pouchdb-server's couchdb-eval does ("return " + source).
    const viaReturn = compileDesignFunction(`(function () { return ${source}; })`)();
    expect(typeof viaReturn).toBe('function');
  });

  it('refuses a validator with a placeholder left unfilled, and a value for a missing placeholder', () => {
    expect(() => loadDesignFunction('validate-village.js', { VILLAGE: 'shangzhuang' })).toThrow(/'__DB_KIND__' was not given a value/);
    expect(() => loadDesignFunction('validate-village.js', { VILLAGE: 'a', DB_KIND: 'reports', EXTRA: 'x' })).toThrow(/'__EXTRA__' not found/);
  });

  it('templates values as JSON string literals, so a value cannot inject code', () => {
    const source = templateSource("function () { return '__V__'; }", { V: "x'; throw 1; '" });
    expect(compileDesignFunction<() => string>(source)()).toBe("x'; throw 1; '");
  });

  it('rejects a file that is not one parenthesised function after its header', () => {
    expect(() => extractFunctionSource('// header\nvar x = 1;\n')).toThrow(/one parenthesised function/);
  });
});
