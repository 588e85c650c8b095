import type { KioskHostApi } from '#common/host-contract';
import type { SpeechEngine } from './speech-engine';
import { SpeechUnavailableError } from './speech-engine';

/**
 * espeak-ng installed on the host (Linux kiosks), through the host contract. The host answers
 * `speech.speak` when the text has been read out; an abort sends `speech.stop`.
 */
export function createHostSpeechEngine(host: KioskHostApi): SpeechEngine {
  let engine: Promise<string> | undefined;
  return {
    id: 'host',
    async available() {
      engine ??= host.invoke('speech.status').then(
        (status) => status.engine,
        () => 'none',
      );
      return (await engine) !== 'none';
    },
    async speak(text, lang, rate, signal) {
      const onAbort = () => void host.invoke('speech.stop').catch(() => undefined);
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        const result = await host.invoke('speech.speak', { text: text.slice(0, 4000), lang, rate });
        if (result.spoken || signal.aborted || result.reason === 'stopped') return;
        throw new SpeechUnavailableError(`host speech: ${result.reason ?? 'not spoken'}`);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
