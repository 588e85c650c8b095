#!/usr/bin/env node
// Bundles the Electron main process and the preload into one CommonJS file each
// (dist/electron/main/main.cjs, dist/electron/preload/preload.cjs).
//
// Why bundles: the preload runs sandboxed, where `require` only knows 'electron' (and a few
// built-ins), so it must be a single self-contained file; main is bundled too so the packaged
// app ships only dist/ plus the native node-hid, not the whole node_modules tree.
// Build fails on any esbuild warning (e.g. `import.meta` in CJS output is undefined at run
// time) and if the preload would require anything but 'electron'.
//
// usage: node scripts/build-electron.mjs [--outdir DIR]   (default dist/electron; tests use a temp dir)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } });
const outdir = path.resolve(repoRoot, values.outdir);

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22 in main and in the preload.
  target: 'node22',
  external: ['electron', 'node-hid'],
  // Prefer a package's ES module build: jsonc-parser's UMD build loads its parts with a dynamic
  // `require`, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  sourcemap: true,
  metafile: true,
  logLevel: 'silent',
  legalComments: 'none',
};

const targets = [
  // Main stays readable: its stack traces end up in the kiosk's log.
  { name: 'main', entry: 'electron/main/main.ts', outfile: path.join(outdir, 'main/main.cjs'), minify: false, allowedExternal: null },
  // Sandboxed preload: the only thing it may require at run time is 'electron'. Minified because
  // it is parsed on every page load and carries zod (the contract's tables define the names).
  { name: 'preload', entry: 'electron/preload/preload.ts', outfile: path.join(outdir, 'preload/preload.cjs'), minify: true, allowedExternal: new Set(['electron']) },
];

function externalImports(metafile) {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
}

let failed = false;
for (const target of targets) {
  let result;
  try {
    result = await build({ ...common, entryPoints: [target.entry], outfile: target.outfile, minify: target.minify });
  } catch (error) {
    for (const message of error.errors ?? []) console.error(`${target.name}: ${formatMessage(message)}`);
    if (!error.errors) console.error(`${target.name}: ${error.message}`);
    failed = true;
    continue;
  }
  for (const warning of result.warnings) {
    console.error(`${target.name}: warning treated as error: ${formatMessage(warning)}`);
    failed = true;
  }
  if (target.allowedExternal) {
    const forbidden = [...new Set(externalImports(result.metafile))].filter((p) => !target.allowedExternal.has(p));
    if (forbidden.length > 0) {
      console.error(`${target.name}: a sandboxed preload cannot require ${forbidden.join(', ')}`);
      failed = true;
    }
  }
  const bytes = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.cjs'))?.[1].bytes ?? 0;
  if (!failed) console.log(`${path.relative(repoRoot, target.outfile)}  ${(bytes / 1024).toFixed(0)} KiB`);
}

function formatMessage(message) {
  const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return `${where}${message.text}`;
}

process.exit(failed ? 1 : 0);
