import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { firstOfMonth } from '../../domain/time/stockholm.js';
import {
  feedbackMinimumAnswers,
  feedbackQuestions,
  type FeedbackSummary,
} from '../../shared/api/feedback.js';

/** Whose answers: the whole county, one organisation's convening units, or one convening unit. */
export type FeedbackScope =
  { kind: 'county' } | { kind: 'organisation'; organisationId: string } | { kind: 'unit'; unitId: string };

/** Stockholm dates, both inclusive; an answer counts by the month of its meeting. */
export interface FeedbackPeriod {
  from: string;
  to: string;
}

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
  let inScope = db
    .selectFrom('feedbackAnswers')
    .where('meetingMonth', '>=', firstOfMonth(period.from))
    .where('meetingMonth', '<=', firstOfMonth(period.to));
  if (scope.kind === 'organisation') inScope = inScope.where('organisationId', '=', scope.organisationId);
  if (scope.kind === 'unit') inScope = inScope.where('conveningUnitId', '=', scope.unitId);

  const totals = await inScope
    .select((eb) => [
      eb.fn.countAll<string>().as('answers'),
      ...feedbackQuestions.map((question) => eb.fn.count<string>(question).as(`${question}Answered`)),
      ...feedbackQuestions.map((question) =>
        sql<string | null>`round(avg(${sql.ref(question)}), 2)`.as(`${question}Average`),
      ),
    ])
    .executeTakeFirstOrThrow();
  const answers = Number(totals.answers);
  if (answers < feedbackMinimumAnswers) {
    return { answers: null, suppressed: true, questions: [], freeTexts: [] };
  }
  const row = totals as unknown as Record<string, string | null>;
  const questions = feedbackQuestions.map((question) => {
    const answered = Number(row[`${question}Answered`]);
    const average = row[`${question}Average`];
    return {
      question,
      answered,
      average: answered >= feedbackMinimumAnswers && average !== null ? Number(average) : null,
    };
  });
  // In random order, so the list's order says nothing about when or from whom a text came.
  const texts = await inScope
    .select('freeText')
    .where('freeText', '<>', '')
    .orderBy(sql`random()`)
    .execute();
  return { answers, suppressed: false, questions, freeTexts: texts.map((text) => text.freeText) };
}
