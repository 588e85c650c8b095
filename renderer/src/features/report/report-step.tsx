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
  /** The step's ways forward, in the screen's bottom bar (always visible), primary last. */
  actions?: ReactNode;
}

/**
 * A step of the report flow: a Screen (heading, read aloud, Back/Home and the step's actions
 * in the bottom bar) that also shows the "assisted mode" badge on every step while a clerk has
 * unlocked it, so both the clerk and the villager see that the report will be recorded as
 * assisted.
 */
export function ReportStep({ title, speech, children, onBack, headerEnd, actions }: ReportStepProps) {
  const { t } = useTranslation();
  const { assisted } = useReportDraft();
  return (
    <Screen
      title={title}
      speech={speech}
      onBack={onBack}
      actions={actions}
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
