import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuidanceStep } from '../../../shared/guidance.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Loading } from '../shared/Loading.js';
import { GuidanceContent } from './GuidanceContent.js';
import { useGuidance } from './guidanceQueries.js';
import './guidance.css';

/**
 * A part of a page with its heading and, beside it, a Guidance button that opens the county's routine and the
 * law's wording for the step right there, under the heading: one click from where the user works. The guidance
 * is fetched once for all steps and kept.
 */
export function StepGuidance({
  id,
  step,
  heading,
  headingLevel,
}: {
  /** Makes the button's and panel's ids unique on the page. */
  id: string;
  step: GuidanceStep;
  /** The part's own heading, at `headingLevel`. */
  heading: ReactNode;
  headingLevel: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = `${id}-guidance`;
  const stepName = t(`guidance.steps.${step}`);
  return (
    <>
      <div className="guidance-head">
        {heading}
        <button
          type="button"
          className="guidance-toggle"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
        >
          {t('guidance.toggle')}
          <span className="visually-hidden"> {t('guidance.toggleFor', { step: stepName })}</span>
        </button>
      </div>
      {open && (
        <section
          id={panelId}
          className="guidance-panel"
          aria-label={t('guidance.panelLabel', { step: stepName })}
        >
          <StepGuidancePanel step={step} headingLevel={headingLevel + 1} />
        </section>
      )}
    </>
  );
}

function StepGuidancePanel({ step, headingLevel }: { step: GuidanceStep; headingLevel: number }) {
  const { t } = useTranslation();
  const guidance = useGuidance();
  if (guidance.isPending) return <Loading />;
  if (guidance.error) {
    return (
      <>
        <p>{t('guidance.loadFailed')}</p>
        <ErrorMessage error={guidance.error} />
      </>
    );
  }
  const stepGuidance = guidance.data.steps.find((entry) => entry.step === step);
  return (
    <>
      {stepGuidance && <GuidanceContent guidance={stepGuidance} headingLevel={headingLevel} />}
      <p>
        <Link to={`/guidance#guidance-${step}`}>{t('guidance.allSteps')}</Link>
      </p>
    </>
  );
}
