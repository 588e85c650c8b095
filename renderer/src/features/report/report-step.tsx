import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';
import { useReportDraft } from './report-draft-context';
import './report.css';

export interface ReportStepProps {
  title: string;
  /** Everything the read-aloud button says: the question and the choices. */
  speech: string;
  children: ReactNode;
  onBack?: () => void;
  /** Extra header controls (the category step puts the clerk-assistance button here). */
  headerEnd?: ReactNode;
}

/**
 * A step of the report flow: a Screen (heading, read aloud, Back/Home) that also shows the
 * "assisted mode" badge on every step while a clerk has unlocked it, so both the clerk and the
 * villager see that the report will be recorded as assisted.
 */
export function ReportStep({ title, speech, children, onBack, headerEnd }: ReportStepProps) {
  const { t } = useTranslation();
  const { assisted } = useReportDraft();
  return (
    <Screen
      title={title}
      speech={speech}
      onBack={onBack}
      headerEnd={
        <>
          {assisted && <span className="report-badge">{t('report.assisted.badge')}</span>}
          {headerEnd}
        </>
      }
    >
      <div className="report-step">{children}</div>
    </Screen>
  );
}

/** The ways forward of a step, kept at the bottom of the step's content. */
export function StepActions({ children }: { children: ReactNode }) {
  return <div className="report-actions">{children}</div>;
}
