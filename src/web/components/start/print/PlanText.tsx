import { useTranslation } from 'react-i18next';

/** A written part of the plan under its own heading, in the words as written; an empty part says so. */
export function PlanText({ heading, text, level = 3 }: { heading: string; text: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="plan-part">
      <Heading>{heading}</Heading>
      {text.trim() ? (
        <p className="plan-text">{text}</p>
      ) : (
        <p className="not-filled">{t('start.notFilledIn')}</p>
      )}
    </div>
  );
}
