export type SpeechLanguage = 'zh-CN' | 'en';

export interface SpeechResult {
  spoken: boolean;
  /** 'stopped' (a newer utterance or stop()), 'no-speech-engine', 'speech-engine-failed', 'timed-out'. */
  reason?: string;
}

/** Which engine the host speaks with, for the clerk's diagnostics. */
export type HostSpeechEngine = 'espeak-ng' | 'none' | 'recording';

export interface SpeakOptions {
  /** A multiple of the engine's normal speed (0.6 = slower, 1.25 = faster). Default 1. */
  rate?: number;
}

/**
 * Reads text aloud on the kiosk's speaker, offline. Only one utterance plays at a time: a new
 * one stops the previous (a villager tapping "read aloud" twice must not hear two voices).
 * `speak` resolves when the text has been read out (`spoken: true`), was stopped, or could not
 * be read, so the renderer knows when "reading" ends; it never rejects.
 */
export interface SpeechService {
  engine: HostSpeechEngine;
  speak(text: string, lang: SpeechLanguage, options?: SpeakOptions): Promise<SpeechResult>;
  stop(): Promise<SpeechResult>;
}

/** For hosts with no speech engine: the renderer uses another voice (platform, or the one it ships). */
export function createUnavailableSpeechService(): SpeechService {
  return {
    engine: 'none',
    speak: async () => ({ spoken: false, reason: 'no-speech-engine' }),
    stop: async () => ({ spoken: false }),
  };
}

/** Test double: records what would have been spoken. */
export function createRecordingSpeechService(): SpeechService & { utterances: { text: string; lang: SpeechLanguage; rate?: number }[] } {
  const utterances: { text: string; lang: SpeechLanguage; rate?: number }[] = [];
  return {
    engine: 'recording',
    utterances,
    speak: async (text, lang, options) => {
      utterances.push({ text, lang, ...(options?.rate === undefined ? {} : { rate: options.rate }) });
      return { spoken: true };
    },
    stop: async () => ({ spoken: false }),
  };
}
