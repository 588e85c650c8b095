#!/usr/bin/env node
// `npm start`: runs the built kiosk (dist/electron/main/main.cjs via package.json "main") in
// Electron. The Electron binary downloads from GitHub, which is not reachable on every machine
// we build on; then this prints one line pointing at browser mode and exits 1.
//
// It never calls require('electron'): that module's index.js downloads the binary when it is
// missing. Instead it reads the same files index.js reads (path.txt, dist/<path.txt>, and
// ELECTRON_OVERRIDE_DIST_PATH).
//
// usage: node scripts/start-electron.mjs [--check] [-- electron args...]
//   --check  only report whether Electron can start (exit 0/1), e.g. before a build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MISSING =
  'Electron binary is not installed here (it downloads from GitHub); run the kiosk in browser mode instead: npm run start:browser';

function electronExecutable() {
  let packageDir;
  try {
    // Resolving package.json reads no code of the package.
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

const args = process.argv.slice(2);
const checkOnly = args[0] === '--check';
const electronArgs = args.filter((arg, index) => !(index === 0 && arg === '--check') && arg !== '--');

const executable = electronExecutable();
if (!executable) {
  console.error(MISSING);
  process.exit(1);
}
if (checkOnly) process.exit(0);

const mainFile = path.join(repoRoot, 'dist/electron/main/main.cjs');
if (!existsSync(mainFile)) {
  console.error('The Electron main bundle is missing: run npm run build:electron first.');
  process.exit(1);
}

// `.` = this package: Electron loads package.json "main" (dist/electron/main/main.cjs).
const child = spawn(executable, ['.', ...electronArgs], { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`Electron could not be started: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
