import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/start-electron.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('start-electron', () => {
  it('without an Electron binary prints one line pointing at browser mode and exits 1, no stack', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kiosk-no-electron-'));
    dirs.push(empty);
    const result = run([], { ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'Electron binary is not installed here (it downloads from GitHub); run the kiosk in browser mode instead: npm run start:browser',
    ]);
  });

  it('finds a binary the way electron/index.js does, without loading that module', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'kiosk-fake-electron-'));
    dirs.push(dist);
    // Like index.js: <override>/<path.txt or 'electron'> (path.txt says 'electron' on Linux).
    const executable = path.join(dist, 'electron');
    writeFileSync(executable, '#!/bin/sh\nexit 0\n');
    chmodSync(executable, 0o755);
    const result = run(['--check'], { ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
