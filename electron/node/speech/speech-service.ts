export type SpeechLanguage = 'zh-CN' | 'en';

export interface SpeechResult {
  spoken: boolean;
  reason?: string;
}

/**
 * Reads text aloud on the kiosk's speaker, offline. Only one utterance plays at a time: a new
 * one stops the previous (a villager tapping "read aloud" twice must not hear two voices).
 */
export interface SpeechService {
  speak(text: string, lang: SpeechLanguage): Promise<SpeechResult>;
  stop(): Promise<SpeechResult>;
}

/** For hosts with no speech engine: the renderer falls back to the browser's speechSynthesis. */
export function createUnavailableSpeechService(): SpeechService {
  return {
    speak: async () => ({ spoken: false, reason: 'no-speech-engine' }),
    stop: async () => ({ spoken: false }),
  };
}

/** Test double: records what would have been spoken. */
export function createRecordingSpeechService(): SpeechService & { utterances: { text: string; lang: SpeechLanguage }[] } {
  const utterances: { text: string; lang: SpeechLanguage }[] = [];
  return {
    utterances,
    speak: async (text, lang) => {
      utterances.push({ text, lang });
      return { spoken: true };
    },
    stop: async () => ({ spoken: false }),
  };
}
