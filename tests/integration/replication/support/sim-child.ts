import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The sync simulator (sync/replication/simulator/sync-sim.node.ts) bundled once with esbuild, so each
 * child starts in about half a second instead of compiling TypeScript on every start. The
 * bundle lives under node_modules/.cache so its bare imports (rxdb, …) resolve as usual.
 */
export async function bundleSimulator(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules/.cache/replication-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `sync-sim-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'sync/replication/simulator/sync-sim.node.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface SimRun {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed) and what it printed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function runSimulator(bundle: string, args: string[]): SimRun {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}
