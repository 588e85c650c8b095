// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import boundaries of DESIGN.md §2, enforced here (not by goodwill). Each zone lists what its
 * files may NOT import; `tests/unit/lint/boundaries.test.ts` proves each rule fires.
 */
const electronOnly = { name: 'electron', message: 'Only electron/main and electron/preload may import electron (Node tests must never load it).' };
const nodeBuiltins = { group: ['node:*'], message: 'This folder is isomorphic or web-only: no Node built-ins (DESIGN.md §2).' };
const reactInIsomorphic = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'electron/common, sync/ and kiosk-config/ import nothing runtime-specific.' };
const hostInternals = {
  group: ['**/electron/main', '**/electron/main/**', '**/electron/node', '**/electron/node/**', '**/electron/preload', '**/electron/preload/**'],
  message: 'The renderer reaches the host only through the contract in electron/common (DESIGN.md §3).',
};
const electronFromNodeSide = { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'Node-side code must not import Electron-only modules.' };
const rendererFromOutside = { group: ['**/renderer/**'], message: 'Only the renderer imports renderer code.' };

const restrict = (...entries) => {
  const paths = entries.filter((e) => 'name' in e);
  const patterns = entries.filter((e) => 'group' in e);
  return ['error', { paths, patterns }];
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', 'sync/couchdb/design/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Zod/RxDB generics make some `any` flows unavoidable at library edges; they are typed at our boundary.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Handlers are often async for interface uniformity even when they do not await.
      '@typescript-eslint/require-await': 'off',
      // Template literals with numbers are normal in log and UI text.
      '@typescript-eslint/restrict-template-expressions': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: 'No focused or skipped tests.' },
      ],
      'no-restricted-imports': restrict(electronOnly, electronFromNodeSide, rendererFromOutside),
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': restrict(rendererFromOutside) },
  },
  {
    files: ['electron/common/**', 'kiosk-config/**', 'sync/schema/**', 'sync/replication/**', 'sync/couchdb/**'],
    ignores: ['**/*.test.ts', '**/*.node.ts'],
    rules: { 'no-restricted-imports': restrict(electronOnly, nodeBuiltins, reactInIsomorphic, rendererFromOutside, electronFromNodeSide) },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(electronOnly, nodeBuiltins, hostInternals),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
