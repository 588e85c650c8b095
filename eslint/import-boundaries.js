// @ts-check
/**
 * Import boundaries of DESIGN.md §2, as ESLint flat-config entries. Later entries replace the
 * rule for the files they match, so each zone states its full list of forbidden imports.
 * tests/unit/lint/import-boundaries.test.ts lints sample imports against these entries.
 */
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron (Node tests must never load it).' };
const nodeBuiltins = { group: ['node:*'], message: 'This folder is isomorphic or web-only: no Node built-ins (DESIGN.md §2).' };
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'electron/common, sync/ and kiosk-config/ import nothing runtime-specific.' };
const hostInternals = {
  group: ['**/electron/main', '**/electron/main/**', '**/electron/node', '**/electron/node/**', '**/electron/preload', '**/electron/preload/**'],
  message: 'The renderer reaches the host only through the contract in electron/common (DESIGN.md §3).',
};
const electronOnlyModules = { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'Only Electron code imports electron/main or electron/preload.' };
/** Sibling-relative spellings used from inside electron/ (e.g. electron/node → ../main). */
const siblingElectronOnly = { group: ['../main', '../main/**', '../../main/**', '../preload', '../preload/**', '../../preload/**'], message: 'Only Electron code imports electron/main or electron/preload.' };
const siblingHost = { group: ['../node', '../node/**', '../../node/**'], message: 'electron/common is shared with the renderer: it cannot import host services.' };
const rendererCode = { group: ['**/renderer/**', '**/renderer/src/**'], message: 'Only the renderer imports renderer code.' };

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
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, rendererCode) },
  },
  {
    name: 'boundaries/electron-only',
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': forbid(rendererCode) },
  },
  {
    name: 'boundaries/node-host',
    files: ['electron/node/**'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules, siblingElectronOnly, rendererCode) },
  },
  {
    name: 'boundaries/common',
    files: ['electron/common/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, react, electronOnlyModules, siblingElectronOnly, siblingHost, rendererCode) },
  },
  {
    name: 'boundaries/isomorphic',
    files: ['kiosk-config/**', 'sync/schema/**', 'sync/replication/**', 'sync/couchdb/**'],
    ignores: ['**/*.test.ts', '**/*.node.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, react, electronOnlyModules, rendererCode) },
  },
  {
    name: 'boundaries/renderer',
    files: ['renderer/**'],
    // The Vite config runs in Node at build time; it is not renderer code.
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': forbid(electron, nodeBuiltins, hostInternals) },
  },
  {
    // Renderer tests run in jsdom under Node, but must not reach host internals either.
    name: 'boundaries/tests-and-tools',
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': forbid(electron, electronOnlyModules) },
  },
];
