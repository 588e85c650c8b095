import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { BigButton } from '../../ui/big-button';
import { Screen } from '../../ui/screen';
import { useOcrService, useOcrServiceState } from './ocr-service-context';
import { ScanCaptureStep } from './scan-capture-step';
import { ScanFileStep } from './scan-file-step';
import { ScanListStep } from './scan-list-step';
import { ScanReviewStep } from './scan-review-step';
import { useScanPages } from './use-scan-pages';
import './scan.css';

type Step = 'capture' | 'review' | 'file' | 'list';
const STEPS: Step[] = ['capture', 'review', 'file', 'list'];

/**
 * 扫描文件 (issue 12), inside the unlocked clerk area. Four steps, one task each: capture,
 * check the text, file, and the filed documents. The pages live in this screen until filed, so
 * moving between steps, a camera problem or a failed save loses none of them.
 */
export function ScanScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const config = useConfig().scan;
  const service = useOcrService();
  const serviceState = useOcrServiceState(service);
  const pages = useScanPages(service);
  const [step, setStep] = useState<Step>('capture');
  const [retakeId, setRetakeId] = useState<string | null>(null);
  const [filedTitle, setFiledTitle] = useState<string | null>(null);
  return (
    <Screen title={t('scan.title')} onBack={onBack} speech={`${t('scan.title')}。${t(`scan.steps.${step}`)}`}>
      <nav className="scan-steps" aria-label={t('scan.title')}>
        {STEPS.map((s) => (
          <BigButton key={s} variant={s === step ? 'primary' : 'secondary'} aria-current={s === step ? 'step' : undefined} onClick={() => setStep(s)}>
            {t(`scan.steps.${s}`)}
          </BigButton>
        ))}
      </nav>
      {serviceState?.phase === 'unavailable' && <p role="alert">{t('scan.problem.noEngine', { reason: serviceState.reasons.join('; ') })}</p>}
      {serviceState?.phase === 'ready' && serviceState.fellBackFrom && <p role="status">{t('scan.problem.fellBack')}</p>}
      {step === 'capture' && (
        <ScanCaptureStep
          config={config}
          pages={pages}
          retakeId={retakeId}
          onRetake={setRetakeId}
          onRetakeDone={() => setRetakeId(null)}
        />
      )}
      {step === 'review' && <ScanReviewStep pages={pages} />}
      {step === 'file' && (
        <ScanFileStep
          config={config}
          pages={pages}
          onFiled={(title) => {
            setFiledTitle(title);
            setStep('list');
          }}
        />
      )}
      {step === 'list' && <ScanListStep config={config} filedTitle={filedTitle} />}
    </Screen>
  );
}
