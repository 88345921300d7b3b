import type { ReactNode } from 'react';
import type { GuidanceStep } from '../../../shared/guidance.js';
import { StepGuidance } from '../guidance/StepGuidance.js';
import './section.css';

/**
 * One part of the case: a card with its own h2, named by that heading for landmarks and screen readers. A part
 * that is a step of the process has its guidance one click away, beside the heading.
 */
export function Section({
  id,
  title,
  guidance,
  children,
}: {
  id: string;
  title: ReactNode;
  guidance?: GuidanceStep;
  children: ReactNode;
}) {
  const heading = <h2 id={`${id}-title`}>{title}</h2>;
  return (
    <section className="card case-section" aria-labelledby={`${id}-title`} id={id}>
      {guidance ? <StepGuidance id={id} step={guidance} heading={heading} headingLevel={2} /> : heading}
      {children}
    </section>
  );
}
