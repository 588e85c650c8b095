import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface KioskHostProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the host printed, for assertions and failure logs. */
  output(): string;
  /** Stops the host (SIGTERM, then SIGKILL); `kill` true simulates a crash. */
  stop(options?: { kill?: boolean }): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real browser-mode host as a child process, exactly as `npm run start:browser`
 * does, and resolves once it prints its ready line. Reuse `port` and `dataDir` to restart the
 * same kiosk (same origin, same IndexedDB in the same browser profile).
 */
export async function startKioskHost(
  options: { port?: number; dataDir?: string; config?: string; /** Extra environment, e.g. KIOSK_SPEECH=record. */ env?: Record<string, string> } = {},
): Promise<KioskHostProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const ownsDataDir = !options.dataDir;
  // `node --import tsx` (not the tsx wrapper) so the host is ONE process: a SIGKILL really kills it.
  const args = ['--import', 'tsx', 'electron/node/browser-host/browser-host-main.ts', '--port', String(port), '--data-dir', dataDir, '--no-open', '--no-build'];
  if (options.config) args.push('--config', options.config);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('Kiosk ready at ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  const url = /Kiosk ready at (\S+)/.exec(output)![1]!;
  return {
    url,
    port,
    dataDir,
    output: () => output,
    async stop({ kill = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(kill ? 'SIGKILL' : 'SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownsDataDir && !kill) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
