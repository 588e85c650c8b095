import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/big-button';
import { useReadAloud, type SpeechEngineId } from '../../ui/read-aloud-context';

const ENGINES: readonly SpeechEngineId[] = ['platform', 'host', 'shipped'];

/**
 * Which voice reads aloud on this kiosk, for the clerk: the engine that spoke last, and for each
 * of the three (system voice, espeak-ng on the host, the synthesiser shipped in the app)
 * whether it can be used here. "试读一句" reads a test sentence and the line updates.
 */
export function SpeechCard() {
  const { t } = useTranslation();
  const readAloud = useReadAloud();
  if (!readAloud) return null;
  const { lastEngine, engineStates } = readAloud;
  return (
    <section className="clerk-card" aria-labelledby="clerk-speech-title">
      <h2 id="clerk-speech-title">{t('clerk.speech.title')}</h2>
      <p className="clerk-sync-state" role="status" data-testid="speech-engine">
        {t('clerk.speech.engine', { engine: t(`clerk.speech.engines.${lastEngine ?? 'none'}`) })}
      </p>
      <ul className="clerk-lines">
        {ENGINES.map((engine) => (
          <li key={engine}>{t(`clerk.speech.states.${engine}`, { state: t(`clerk.speech.state.${engineStates[engine]}`) })}</li>
        ))}
      </ul>
      <BigButton onClick={() => readAloud.speak(t('clerk.speech.testText'))}>{t('clerk.speech.test')}</BigButton>
    </section>
  );
}
