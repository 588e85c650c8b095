import { characterErrors } from '#ocr-core/character-error-rate';
import type { OcrFixtureImage } from '#test-support/ocr-fixtures/ocr-fixture-set';

export interface PageScore {
  variant: OcrFixtureImage['variant'];
  errors: number;
  nfkcErrors: number;
  length: number;
  nfkcLength: number;
  numbers: number;
  numbersExact: number;
  missed: string[];
}

/** CER as issue 12 defines it (whitespace removed; and after NFKC), and exact ID/phone reads. */
export function scorePage(image: OcrFixtureImage, text: string): PageScore {
  const plain = characterErrors(image.text, text);
  const nfkc = characterErrors(image.text, text, { nfkc: true });
  const squeezed = text.replace(/\s+/gu, '');
  const numbers = [...image.ids, ...image.phones];
  const missed = numbers.filter((n) => !squeezed.includes(n));
  return { variant: image.variant, errors: plain.errors, nfkcErrors: nfkc.errors, length: plain.length, nfkcLength: nfkc.length, numbers: numbers.length, numbersExact: numbers.length - missed.length, missed };
}

export interface EngineSummary {
  engine: string;
  cerCamera: number;
  cerClean: number;
  cerCameraNfkc: number;
  cerCleanNfkc: number;
  numbersExact: string;
  pagesPerMinute: number;
  firstTextMedianMs: number;
  startMs: number;
  /**
   * CPU time (user + system, all threads or child processes) per page while the pages were read;
   * unlike pages/min it hardly moves with other work on a shared machine. Not measured in Chromium.
   */
  cpuMsPerPage?: number;
}

export function summarise(engine: string, scores: PageScore[], wallMs: number, firstTextMs: number[], startMs: number, cpuMs?: number): EngineSummary {
  const rate = (variant: string, nfkc: boolean) => {
    const chosen = scores.filter((s) => s.variant === variant);
    const errors = chosen.reduce((n, s) => n + (nfkc ? s.nfkcErrors : s.errors), 0);
    const length = chosen.reduce((n, s) => n + (nfkc ? s.nfkcLength : s.length), 0);
    return Math.round((errors / Math.max(1, length)) * 100000) / 1000;
  };
  const sorted = [...firstTextMs].sort((a, b) => a - b);
  return {
    engine,
    cerCamera: rate('camera', false),
    cerClean: rate('clean', false),
    cerCameraNfkc: rate('camera', true),
    cerCleanNfkc: rate('clean', true),
    numbersExact: `${scores.reduce((n, s) => n + s.numbersExact, 0)}/${scores.reduce((n, s) => n + s.numbers, 0)}`,
    pagesPerMinute: Math.round((scores.length / (wallMs / 60000)) * 10) / 10,
    firstTextMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    startMs: Math.round(startMs),
    ...(cpuMs === undefined ? {} : { cpuMsPerPage: Math.round(cpuMs / scores.length) }),
  };
}
