import type { SpeechEngine } from './speech-engine';
import { SpeechUnavailableError } from './speech-engine';

const VOICE = { 'zh-CN': 'cmn', en: 'en' } as const;
/** Same "normal" as the host's espeak-ng (electron/node/speech): slower than eSpeak's 175 for elderly listeners. */
const NORMAL_WPM = 150;

type WorkerMessage = { id: number; type: 'chunk'; sampleRate: number; samples: Int16Array } | { id: number; type: 'end' } | { id: number; type: 'error'; message: string };

/**
 * The synthesiser shipped inside the application (eSpeak NG in WebAssembly, espeak-worker.ts),
 * played through Web Audio: the voice of last resort, so the kiosk reads aloud on a machine
 * where nobody installed one. Chunks are scheduled back to back as they arrive; the utterance
 * ends when the last one has played, or at once when aborted.
 */
export function createShippedSpeechEngine(
  makeWorker: () => Worker = () => new Worker(new URL('./espeak-worker.ts', import.meta.url), { type: 'module' }),
): SpeechEngine {
  let worker: Worker | undefined;
  let context: AudioContext | undefined;
  let nextId = 1;
  const handlers = new Map<number, (message: WorkerMessage) => void>();

  function ensureWorker(): Worker {
    if (!worker) {
      worker = makeWorker();
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => handlers.get(event.data.id)?.(event.data);
      worker.onerror = () => {
        for (const handler of handlers.values()) handler({ id: 0, type: 'error', message: 'the speech worker failed' });
        worker?.terminate();
        worker = undefined;
      };
    }
    return worker;
  }

  return {
    id: 'shipped',
    async available() {
      return typeof Worker !== 'undefined' && typeof AudioContext !== 'undefined';
    },
    speak(text, lang, rate, signal) {
      if (typeof AudioContext === 'undefined') return Promise.reject(new SpeechUnavailableError('no Web Audio'));
      context ??= new AudioContext();
      const audio = context;
      void audio.resume().catch(() => undefined);
      const id = nextId++;
      const sources: AudioBufferSourceNode[] = [];
      let nextStart = 0;
      let synthesised = false;
      return new Promise<void>((resolve, reject) => {
        const finish = (error?: Error) => {
          handlers.delete(id);
          if (error) reject(error);
          else resolve();
        };
        const endIfPlayed = () => {
          if (synthesised && sources.every((source) => (source as AudioBufferSourceNode & { done?: boolean }).done)) finish();
        };
        signal.addEventListener('abort', () => {
          for (const source of sources) source.stop();
          finish();
        }, { once: true });
        handlers.set(id, (message) => {
          if (signal.aborted) return;
          if (message.type === 'error') finish(new SpeechUnavailableError(`shipped synthesiser: ${message.message}`));
          else if (message.type === 'end') {
            synthesised = true;
            endIfPlayed();
          } else {
            const buffer = audio.createBuffer(1, message.samples.length, message.sampleRate);
            const channel = buffer.getChannelData(0);
            for (let i = 0; i < message.samples.length; i++) channel[i] = (message.samples[i] ?? 0) / 32768;
            const source = audio.createBufferSource() as AudioBufferSourceNode & { done?: boolean };
            source.buffer = buffer;
            source.connect(audio.destination);
            source.onended = () => {
              source.done = true;
              endIfPlayed();
            };
            nextStart = Math.max(nextStart, audio.currentTime + 0.05);
            source.start(nextStart);
            nextStart += buffer.duration;
            sources.push(source);
          }
        });
        ensureWorker().postMessage({ id, text, voice: VOICE[lang], wpm: Math.round(Math.min(400, Math.max(80, NORMAL_WPM * rate))) });
      });
    },
  };
}
