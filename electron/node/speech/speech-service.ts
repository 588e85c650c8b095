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

/**
 * Test double: records what would have been spoken. With `msPerCharacter` it also takes as long
 * as a voice would (capped at `maxMs`), so "reading" lasts and 停止朗读 can be tapped, as on a
 * kiosk with a real voice; a newer utterance or stop() ends the current one with 'stopped'.
 */
export function createRecordingSpeechService(timing: { msPerCharacter?: number; maxMs?: number } = {}): SpeechService & { utterances: { text: string; lang: SpeechLanguage; rate?: number }[] } {
  const utterances: { text: string; lang: SpeechLanguage; rate?: number }[] = [];
  const msPerCharacter = timing.msPerCharacter ?? 0;
  const maxMs = timing.maxMs ?? 20_000;
  let current: { timer: ReturnType<typeof setTimeout>; finish: (result: SpeechResult) => void } | undefined;
  const end = (result: SpeechResult) => {
    const playing = current;
    current = undefined;
    if (!playing) return;
    clearTimeout(playing.timer);
    playing.finish(result);
  };
  return {
    engine: 'recording',
    utterances,
    speak: (text, lang, options) => {
      end({ spoken: false, reason: 'stopped' });
      utterances.push({ text, lang, ...(options?.rate === undefined ? {} : { rate: options.rate }) });
      const ms = Math.min(maxMs, text.length * msPerCharacter);
      if (ms === 0) return Promise.resolve({ spoken: true });
      return new Promise<SpeechResult>((resolve) => {
        current = { timer: setTimeout(() => end({ spoken: true }), ms), finish: resolve };
      });
    },
    stop: async () => {
      end({ spoken: false, reason: 'stopped' });
      return { spoken: false };
    },
  };
}
