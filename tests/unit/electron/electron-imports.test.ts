import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const COMPOSITION_ROOTS = new Set(['electron/main/main.ts', 'electron/preload/preload.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [relative] : [];
  });
}

// `import ... from 'electron'`, `import('electron')`, `require('electron')`, including `import type`.
const ELECTRON_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;

describe('electron imports', () => {
  it('only the two composition roots import electron, so every other module loads in plain Node', () => {
    const offenders = ['electron/main', 'electron/preload']
      .flatMap(sourceFiles)
      .filter((file) => !COMPOSITION_ROOTS.has(file))
      .filter((file) => ELECTRON_IMPORT.test(readFileSync(path.join(repoRoot, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the detector recognises the forms it must catch', () => {
    for (const line of ["import { app } from 'electron';", 'import type { WebContents } from "electron";', "const { ipcRenderer } = require('electron');", "await import('electron/main')"]) {
      expect(ELECTRON_IMPORT.test(line), line).toBe(true);
    }
    expect(ELECTRON_IMPORT.test("import { x } from './electron-host-services';")).toBe(false);
  });
});
