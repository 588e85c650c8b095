import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomically } from '../county/atomic-write-file';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env = process.env): string | null {
  const fromEnv = env.KIOSK_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Chromium flags for browser mode. The profile lives in the data dir so the kiosk's
 * IndexedDB survives restarts; background networking is off because county traffic goes
 * through the host only and the village uplink is precious.
 */
export function chromiumArgs(url: string, dataDir: string, kiosk: boolean): string[] {
  // `url` is the launcher page's file:// URL, never the launch URL itself (launcherPage below).
  return [
    `--app=${url}`,
    ...(kiosk ? ['--kiosk'] : []),
    `--user-data-dir=${path.join(dataDir, 'chromium-profile')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,MediaRouter',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export function openChromium(executable: string, args: string[]): ChildProcess {
  return spawn(executable, args, { stdio: 'ignore', detached: false });
}

export const LAUNCHER_FILE_NAME = 'kiosk-launch.html';

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The launch URL carries the one-time code; a process's command line is readable by every
 * local user (`ps`, /proc/PID/cmdline), so Chromium is started on a page in the kiosk's data
 * directory instead: a 0600 file that only the kiosk's user can read, which forwards to the
 * launch URL. The host removes it as soon as the code is exchanged. Returns its file:// URL.
 */
export function writeLauncherPage(dataDir: string, launchUrl: string): { url: string; remove(): void } {
  const file = path.join(dataDir, LAUNCHER_FILE_NAME);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escapeAttribute(launchUrl)}"><title>正在打开 · Opening</title></head><body></body></html>\n`;
  writeFileAtomically(file, new TextEncoder().encode(html), 0o600);
  return { url: pathToFileURL(file).href, remove: () => rmSync(file, { force: true }) };
}
