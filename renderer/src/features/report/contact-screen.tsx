import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { BigButton } from '../../ui/big-button';
import { CheckIcon } from '../../ui/media-icons';
import { NumericKeypad } from '../../ui/numeric-keypad';
import { groupPhone, isValidPhone, PHONE_MAX_DIGITS } from './phone';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';

/**
 * Step 5 (optional): a phone number on the big keypad, checked (mobile or landline with area
 * code), or none (anonymous). While it is keyed in the number is shown in full, grouped as
 * people say it ("139 1234 5678"), so the villager can check every digit; everywhere after
 * this step it is masked (phone.ts maskPhone). The message area keeps its place whether or not
 * it has a message, so the keypad never moves under a finger.
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

  const actions = (
    <>
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
    </>
  );

  return (
    <ReportStep title={t('report.contact.title')} speech={t('report.contact.speech')} actions={actions}>
      <div className="contact-entry">
        <div className="phone-field">
          <p className="report-prompt">{t('report.contact.prompt')}</p>
          <p className="phone-label" id="phone-label">
            {t('report.contact.number')}
          </p>
          <p className={digits ? 'phone-display' : 'phone-display phone-display--empty'} role="status" aria-labelledby="phone-label">
            {digits ? groupPhone(digits) : t('report.contact.empty')}
          </p>
          <div className="phone-message" role="alert">
            {invalid && <p className="report-problem">{t('report.contact.invalid')}</p>}
          </div>
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
    </ReportStep>
  );
}
