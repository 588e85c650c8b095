import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, sourceFiles } from './import-graph';

const ROOT = process.cwd();
const ROOMS = ['electron', 'sync', 'renderer', 'kiosk-config', 'tests', 'bench', 'scripts'];

describe('import cycles (DESIGN.md §2: no import cycles)', () => {
  it('the repository has none, type-only imports included', () => {
    const files = sourceFiles(ROOT, ROOMS);
    expect(files.length).toBeGreaterThan(300);
    const cycles = findCycles(buildImportGraph(files)).map((cycle) => cycle.map((file) => path.relative(ROOT, file)));
    expect(cycles).toEqual([]);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a cycle made only of type imports (the screens ⇄ screen-props kind)', () => {
    writeFileSync(path.join(dir, 'table.ts'), "import { screen } from './screen';\nexport interface Props { id: string }\nexport const table = [screen];\n");
    writeFileSync(path.join(dir, 'screen.ts'), "import type { Props } from './table';\nexport const screen = (p: Props) => p.id;\n");
    writeFileSync(path.join(dir, 'leaf.ts'), "import { screen } from './screen';\nexport const leaf = screen;\n");
    const cycles = findCycles(buildImportGraph(sourceFiles(dir, ['.'])));
    expect(cycles.map((cycle) => cycle.map((file) => path.basename(file)))).toEqual([['screen.ts', 'table.ts']]);
  });
});
