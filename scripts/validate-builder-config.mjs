#!/usr/bin/env node
// Validates electron-builder.yml against the JSON schema electron-builder itself ships
// (node_modules/app-builder-lib/scheme.json, draft-07), so a typo or misplaced key fails here
// on a machine where electron-builder cannot package (no Electron zip, no GitHub).
//
// Ajv runs in strict mode, with two allowances the schema needs: union types, and the
// non-standard `typeof` keyword, which the schema generator emits for TypeScript types JSON
// Schema cannot express (functions, some records). electron-builder ignores that keyword
// (it compiles the schema with strict: false); it is registered here as an annotation so it
// is ignored the same way, while any other unknown keyword still fails loudly.
// Types are not coerced: `asar: "true"` is an error here even though electron-builder would coerce it.
//
// usage: node scripts/validate-builder-config.mjs [config.yml]   (default: electron-builder.yml)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// js-yaml is electron-builder's own YAML parser (a dependency of app-builder-lib/builder-util).
const yaml = require('js-yaml');
const Ajv = require('ajv').default;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configPath = path.resolve(process.cwd(), process.argv[2] ?? path.join(repoRoot, 'electron-builder.yml'));
const schemaPath = require.resolve('app-builder-lib/scheme.json');

/** The value at a JSON pointer inside `data`. */
function at(data, pointer) {
  if (pointer === '') return data;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((value, key) => (value == null ? undefined : value[key]), data);
}

const isWithin = (pointer, parent) => pointer === parent || pointer.startsWith(`${parent}/`);

/**
 * Readable errors. Ajv reports every failed branch of an anyOf ("must be object", "must be
 * null", "provider must be github", "provider must be gitlab", ...). For each outermost failing
 * anyOf, validate the value against each branch alone and explain only the closest one: a
 * branch whose top-level type is wrong is out; one whose discriminating constant differs is far;
 * otherwise fewer errors is closer. When every branch has the wrong type, say which types fit.
 */
function describeErrors(errors, data, ajv, definitions, base = '') {
  const anyOfErrors = errors.filter((e) => e.keyword === 'anyOf');
  const outer = anyOfErrors.filter((e) => !anyOfErrors.some((o) => o !== e && o.instancePath !== e.instancePath && isWithin(e.instancePath, o.instancePath)));
  const lines = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || outer.some((o) => isWithin(error.instancePath, o.instancePath))) continue;
    const detail = error.keyword === 'additionalProperties' ? `: "${error.params.additionalProperty}"` : error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : '';
    lines.push(`${base}${error.instancePath || ''} ${error.message}${detail}`.trim());
  }
  for (const anyOf of outer) {
    const value = at(data, anyOf.instancePath);
    const where = `${base}${anyOf.instancePath}`;
    let best = null;
    const types = [];
    for (const branch of anyOf.schema) {
      const validateBranch = ajv.compile({ definitions, ...branch });
      if (validateBranch(value)) continue;
      const branchErrors = validateBranch.errors ?? [];
      const rootType = branchErrors.find((e) => e.keyword === 'type' && e.instancePath === '');
      if (rootType) {
        types.push(String(rootType.params.type));
        continue;
      }
      const score = branchErrors.filter((e) => e.keyword === 'const').length * 1000 + branchErrors.length;
      if (!best || score < best.score) best = { score, branchErrors };
    }
    if (best) lines.push(...describeErrors(best.branchErrors, value, ajv, definitions, where));
    else lines.push(`${where || '(top level)'} must be ${[...new Set(types)].join(' or ')}`);
  }
  return [...new Set(lines)];
}

function fail(lines) {
  console.error(`${path.relative(process.cwd(), configPath) || configPath}: invalid electron-builder configuration`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}

let config;
try {
  config = yaml.load(readFileSync(configPath, 'utf8'), { filename: configPath });
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
}
if (config === null || typeof config !== 'object' || Array.isArray(config)) fail(['the file must contain a mapping']);

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
ajv.addKeyword({ keyword: 'typeof', schemaType: 'string' });
const validate = ajv.compile(schema);

if (!validate(config)) fail(describeErrors(validate.errors ?? [], config, ajv, schema.definitions));
console.log(`${path.relative(process.cwd(), configPath) || configPath}: OK (electron-builder ${require('app-builder-lib/package.json').version} schema)`);
