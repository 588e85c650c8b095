import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHost } from '../host/host-context';
import { useLanguage } from '../i18n/use-language';
import { useIdleResetHook } from './session';
import { createHostSpeechEngine } from '../speech/host-speech-engine';
import { createPlatformSpeechEngine } from '../speech/platform-speech-engine';
import { createReadAloudService, type ReadAloudService } from '../speech/read-aloud-service';
import { createShippedSpeechEngine } from '../speech/shipped-speech-engine';
import { DEFAULT_RATE_INDEX, ReadAloudContext, SPEECH_RATES, type ReadAloud } from '../ui/read-aloud-context';
import { useRouter } from './router';

/**
 * Reads prompts aloud offline with the first voice that works here (speech/read-aloud-service.ts):
 * the platform's, espeak-ng on the host, or the synthesiser shipped in the app. Reading stops
 * when the screen changes (the next screen has its own prompt) and the speed (慢一点 / 快一点)
 * lasts for the visit: an idle reset brings it back to the default.
 */
export function ReadAloudProvider({ children, service: given }: { children: ReactNode; /** Tests only. */ service?: ReadAloudService }) {
  const host = useHost();
  const { language } = useLanguage();
  const { route } = useRouter();
  const [service] = useState(() => given ?? createReadAloudService([createPlatformSpeechEngine(), createHostSpeechEngine(host), createShippedSpeechEngine()]));
  const state = useSyncExternalStore(service.subscribe, service.state);
  const [rateIndex, setRateIndexState] = useState(DEFAULT_RATE_INDEX);
  const lastText = useRef<string | null>(null);
  useIdleResetHook(() => {
    service.stop();
    setRateIndexState(DEFAULT_RATE_INDEX);
  });

  useEffect(() => service.probe('zh-CN'), [service]);
  useEffect(() => () => service.stop(), [service, route.key]);

  const readAloud = useMemo<ReadAloud>(
    () => ({
      speak(text) {
        lastText.current = text;
        service.speak(text, language, SPEECH_RATES[rateIndex] ?? 1);
      },
      stop: () => service.stop(),
      speaking: state.speaking,
      rateIndex,
      setRateIndex(index) {
        const next = Math.min(SPEECH_RATES.length - 1, Math.max(0, index));
        setRateIndexState(next);
        if (state.speaking && lastText.current) service.speak(lastText.current, language, SPEECH_RATES[next] ?? 1);
      },
      lastEngine: state.lastEngine,
      engineStates: state.engineStates,
    }),
    [service, language, rateIndex, state],
  );
  return <ReadAloudContext.Provider value={readAloud}>{children}</ReadAloudContext.Provider>;
}
