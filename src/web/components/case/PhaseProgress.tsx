import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { currentStep, processSteps } from './steps.js';
import './caseParts.css';

/**
 * Where the case stands: the steps of the process in order, the current one marked in words as well as in form.
 * Moving between the parts of the case is the parts' navigation's work, so the steps are not links.
 */
export function PhaseProgress({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const current = processSteps.indexOf(currentStep(sip));
  return (
    <div className="progress no-print">
      <ol className="progress-steps" aria-label={t('case.progress.label')}>
        {processSteps.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={step}
              className={`progress-step progress-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="progress-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="progress-name">{t(`case.progress.${step}`)}</span>
              <span className={state === 'current' ? 'progress-state' : 'visually-hidden'}>
                {state !== 'todo' && t(`case.progress.${state}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
