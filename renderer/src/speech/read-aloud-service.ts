import type { SpeechEngineId, SpeechEngineState } from '../ui/read-aloud-context';
import { whenAborted, type SpeechEngine, type SpeechLanguage } from './speech-engine';

export interface ReadAloudState {
  speaking: boolean;
  lastEngine: SpeechEngineId | null;
  engineStates: Record<SpeechEngineId, SpeechEngineState>;
}

export interface ReadAloudService {
  speak: (text: string, lang: SpeechLanguage, rate: number) => void;
  stop: () => void;
  /** Asks every engine whether it can speak `lang`, so the clerk sees it before anything was read. */
  probe: (lang: SpeechLanguage) => void;
  state: () => ReadAloudState;
  subscribe: (listener: (state: ReadAloudState) => void) => () => void;
}

/**
 * Longest a text may take to be read before it is given up on, so a silent engine (a sound
 * device that never plays, a voice that never ends) never leaves a screen "reading" forever:
 * about 3 characters a second at the slowest rate, plus 8 s to start.
 */
export function readingLimitMs(text: string, rate: number): number {
  return 8_000 + Math.ceil((text.length / 3 / Math.max(0.3, rate)) * 1000);
}

/**
 * Reads text with the first engine that can (DESIGN.md §8): the platform's voice, else
 * espeak-ng on the host, else the synthesiser shipped in the app. An engine that says it has no
 * voice for the language, or fails, is skipped for the rest of the session; one that runs past
 * `readingLimitMs` is stopped and the reading ends (never hangs). One text at a time: speaking
 * again, or stop(), ends the current one at once.
 */
export function createReadAloudService(engines: readonly SpeechEngine[], limitMs: (text: string, rate: number) => number = readingLimitMs): ReadAloudService {
  const availability = new Map<string, Promise<boolean>>();
  const failed = new Set<string>();
  let state: ReadAloudState = {
    speaking: false,
    lastEngine: null,
    engineStates: { platform: 'unknown', host: 'unknown', shipped: 'unknown' },
  };
  let current: AbortController | null = null;
  const listeners = new Set<(state: ReadAloudState) => void>();

  function update(change: Partial<ReadAloudState>) {
    state = { ...state, ...change };
    for (const listener of [...listeners]) listener(state);
  }

  function setEngineState(id: SpeechEngineId, value: SpeechEngineState) {
    if (state.engineStates[id] !== value) update({ engineStates: { ...state.engineStates, [id]: value } });
  }

  function isAvailable(engine: SpeechEngine, lang: SpeechLanguage): Promise<boolean> {
    const key = `${engine.id}|${lang}`;
    if (failed.has(key)) return Promise.resolve(false);
    let answer = availability.get(key);
    if (!answer) {
      answer = engine.available(lang).catch(() => false);
      availability.set(key, answer);
      void answer.then((ok) => {
        if (lang === 'zh-CN' || !ok) setEngineState(engine.id, ok ? 'ready' : 'unavailable');
      });
    }
    return answer;
  }

  async function run(text: string, lang: SpeechLanguage, rate: number, controller: AbortController) {
    const { signal } = controller;
    const timer = setTimeout(() => controller.abort(), limitMs(text, rate));
    try {
      for (const engine of engines) {
        if (signal.aborted) return;
        if (!(await Promise.race([isAvailable(engine, lang), whenAborted(signal).then(() => false)]))) continue;
        try {
          // The engine reading now, for the clerk (also when it is stopped halfway).
          update({ lastEngine: engine.id });
          await engine.speak(text, lang, rate, signal);
          return;
        } catch (error) {
          console.warn(`[kiosk] read aloud: ${engine.id} could not read`, error);
          failed.add(`${engine.id}|${lang}`);
          setEngineState(engine.id, 'unavailable');
        }
      }
    } finally {
      clearTimeout(timer);
      if (current === controller) {
        current = null;
        update({ speaking: false });
      }
    }
  }

  return {
    speak(text, lang, rate) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      update({ speaking: true });
      void run(text, lang, rate, controller);
    },
    stop() {
      const running = current;
      current = null;
      running?.abort();
      if (state.speaking) update({ speaking: false });
    },
    probe(lang) {
      for (const engine of engines) void isAvailable(engine, lang);
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
