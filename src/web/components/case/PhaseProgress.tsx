import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { stepSection } from './sectionAnchors.js';
import { currentStep, processSteps } from './steps.js';
import './caseParts.css';

/**
 * The steps of the process in order, the current one marked in words as well as in form; each step reached links
 * to the part of the page where it is done.
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
              {state === 'todo' ? (
                <span className="progress-name">{t(`case.progress.${step}`)}</span>
              ) : (
                // A step reached has a section to go to: its address on the page.
                <a className="progress-name" href={`#${stepSection[step]}`}>
                  {t(`case.progress.${step}`)}
                </a>
              )}
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
