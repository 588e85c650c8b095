import { useTranslation } from 'react-i18next';
import { timelineSteps, type ReportProgress, type StepState, type TimelineStep } from './report-progress';

/** Drawn marks beside the words; the words ("done", "now at this step") carry the meaning. */
const MARKS: Record<StepState, string> = { done: '✓', current: '➜', upcoming: '○' };

/**
 * The steps of a report from this kiosk to the county's answer. The current step is set apart
 * by its own words ("now at this step"), a larger bold label and `aria-current="step"`, never by
 * colour alone; finished steps say "done", later ones "not yet".
 */
export function ReportTimeline({ progress }: { progress: ReportProgress }) {
  const { t } = useTranslation();
  const label = (step: TimelineStep) =>
    step === 'reopened' && progress.stage === 'reopen_requested' ? t('status.steps.reopenRequested') : t(`status.steps.${step}`);
  return (
    <ol className="status-timeline" aria-label={t('status.report.timeline')}>
      {timelineSteps(progress).map(({ step, state }) => (
        <li key={step} className={`status-step status-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
          <span className="status-step__mark" aria-hidden="true">
            {MARKS[state]}
          </span>
          <span className="status-step__label">{label(step)}</span>
          <span className="status-step__state">{t(`status.stepState.${state}`)}</span>
        </li>
      ))}
    </ol>
  );
}
