import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isOcrEngineName } from '#ocr-core/ocr-engine';
import { startNodeOcrPool } from './node-ocr-pool';

/**
 * `npm run ocr -- [--engine paddle|tesseract] [--lang chi_sim+eng] [--workers N] [--recognizer int8|float] --json <images...>`
 * The same pipeline as the kiosk's scan screen, in Node: prints one JSON array with one entry
 * per image, `{"file","text","confidence","ms"}` (plus `"error"` for an image it could not read).
 * Exit code 0 when every image was read, 1 when any failed, 2 for a usage error.
 * PP-OCR's recogniser runs in int8 by default (docs/decisions/ocr-engines.md); `--recognizer
 * float` reads with the float model, the reference the int8 one is measured against.
 */
const USAGE = 'usage: npm run ocr -- [--engine paddle|tesseract] [--lang chi_sim+eng] [--workers N] [--recognizer int8|float] [--flat] --json <images...>';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        engine: { type: 'string', default: 'paddle' },
        lang: { type: 'string', default: 'chi_sim+eng' },
        workers: { type: 'string' },
        recognizer: { type: 'string', default: 'int8' },
        json: { type: 'boolean', default: false },
        // Imported clean scans: skip the page crop and deskew meant for camera captures.
        flat: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (!values.json) fail('--json is required (the only output format)');
if (!isOcrEngineName(values.engine)) fail(`unknown engine "${values.engine}"`);
if (positionals.length === 0) fail('no images given');
const recognizer = values.recognizer;
if (recognizer !== 'int8' && recognizer !== 'float') fail(`--recognizer must be int8 or float, not "${recognizer}"`);
const workers = values.workers === undefined ? Math.min(availableParallelism(), positionals.length) : Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a whole number ≥ 1, not "${values.workers}"`);

let pool;
try {
  pool = await startNodeOcrPool({ engine: values.engine, lang: values.lang, workers, threads: 1, recognizer });
} catch (error) {
  process.stderr.write(`OCR could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const results = await Promise.all(positionals.map((file) => pool.recognize(file, { camera: !values.flat })));
await pool.close();
process.stdout.write(`${JSON.stringify(results.map(({ file, text, confidence, ms, error }) => (error ? { file, text, confidence, ms, error } : { file, text, confidence, ms })), null, 2)}\n`);
process.exitCode = results.some((r) => r.error) ? 1 : 0;
