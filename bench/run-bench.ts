import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run bench -- NAME` runs bench/NAME.bench.ts. Each benchmark prints a readable table and,
 * as its last line, one JSON object with its figures (BENCHMARKS.md quotes both).
 */
const here = import.meta.dirname;
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME   (available: ${available.join(', ') || 'none'})`);
  process.exit(2);
}
await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href);
