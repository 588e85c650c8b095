import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigState } from './config-context';

/**
 * For the clerk: which configuration layer was rejected, which field, and why, and that the
 * last valid configuration is still in force. A status region at the bottom, out of the
 * villager's way; empty (and hidden by CSS) when there is nothing to report.
 */
export function ConfigProblemBanner({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const { problems } = useConfigState();
  return (
    <div role="status" className="config-problems" ref={ref}>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={`${problem.layer}:${problem.source}:${problem.path}:${index}`}>
              {t('app.configProblem', {
                source: problem.source,
                path: problem.path || t('app.configProblemWholeFile'),
                message: problem.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
