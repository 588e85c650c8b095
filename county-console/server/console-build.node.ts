import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
export const consoleDistDir = path.join(repositoryRoot, 'dist/county-console');

/** Builds the console's single-page app with Vite into dist/county-console. */
export function buildConsole(): void {
  const vite = path.join(repositoryRoot, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--config', 'county-console/vite.config.ts', '--logLevel', 'warn'], { cwd: repositoryRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the county console did not build (see the output above)');
}
