import type { SpeechEngineId } from '../ui/read-aloud-context';

export type SpeechLanguage = 'zh-CN' | 'en';

/** An engine could not read the text (no voice, it failed, it never started): the next one is tried. */
export class SpeechUnavailableError extends Error {
  override readonly name = 'SpeechUnavailableError';
}

/**
 * One way to read text aloud. `speak` resolves when the text has been read out, or when
 * `signal` aborted it (then it stops at once); it rejects when this engine cannot read it, so
 * the read-aloud service tries the next engine.
 */
export interface SpeechEngine {
  id: SpeechEngineId;
  /** Whether it can speak `lang` here at all (asked once per language; may take a moment). */
  available(lang: SpeechLanguage): Promise<boolean>;
  speak(text: string, lang: SpeechLanguage, rate: number, signal: AbortSignal): Promise<void>;
}

/** Resolves when `signal` aborts (never rejects): for racing against an utterance. */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
