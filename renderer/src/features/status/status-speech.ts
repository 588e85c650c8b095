import type { TFunction } from 'i18next';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import type { ReplyText } from './county-reply';
import type { ReportStage } from './report-progress';

/**
 * A tracking code as speech reads it best: digit by digit, with a pause between the two
 * groups ("3 0 5 2, 7 7 1 3"); "30527713" would be read as a large number.
 */
export function spokenTrackingCode(code: string): string {
  return formatTrackingCode(code)
    .split(' ')
    .map((group) => group.split('').join(' '))
    .join(', ');
}

/** What "read aloud" says on a report's timeline: the code, where it stands, the reply, what can be done. */
export function statusSpeech(
  t: TFunction,
  { code, stage, reply, canReopen }: { code: string; stage: ReportStage; reply: ReplyText | undefined; canReopen: boolean },
): string {
  return [
    t('status.speech.code', { code: spokenTrackingCode(code) }),
    t(`status.stage.${stage}`),
    reply ? t('status.speech.reply', { reply: reply.text }) : '',
    canReopen ? t('status.speech.canReopen') : '',
  ]
    .filter(Boolean)
    .join(' ');
}
