import type { Linter } from 'eslint';
/** Typed view of import-boundaries.js for the test that lints sample imports. */
export declare const importBoundaries: Linter.Config[];
export declare const layoutRules: Linter.Config[];
