import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { AudioPlaybackButton } from '../../ui/audio-playback-button';
import { BigButton } from '../../ui/big-button';
import { CategoryIconImage } from '../../ui/category-icons';
import { CheckIcon } from '../../ui/media-icons';
import { shownDate } from './duplicate-dialog';
import { lastFour, maskPhone } from './phone';
import { useReportDraft } from './report-draft-context';
import { ReportStep } from './report-step';
import { SaveFailedDialog } from './save-failed-dialog';
import { joinList } from './speech-list';
import { useDraftCategory, useDraftGroup } from './use-current-category';
import { useSubmitReport } from './use-submit-report';

/**
 * Step 6: everything on one screen (category, phrases and typed text, the voice note to play
 * back, the photo, the place, the phone number — masked, as everywhere after it was keyed in —
 * and whether a clerk assisted), then Submit in the bottom bar. Read aloud speaks the same
 * summary, with only the phone's last four digits.
 */
export function ReviewScreen() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { language } = useLanguage();
  const draft = useReportDraft();
  const category = useDraftCategory();
  const group = useDraftGroup();
  const { state, submit, dismissFailure } = useSubmitReport();

  const categoryText = category ? localized(category.label) : (draft.categoryId ?? '');
  const description = joinList([...draft.phrases.map(localized), ...(draft.text.trim() ? [draft.text.trim()] : [])], language);
  const voiceText = draft.voiceNote ? t('report.review.voiceSeconds', { seconds: Math.max(1, Math.round(draft.voiceNote.seconds)) }) : t('report.review.noVoice');
  const placeText = joinList(
    [group ? localized(group.label) : (draft.groupId ?? ''), ...(draft.landmark ? [t('report.review.near', { landmark: localized(draft.landmark) })] : [])],
    language,
  );
  const phone = draft.contact?.kind === 'phone' ? draft.contact.phone : null;

  const item = (label: string, value: string) => t('report.review.speechItem', { label, value });
  const speech = [
    t('report.review.speechIntro'),
    item(t('report.review.category'), categoryText),
    item(t('report.review.description'), description || t('report.review.nothing')),
    item(t('report.review.voice'), voiceText),
    item(t('report.review.photo'), draft.photo ? t('report.review.hasPhoto') : t('report.review.noPhoto')),
    item(t('report.review.where'), placeText),
    item(t('report.review.contact'), phone ? t('report.review.phoneEnding', { digits: lastFour(phone) }) : t('report.review.anonymous')),
    t('report.review.speechOutro'),
  ].join(' ');

  const saving = state.phase === 'saving';
  return (
    <ReportStep
      title={t('report.review.title')}
      speech={speech}
      actions={
        <BigButton icon={<CheckIcon />} onClick={submit} disabled={saving} aria-busy={saving || undefined}>
          {saving ? t('report.review.saving') : t('report.review.submit')}
        </BigButton>
      }
    >
      <p className="report-prompt">{t('report.review.prompt')}</p>
      <dl className="review-list">
        <div className="review-item">
          <dt>{t('report.review.category')}</dt>
          <dd className="review-category">
            {category && <CategoryIconImage icon={category.icon} />}
            {categoryText}
          </dd>
        </div>
        <div className="review-item">
          <dt>{t('report.review.description')}</dt>
          <dd>{description || t('report.review.nothing')}</dd>
        </div>
        <div className="review-item">
          <dt>{t('report.review.voice')}</dt>
          <dd className="review-media">
            {draft.voiceNote && <AudioPlaybackButton url={draft.voiceNote.url} variant="secondary" labels={{ play: t('report.voice.play'), stop: t('report.voice.stopPlayback') }} />}
            <span>{voiceText}</span>
          </dd>
        </div>
        <div className="review-item">
          <dt>{t('report.review.photo')}</dt>
          <dd>{draft.photo ? <img className="review-photo" src={draft.photo.url} alt={t('report.review.photoAlt')} /> : t('report.review.noPhoto')}</dd>
        </div>
        <div className="review-item">
          <dt>{t('report.review.where')}</dt>
          <dd>{placeText}</dd>
        </div>
        <div className="review-item">
          <dt>{t('report.review.contact')}</dt>
          <dd className={phone ? 'review-phone' : undefined}>{phone ? maskPhone(phone) : t('report.review.anonymous')}</dd>
        </div>
        {draft.joins && (
          <div className="review-item">
            <dt>{t('report.review.joins')}</dt>
            <dd>{t('report.review.joinsValue', { date: shownDate(draft.joins.createdAt, language) })}</dd>
          </div>
        )}
        {draft.assisted && (
          <div className="review-item">
            <dt>{t('report.assisted.badge')}</dt>
            <dd>{t('report.review.assisted')}</dd>
          </div>
        )}
      </dl>
      {state.phase === 'failed' && (
        <SaveFailedDialog
          failure={state.failure}
          onClose={dismissFailure}
          onRetry={() => {
            dismissFailure();
            submit();
          }}
        />
      )}
    </ReportStep>
  );
}
