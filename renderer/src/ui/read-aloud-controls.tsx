import { useTranslation } from 'react-i18next';
import { BigButton } from './big-button';
import { SpeakerIcon } from './icons';
import { StopIcon } from './media-icons';
import { SPEECH_RATES, useReadAloud } from './read-aloud-context';

/**
 * The header's read-aloud button: 朗读 starts reading `text`; while it reads, the same button
 * says 停止朗读 (a second tap stops it) and 慢一点 / 快一点 appear beside it, which re-read at
 * the new speed. The speaking state is said in words (the button's text), not by colour. The
 * button carries `data-keypad` so the big-button keypad's read-aloud key presses it (ui/keypad-focus.ts).
 */
export function ReadAloudControls({ text }: { text: string }) {
  const { t } = useTranslation();
  const readAloud = useReadAloud();
  if (!readAloud) return null;
  const { speaking, rateIndex, setRateIndex } = readAloud;
  return (
    <div className="read-aloud" role="group" aria-label={t('common.readAloudGroup')}>
      <BigButton
        variant={speaking ? 'primary' : 'secondary'}
        icon={speaking ? <StopIcon /> : <SpeakerIcon />}
        onClick={() => (speaking ? readAloud.stop() : readAloud.speak(text))}
        data-keypad="read-aloud"
      >
        {speaking ? t('common.stopReading') : t('common.readAloud')}
      </BigButton>
      {speaking && (
        <>
          <BigButton variant="secondary" disabled={rateIndex === 0} onClick={() => setRateIndex(rateIndex - 1)}>
            {t('common.slower')}
          </BigButton>
          <BigButton variant="secondary" disabled={rateIndex === SPEECH_RATES.length - 1} onClick={() => setRateIndex(rateIndex + 1)}>
            {t('common.faster')}
          </BigButton>
        </>
      )}
    </div>
  );
}
