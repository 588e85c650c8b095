import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { BigButton } from '../../ui/big-button';
import { CheckIcon } from '../../ui/media-icons';
import { NumericKeypad } from '../../ui/numeric-keypad';
import { isValidPhone, maskPhone, PHONE_MAX_DIGITS } from './phone';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep, StepActions } from './report-step';

/**
 * Step 5 (optional): a phone number on the big keypad, checked (mobile or landline with area
 * code), or none (anonymous). The number is shown masked here, as everywhere but the review:
 * each digit is visible while it is among the last four, the middle ones turn into "*".
 */
export function ContactScreen() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const store = useReportDraftStore();
  const { contact } = useReportDraft();
  const [digits, setDigits] = useState(contact?.kind === 'phone' ? contact.phone : '');
  const [invalid, setInvalid] = useState(false);

  function confirm() {
    if (!isValidPhone(digits)) {
      setInvalid(true);
      return;
    }
    store.setContact({ kind: 'phone', phone: digits });
    navigate('report-review');
  }

  return (
    <ReportStep title={t('report.contact.title')} speech={t('report.contact.speech')}>
      <p className="report-prompt">{t('report.contact.prompt')}</p>
      <div className="contact-entry">
        <div className="phone-field">
          <p className="phone-label">{t('report.contact.number')}</p>
          <p className="phone-display" role="status">
            {digits ? maskPhone(digits) : t('report.contact.empty')}
          </p>
          {invalid && (
            <p className="report-problem" role="alert">
              {t('report.contact.invalid')}
            </p>
          )}
        </div>
        <NumericKeypad
          labels={{ keypad: t('report.contact.keypad'), delete: t('report.contact.delete'), clear: t('report.contact.clear') }}
          onDigit={(digit) => {
            setInvalid(false);
            setDigits((current) => (current.length < PHONE_MAX_DIGITS ? current + digit : current));
          }}
          onDelete={() => {
            setInvalid(false);
            setDigits((current) => current.slice(0, -1));
          }}
          onClear={() => {
            setInvalid(false);
            setDigits('');
          }}
        />
      </div>
      <StepActions>
        <BigButton
          variant="secondary"
          onClick={() => {
            store.setContact({ kind: 'anonymous' });
            navigate('report-review');
          }}
        >
          {t('report.contact.anonymous')}
        </BigButton>
        <BigButton icon={<CheckIcon />} disabled={digits.length === 0} onClick={confirm}>
          {t('report.contact.confirm')}
        </BigButton>
      </StepActions>
    </ReportStep>
  );
}
