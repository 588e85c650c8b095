// @ts-check
import { roomsPlugin } from './relative-import-rooms.js';

/**
 * Import boundaries of DESIGN.md §2, as ESLint flat-config entries. Later entries replace the
 * rule for the files they match, so each zone states its full list of forbidden imports.
 * tests/unit/lint/import-boundaries.test.ts lints sample imports against these entries.
 */
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron (Node tests must never load it).' };
const nodeBuiltins = { group: ['node:*'], message: 'This folder is isomorphic or web-only: no Node built-ins (DESIGN.md §2).' };
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'electron/common, sync/ and kiosk-config/ import nothing runtime-specific.' };
// no-restricted-imports matches patterns with gitignore rules, where a leading '#' starts a
// comment: the subpath names are escaped ('\\#host/*').
/** Electron-only code, by its subpath names (package.json "imports") and by sibling-relative spellings inside electron/. */
const electronOnlyModules = {
  group: ['\\#electron-main/*', '\\#preload/*', '**/electron/main/**', '**/electron/preload/**', '../main', '../main/**', '../../main/**', '../preload', '../preload/**', '../../preload/**'],
  message: 'Only Electron code imports electron/main or electron/preload.',
};
const hostServices = { group: ['\\#host/*', '**/electron/node/**', '../node', '../node/**', '../../node/**'], message: 'Host services (electron/node) are reached only through the host contract (DESIGN.md §3).' };
const commonContract = { group: ['\\#common/*', '**/electron/common/**'], message: 'kiosk-config/ is below the host contract: electron/common imports it, not the other way round.' };
const consoleCode = { group: ['\\#county-console/*', '**/county-console/**'], message: 'The county console is its own program: only the county CLI (to serve it), tests and benchmarks import it.' };
const rendererCode = { group: ['**/renderer/**', '**/renderer/src/**'], message: 'Only the renderer imports renderer code.' };
/** The isomorphic OCR pipeline (renderer/src/ocr/core) by its name: electron/node, the renderer, tests and benchmarks may use it, nothing else. */
const ocrCore = { group: ['\\#ocr-core/*'], message: 'Only electron/node (the OCR CLI), the renderer, tests and benchmarks use the OCR pipeline (#ocr-core).' };
const runtimeLibraries = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'tesseract.js', 'onnxruntime-web', 'onnxruntime-web/*', 'onnxruntime-node', 'sharp'], message: 'renderer/src/ocr/core is isomorphic: no React, no engine runtime or image library (the engines are handed in by their runtime-specific callers).' };

/** @param {...({name: string, message: string} | {group: string[], message: string})} entries */
function forbid(...entries) {
  const paths = entries.filter((e) => 'name' in e);
  const patterns = entries.filter((e) => 'group' in e);
  return /** @type {const} */ (['error', { paths, patterns }]);
}

/** @type {import('eslint').Linter.Config[]} */
export const importBoundaries = [
  {
    name: 'boundaries/everywhere',
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/electron-only',
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': forbid(rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/node-host',
    files: ['electron/node/**'],
    // The OCR CLI shares the renderer's pipeline, and only that: '#ocr-core/…' is allowed,
    // every other renderer path stays forbidden.
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, rendererCode, consoleCode) },
  },
  {
    name: 'boundaries/common',
    files: ['electron/common/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, react, electronOnlyModules, hostServices, rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/isomorphic',
    files: ['sync/schema/**', 'sync/replication/**', 'sync/blobs/**', 'sync/couchdb/**', 'sync/search/**'],
    ignores: ['**/*.test.ts', '**/*.node.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, react, electronOnlyModules, hostServices, rendererCode, ocrCore) },
  },
  {
    // The county side and the kiosk host are different programs: sync/ (county tool included)
    // shares code with the host only through sync/, kiosk-config/ and electron/common.
    name: 'boundaries/sync-node',
    files: ['sync/**/*.node.ts', 'sync/**/*.test.ts', 'sync/county-cli/**'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, hostServices, rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/kiosk-config',
    files: ['kiosk-config/**'],
    ignores: ['**/*.test.ts', '**/*.node.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, react, electronOnlyModules, hostServices, commonContract, rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/kiosk-config-node',
    files: ['kiosk-config/**/*.node.ts', 'kiosk-config/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, hostServices, commonContract, rendererCode, ocrCore) },
  },
  {
    name: 'boundaries/renderer',
    files: ['renderer/**'],
    // The Vite config runs in Node at build time; it is not renderer code. The OCR core has its own zone.
    ignores: ['renderer/vite.config.ts', 'renderer/src/ocr/core/**'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, electronOnlyModules, hostServices, consoleCode) },
  },
  {
    // The county's web console runs in an office browser: web-only like the renderer, and it
    // shares code with the kiosk only through the isomorphic sync/ and kiosk-config/ rooms, and
    // the kiosk's policy Markdown rules by their one name (#kiosk-policy-markdown), so the
    // preview shows exactly what a kiosk will.
    name: 'boundaries/county-console',
    files: ['county-console/src/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, electronOnlyModules, hostServices, rendererCode, commonContract) },
  },
  {
    // Its server (static files + the CouchDB proxy) and build run in Node, never the kiosk host.
    name: 'boundaries/county-console-node',
    files: ['county-console/server/**', 'county-console/vite.config.ts', 'county-console/**/*.test.ts', 'county-console/**/*.test.tsx'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, hostServices, rendererCode) },
  },
  {
    // Isomorphic like sync/: the renderer's OCR workers and the Node CLI run these files as they
    // are, so no Node built-ins, no React or DOM framework, no engine or image library at run
    // time, and no other renderer code (the room rule keeps relative imports inside the folder).
    name: 'boundaries/ocr-core',
    files: ['renderer/src/ocr/core/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, runtimeLibraries, electronOnlyModules, hostServices, commonContract, rendererCode) },
  },
  {
    // Renderer tests run in jsdom under Node, but must not reach host internals either.
    name: 'boundaries/tests-and-tools',
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules) },
  },
];

/**
 * Layout rule of DESIGN.md §2 beyond the zones: no relative import leaves its room. (Import
 * cycles, type-only ones included, are found by tests/unit/lint/import-cycles.test.ts, which
 * walks the whole graph with TypeScript's own resolver.)
 */
export const layoutRules = [
  {
    name: 'layout/rooms',
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { rooms: roomsPlugin },
    rules: { 'rooms/relative-import-stays-in-room': 'error' },
  },
];
