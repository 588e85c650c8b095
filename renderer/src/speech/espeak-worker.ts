/// <reference lib="webworker" />
/**
 * The shipped synthesiser's worker: eSpeak NG compiled to WebAssembly
 * (`@echogarden/espeak-ng-emscripten`, with its Mandarin voice `cmn`), served by the app itself
 * from /speech/ (copied there by renderer/vite.config.ts, never a CDN). Synthesis is CPU work
 * of about a second per sentence, so it runs here, off the screen's thread, and streams the
 * samples back chunk by chunk so playback starts before the whole text is synthesised.
 *
 * Messages in:  { id, text, voice, wpm }
 * Messages out: { id, type: 'chunk', sampleRate, samples: Int16Array } … { id, type: 'end' }
 *               or { id, type: 'error', message }
 */

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wordsPerMinute: number): number;
  get_samplerate(): number;
  synthesize(text: string, callback: (samples: Int16Array, events: unknown[]) => boolean): void;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

/** Where the app serves the synthesiser; its voice data (espeak-ng.data) lies beside it. */
const MODULE_URL = '/speech/espeak-ng.js';

let engine: Promise<EspeakWorker> | undefined;

function loadEngine(): Promise<EspeakWorker> {
  engine ??= (import(/* @vite-ignore */ new URL(MODULE_URL, self.location.origin).href) as Promise<{ default: () => Promise<EspeakModule> }>)
    .then((module) => module.default())
    .then((espeak) => new espeak.eSpeakNGWorker());
  return engine;
}

self.onmessage = (event: MessageEvent<{ id: number; text: string; voice: string; wpm: number }>) => {
  const { id, text, voice, wpm } = event.data;
  loadEngine().then(
    (worker) => {
      if (worker.set_voice(voice) !== 0) throw new Error(`voice ${voice} is missing`);
      worker.set_rate(wpm);
      const sampleRate = worker.get_samplerate();
      worker.synthesize(text, (samples) => {
        if (samples.length > 0) self.postMessage({ id, type: 'chunk', sampleRate, samples }, [samples.buffer]);
        return false; // false: go on synthesising
      });
      self.postMessage({ id, type: 'end' });
    },
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  ).catch((error: unknown) => self.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
