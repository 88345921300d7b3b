import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  feedbackMinimumAnswers,
  feedbackQuestions,
  type FeedbackSummary,
} from '../../shared/api/feedback.js';
import {
  feedbackFreeTexts,
  feedbackTotals,
  type FeedbackPeriod,
  type FeedbackScope,
} from '../data/feedback.js';

/**
 * Averages per question over the answers of a scope and period, aggregated in SQL. Below five answers nothing
 * is given — not the count, not an average, not a free text — so a small unit's few answers cannot be traced to
 * the people it met. A question scored (not "vet ej") by fewer than five gets no average either.
 */
export async function feedbackSummary(
  db: Kysely<DB>,
  scope: FeedbackScope,
  period: FeedbackPeriod,
): Promise<FeedbackSummary> {
  const totals = await feedbackTotals(db, scope, period);
  const answers = Number(totals.answers);
  if (answers < feedbackMinimumAnswers) {
    return { answers: null, suppressed: true, questions: [], freeTexts: [] };
  }
  const questions = feedbackQuestions.map((question) => {
    const answered = Number(totals[`${question}Answered`]);
    const average = totals[`${question}Average`];
    return {
      question,
      answered,
      average:
        answered >= feedbackMinimumAnswers && average !== null && average !== undefined
          ? Number(average)
          : null,
    };
  });
  return { answers, suppressed: false, questions, freeTexts: await feedbackFreeTexts(db, scope, period) };
}
