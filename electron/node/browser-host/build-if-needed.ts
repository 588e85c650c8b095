import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose contents end up in the renderer bundle. */
const SOURCE_DIRS = ['renderer', 'electron/common', 'sync/schema', 'sync/replication', 'sync/blobs', 'kiosk-config'];

function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/renderer is missing or older than any renderer-side source. */
export function rendererBuildIsStale(repoRoot: string): boolean {
  let built: number;
  try {
    built = statSync(path.join(repoRoot, 'dist/renderer/index.html')).mtimeMs;
  } catch {
    return true;
  }
  return SOURCE_DIRS.some((dir) => newestMtime(path.join(repoRoot, dir)) > built);
}

export function buildRenderer(repoRoot: string): void {
  const vite = path.join(repoRoot, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('renderer build failed (see above)');
}
