import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

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
