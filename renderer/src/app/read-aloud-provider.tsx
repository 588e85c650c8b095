import { useMemo, type ReactNode } from 'react';
import { useHost } from '../host/host-context';
import { useLanguage } from '../i18n/use-language';
import { ReadAloudContext, type ReadAloud } from '../ui/read-aloud-context';

/** Chromium lists Mandarin voices as "cmn" (espeak-ng), others as "zh-CN"/"zh". */
function browserVoiceFor(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const voices = speechSynthesis.getVoices();
  const wanted = language === 'zh-CN' ? ['zh-cn', 'zh', 'cmn'] : ['en'];
  return voices.find((voice) => wanted.some((prefix) => voice.lang.toLowerCase().startsWith(prefix)));
}

/**
 * Reads prompts aloud offline: the host's speech engine first (espeak-ng on Linux kiosks),
 * otherwise the browser's own voices when it has one for the language. Speaking never blocks
 * or fails the screen: a kiosk without any voice simply stays silent.
 */
export function ReadAloudProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const { language } = useLanguage();
  const readAloud = useMemo<ReadAloud>(
    () => ({
      speak(text) {
        void host.invoke('speech.speak', { text, lang: language }).then(
          (result) => {
            if (result.spoken) return;
            const voice = browserVoiceFor(language);
            if (!voice) return;
            speechSynthesis.cancel();
            const utterance = new SpeechSynthesisUtterance(text);
            utterance.voice = voice;
            utterance.lang = voice.lang;
            utterance.rate = 0.85;
            speechSynthesis.speak(utterance);
          },
          (error: unknown) => console.warn('[kiosk] read aloud failed', error),
        );
      },
      stop() {
        if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
        void host.invoke('speech.stop').catch((error: unknown) => console.warn('[kiosk] stopping speech failed', error));
      },
    }),
    [host, language],
  );
  return <ReadAloudContext.Provider value={readAloud}>{children}</ReadAloudContext.Provider>;
}
