import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { BigButton } from '../../ui/big-button';
import { CheckIcon } from '../../ui/media-icons';
import { OnScreenKeyboard } from '../../ui/on-screen-keyboard';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { reportVocabulary } from './report-vocabulary';

/** The schema's limit for `text`. */
const MAX_TEXT = 2000;

/** Optional part of step 2: a typed note on the on-screen keyboard with pinyin candidates. Done returns to step 2. */
export function KeyboardScreen() {
  const { t } = useTranslation();
  const config = useConfig();
  const { back } = useRouter();
  const store = useReportDraftStore();
  const { text } = useReportDraft();
  const vocabulary = useMemo(() => reportVocabulary(config), [config]);

  return (
    <ReportStep
      title={t('report.keyboard.title')}
      speech={t('report.keyboard.speech')}
      actions={
        <>
          <BigButton variant="secondary" disabled={!text} onClick={() => store.setText('')}>
            {t('report.keyboard.clear')}
          </BigButton>
          <BigButton icon={<CheckIcon />} onClick={back}>
            {t('report.keyboard.done')}
          </BigButton>
        </>
      }
    >
      <OnScreenKeyboard
        value={text}
        onChange={(value) => store.setText(value)}
        vocabulary={vocabulary}
        maxLength={MAX_TEXT}
        labels={{
          text: t('report.keyboard.text'),
          keys: t('report.keyboard.keys'),
          candidates: t('report.keyboard.candidates'),
          hint: t('report.keyboard.hint'),
          composing: (pinyin) => t('report.keyboard.composing', { pinyin }),
          noCandidates: t('report.keyboard.noCandidates'),
          previous: t('report.keyboard.previous'),
          next: t('report.keyboard.more'),
          backspace: t('report.keyboard.backspace'),
          space: t('report.keyboard.space'),
          digits: t('report.keyboard.digits'),
          letters: t('report.keyboard.letters'),
        }}
      />
    </ReportStep>
  );
}
