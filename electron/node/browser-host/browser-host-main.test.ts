import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LAUNCHER_FILE_NAME } from './chromium-launcher';

/**
 * The browser-mode host as `npm run start:browser` runs it (issue 8, finding 2): with --no-open
 * it prints exactly one line, the launch URL; when it starts Chromium itself, the launch code
 * never appears on a command line (any local user can read those).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-host-main-'));
  dirs.push(dir);
  return dir;
}

function startHost(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/node/browser-host/browser-host-main.ts', '--port', '0', '--no-build', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KIOSK_SPEECH: 'record', ...env },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${stdout}\n${stderr}`)), 30_000);
      const check = () => {
        if (pattern.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', check);
      check();
    });
  return { child, waitFor, stdout: () => stdout };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('browser-host-main', () => {
  it('--no-open prints exactly one line on stdout: "Kiosk ready at URL" with the launch code', async () => {
    const host = startHost(['--no-open', '--data-dir', tempDir()]);
    await host.waitFor(/\n/);
    // Give it a moment to print anything else it would.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.stdout()).toMatch(/^Kiosk ready at http:\/\/127\.0\.0\.1:\d+\/\?launch=[A-Za-z0-9_-]{43}\n$/);
    host.child.kill('SIGTERM');
    await exited(host.child);
  }, 40_000);

  it('starts Chromium on a 0600 launcher file, never with the code on its command line, and stops it', async () => {
    const dataDir = tempDir();
    const argsFile = path.join(dataDir, 'fake-chromium-args.txt');
    const fakeChromium = path.join(dataDir, 'fake-chromium.sh');
    const pidFile = path.join(dataDir, 'fake-chromium.pid');
    // The arguments file appears whole (written aside, then renamed): the test polls for it.
    writeFileSync(fakeChromium, `#!/bin/sh\necho $$ > '${pidFile}'\nprintf '%s\\n' "$@" > '${argsFile}.part' && mv '${argsFile}.part' '${argsFile}'\nexec sleep 120\n`);
    chmodSync(fakeChromium, 0o700);
    const host = startHost(['--data-dir', dataDir], { KIOSK_CHROMIUM: fakeChromium, KIOSK_WINDOWED: '1' });
    await host.waitFor(/Kiosk opened in Chromium at http:\/\/127\.0\.0\.1:\d+\/\n/);
    const launcher = path.join(dataDir, LAUNCHER_FILE_NAME);
    for (let i = 0; i < 400 && !existsSync(argsFile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const args = readFileSync(argsFile, 'utf8');
    expect(args).toContain(`--app=file://${launcher}`);
    expect(args).not.toContain('launch=');
    expect(statSync(launcher).mode & 0o777).toBe(0o600);
    const launchUrl = /url=([^"]+)"/.exec(readFileSync(launcher, 'utf8'))![1]!.replace(/&#38;/g, '&');
    expect(host.stdout()).not.toContain(launchUrl);
    // Chromium follows the launcher: the code is exchanged and the launcher file removed.
    const opening = await fetch(launchUrl);
    expect(opening.status).toBe(200);
    for (let i = 0; i < 200 && existsSync(launcher); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(launcher)).toBe(false);
    host.child.kill('SIGTERM');
    await exited(host.child);
    // The host stopped the browser it started, and waited for it (so reaped it) before exiting:
    // the process is gone the moment the host is, not merely signalled.
    const browserPid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(browserPid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  }, 40_000);
});
