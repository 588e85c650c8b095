import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useIdleResetHook } from '../../app/session';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { KeyboardIcon, NextIcon } from '../../ui/media-icons';
import { PagedGrid } from '../../ui/paged-grid';
import { useVoiceRecorder } from '../../ui/use-voice-recorder';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { joinList } from './speech-list';
import { useDraftCategory } from './use-current-category';

/**
 * Step 2: what the problem is, without typing: quick phrases of the category (toggles, several
 * allowed), a voice note (stops by itself at the configured limit), and optionally a typed note
 * on the on-screen keyboard (its own screen). All of it is optional.
 */
export function DescribeScreen() {
  const { t } = useTranslation();
  const { voiceNote: voiceLimit } = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const { navigate } = useRouter();
  const store = useReportDraftStore();
  const draft = useReportDraft();
  const category = useDraftCategory();
  const recorder = useVoiceRecorder({
    maxSeconds: voiceLimit.maxSeconds,
    onRecorded: (take) => store.setVoiceNote(take.blob, take.mime, take.seconds),
  });
  // The reset also unmounts this screen; cancelling from its hook releases the microphone and
  // drops a take in progress before anything else of the session goes.
  useIdleResetHook(recorder.cancel);

  const phrases = category?.quickPhrases ?? [];
  const recording = recorder.state.phase === 'recording' || recorder.state.phase === 'starting';

  const actions = (
    <>
      {recording && <p className="screen-note">{t('report.describe.finishRecording')}</p>}
      <BigButton variant="secondary" icon={<KeyboardIcon />} disabled={recording} onClick={() => navigate('report-keyboard')}>
        {draft.text ? t('report.describe.editTyped') : t('report.describe.type')}
      </BigButton>
      <BigButton icon={<NextIcon />} disabled={recording} onClick={() => navigate('report-photo')}>
        {t('report.next')}
      </BigButton>
    </>
  );

  return (
    <ReportStep title={t('report.describe.title')} speech={t('report.describe.speech', { phrases: joinList(phrases.map(localized), language) })} actions={actions}>
      <p className="report-prompt">{t('report.describe.prompt')}</p>
      <div className="describe-layout">
        {phrases.length > 0 && (
          <PagedGrid
            className="phrase-grid"
            label={t('report.describe.phrasesLabel')}
            items={phrases}
            keyOf={(phrase) => phrase.zh}
            renderItem={(phrase) => {
              const pressed = draft.phrases.some((chosen) => chosen.zh === phrase.zh);
              return (
                <button type="button" className="phrase-toggle" aria-pressed={pressed} onClick={() => store.togglePhrase(phrase)}>
                  <span className="phrase-check" aria-hidden="true">
                    {pressed ? '✓' : ''}
                  </span>
                  <span>{localized(phrase)}</span>
                </button>
              );
            }}
          />
        )}
        <div className="describe-side">
          <VoiceRecorder
            recorder={recorder}
            maxSeconds={voiceLimit.maxSeconds}
            take={draft.voiceNote}
            onRemove={() => store.removeVoiceNote()}
            labels={{
              panel: t('report.voice.panel'),
              record: t('report.voice.record'),
              stop: t('report.voice.stop'),
              play: t('report.voice.play'),
              stopPlayback: t('report.voice.stopPlayback'),
              rerecord: t('report.voice.rerecord'),
              remove: t('report.voice.remove'),
              starting: t('report.voice.starting'),
              hint: (seconds) => t('report.voice.hint', { seconds }),
              recording: (seconds) => t('report.voice.recording', { seconds }),
              recorded: (seconds) => t('report.voice.recorded', { seconds: Math.max(1, Math.round(seconds)) }),
              limitReached: (seconds) => t('report.voice.limitReached', { seconds }),
              problem: (problem) => t(`report.voice.${problem}`),
            }}
          />
          {draft.text && <p className="typed-text">{t('report.describe.typed', { text: draft.text })}</p>}
        </div>
      </div>
    </ReportStep>
  );
}
