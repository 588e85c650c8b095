import type { SpeechEngine, SpeechLanguage } from './speech-engine';
import { SpeechUnavailableError } from './speech-engine';

/** Chromium lists Mandarin voices as "cmn" (espeak-ng via speech-dispatcher), others as "zh-CN"/"zh". */
const PREFIXES: Record<SpeechLanguage, readonly string[]> = { 'zh-CN': ['zh-cn', 'zh', 'cmn'], en: ['en'] };
/** Voices load asynchronously (about 2.5 s with speech-dispatcher, PITFALLS.md). */
const VOICES_WAIT_MS = 3_000;
/** An utterance that has not started by then never will (a silent speech-dispatcher). */
const START_WAIT_MS = 4_000;

function voiceFor(synth: SpeechSynthesis, lang: SpeechLanguage): SpeechSynthesisVoice | undefined {
  return synth.getVoices().find((voice) => PREFIXES[lang].some((prefix) => voice.lang.toLowerCase().startsWith(prefix)));
}

/**
 * The platform's own voice through the browser's speechSynthesis: Windows SAPI voices in
 * Electron on Windows, speech-dispatcher voices on Linux. Preferred when there is one for the
 * language: it is what the operating system's users hear elsewhere.
 */
export function createPlatformSpeechEngine(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): SpeechEngine {
  return {
    id: 'platform',
    async available(lang) {
      if (!synth) return false;
      if (voiceFor(synth, lang)) return true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, VOICES_WAIT_MS);
        synth.addEventListener('voiceschanged', () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
      return voiceFor(synth, lang) !== undefined;
    },
    speak(text, lang, rate, signal) {
      const voice = synth ? voiceFor(synth, lang) : undefined;
      if (!synth || !voice) return Promise.reject(new SpeechUnavailableError('no platform voice'));
      return new Promise<void>((resolve, reject) => {
        synth.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = rate;
        let started = false;
        const startTimer = setTimeout(() => {
          if (started) return;
          synth.cancel();
          reject(new SpeechUnavailableError('the platform voice did not start'));
        }, START_WAIT_MS);
        const done = () => {
          clearTimeout(startTimer);
          resolve();
        };
        utterance.onstart = () => {
          started = true;
        };
        utterance.onend = done;
        utterance.onerror = (event) => {
          clearTimeout(startTimer);
          if (signal.aborted || event.error === 'interrupted' || event.error === 'canceled') resolve();
          else reject(new SpeechUnavailableError(`platform voice: ${event.error}`));
        };
        signal.addEventListener('abort', () => {
          synth.cancel();
          done();
        }, { once: true });
        synth.speak(utterance);
      });
    },
  };
}
