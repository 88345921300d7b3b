import { useTranslation } from 'react-i18next';
import type { FeedbackQuestion } from '../../../shared/api/feedback.js';

/** An answer to one question: a score 1–5 or "vet ej"; undefined until chosen. */
export type ScoreChoice = 1 | 2 | 3 | 4 | 5 | 'dontKnow';

const choices: ScoreChoice[] = [1, 2, 3, 4, 5, 'dontKnow'];

/**
 * One question as a radio group: a fieldset whose legend is the question, so a screen reader says it with every
 * choice, and arrow keys move between the choices. Each choice is a large box, easy to hit on a phone.
 */
export function ScoreQuestion({
  question,
  value,
  missing,
  onChange,
}: {
  question: FeedbackQuestion;
  value: ScoreChoice | undefined;
  missing: boolean;
  onChange: (value: ScoreChoice) => void;
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
        {choices.map((choice) => (
          <label key={choice} className="score-choice">
            <input
              type="radio"
              name={question}
              value={String(choice)}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <span>{t(`feedback.form.score.${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
