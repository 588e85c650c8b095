import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Build the renderer (and the county console) once; every spec's host then starts with --no-build. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '../../..');
  const result = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('renderer build failed');
  // The county console (county-console.spec.ts) is served from its own build.
  const console = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--config', 'county-console/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (console.status !== 0) throw new Error('county console build failed');
}
