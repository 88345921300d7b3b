import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FeedbackQuestion } from '../../../shared/api/feedback.js';

/** An answer to one question: a score 1–5 or "vet ej", as its radio button's value. */
export const scoreChoices = ['1', '2', '3', '4', '5', 'dontKnow'] as const;

/**
 * One question as a radio group: a fieldset whose legend is the question, so a screen reader says it with every
 * choice, and arrow keys move between the choices. Each choice is a large box, easy to hit on a phone.
 */
export function ScoreQuestion({
  question,
  field,
  missing,
}: {
  question: FeedbackQuestion;
  /** The question's registration with the form, which holds the choice. */
  field: UseFormRegisterReturn;
  missing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={missing ? 'score-question score-missing' : 'score-question'}
      id={`question-${question}`}
      tabIndex={-1}
    >
      <legend>{t(`feedback.form.questions.${question}`)}</legend>
      <div className="score-choices">
        {scoreChoices.map((choice) => (
          <label key={choice} className="score-choice">
            <input type="radio" value={choice} {...field} />
            <span>{t(`feedback.form.score.${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
