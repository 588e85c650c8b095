#!/usr/bin/env node
// Runs Doyensec's Electronegativity over electron/ and fails on any finding that is not in the
// reviewed allowlist (.electronegativity-allowlist.json: check id, file, reason).
//
// Offline and fast on purpose (it runs as a lint step of `npm test`):
// - the Electron version comes from node_modules/electron (the tool cannot look releases up
//   offline; PITFALLS.md), and the release-lookup check (AvailableSecurityFixesGlobalCheck)
//   is left out because it only downloads GitHub's release list;
// - the tool's HTTP client is replaced by one that fails at once: otherwise it tries to fetch
//   translations from S3 twice (~3 s each with DNS retries) before giving up, and a lint step
//   must not reach out to the network at all;
// - it is called through its runner rather than its CLI, because the CLI with `-o` silently
//   drops files it could not parse; here a file that could not be parsed is an error.
// The CSV report is written to a temp dir and kept (path printed) when the check fails.
//
// usage: node scripts/electronegativity.mjs [--verbose]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scanDir = path.join(repoRoot, 'electron');
const allowlistFile = path.join(repoRoot, '.electronegativity-allowlist.json');
const verbose = process.argv.includes('--verbose');
const require = createRequire(import.meta.url);

const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

function installOfflineHttpClient() {
  const gotPath = createRequire(path.join(toolDir, 'dist/runner.js')).resolve('got');
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network here'));
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  Module._cache[gotPath] = stub;
}

function loadAllowlist() {
  const data = JSON.parse(readFileSync(allowlistFile, 'utf8'));
  if (!Array.isArray(data.entries)) throw new Error(`${allowlistFile}: "entries" must be an array`);
  for (const [index, entry] of data.entries.entries()) {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') throw new Error(`${allowlistFile}: entries[${index}].${key} must be a non-empty string`);
    }
  }
  return data.entries;
}

async function scan(csvPath) {
  installOfflineHttpClient();
  const run = require(path.join(toolDir, 'dist/runner.js'));
  // The tool logs its (expected) translation-download failure; keep our output to findings.
  const log = console.log;
  console.log = (...args) => {
    if (verbose) log(...args);
  };
  try {
    return await run(
      {
        input: scanDir,
        output: csvPath,
        isSarif: false,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        isRelative: true,
        isVerbose: true,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

const relative = (file) => (file === 'N/A' ? 'N/A' : path.relative(scanDir, path.resolve(scanDir, file)).split(path.sep).join('/'));

const started = Date.now();
const reportDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
const csvPath = path.join(reportDir, 'findings.csv');
let allowlist;
let result;
try {
  allowlist = loadAllowlist();
  result = await scan(csvPath);
} catch (error) {
  console.error(`electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const problems = [];
for (const error of result.errors.filter((e) => !e.tolerable)) {
  problems.push(`not scanned (parse error): ${relative(error.file)}: ${error.message}`);
}
const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: relative(issue.file),
  line: issue.location?.line ?? 0,
  column: issue.location?.column ?? 0,
  description: issue.description,
  review: Boolean(issue.manualReview),
}));
const isAllowed = (finding) => allowlist.some((entry) => entry.check === finding.check && entry.file === finding.file);
for (const finding of findings.filter((f) => !isAllowed(f))) {
  problems.push(`${finding.check} ${finding.file}:${finding.line}:${finding.column}${finding.review ? ' (review)' : ''} ${finding.description}`);
}
// An entry that no longer matches anything is removed, so the list only holds reviewed, live findings.
for (const entry of allowlist.filter((e) => !findings.some((f) => f.check === e.check && f.file === e.file))) {
  problems.push(`stale allowlist entry (no such finding any more, remove it): ${entry.check} ${entry.file}`);
}

const summary = `electronegativity ${result.globalChecks + result.atomicChecks} checks, Electron ${electronVersion}, ${findings.length} findings (${findings.length - findings.filter((f) => !isAllowed(f)).length} allowlisted), ${((Date.now() - started) / 1000).toFixed(1)} s`;
if (problems.length > 0) {
  console.error(summary);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(`Fix the code, or add a reviewed entry with its reason to ${path.basename(allowlistFile)}. CSV: ${csvPath}`);
  process.exit(1);
}
// The tool writes its CSV with a callback after `run` resolves, and throws if the folder is gone
// by then: wait for the file (bounded) before removing the folder, or the check fails at random.
for (let waited = 0; !existsSync(csvPath) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
await new Promise((resolve) => setTimeout(resolve, 100));
rmSync(reportDir, { recursive: true, force: true });
console.log(summary);
