import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { firstOfMonth, stockholmDate } from '../../domain/time/stockholm.js';
import { feedbackQuestions, type feedbackAnswerBody } from '../../shared/api/feedback.js';

/**
 * The feedback's reads and writes: single-use links offered after a held meeting, kept as the hash of their token,
 * and the answers given through them, which keep only the convening unit, its organisation and the meeting's
 * month (docs/decisions/0012-feedback.md).
 */

/** Whose answers: the whole county, one organisation's convening units, or one convening unit. */
export type FeedbackScope =
  { kind: 'county' } | { kind: 'organisation'; organisationId: string } | { kind: 'unit'; unitId: string };

/** Stockholm dates, both inclusive; an answer counts by the month of its meeting. */
export interface FeedbackPeriod {
  from: string;
  to: string;
}

/** The link whose token has the hash, locked for its answer when `forUpdate`; undefined when there is none. */
export function feedbackLinkByHash(db: Kysely<DB>, tokenHash: string, { forUpdate }: { forUpdate: boolean }) {
  const query = db
    .selectFrom('feedbackTokens')
    .select(['id', 'meetingId', 'conveningUnitId', 'expiresAt', 'usedOn'])
    .where('tokenHash', '=', tokenHash);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** The case's meeting with what a feedback link takes from its case; undefined when the case has no such meeting. */
export function meetingForFeedback(db: Kysely<DB>, sipId: string, meetingId: string) {
  return db
    .selectFrom('meetings')
    .innerJoin('sips', 'sips.id', 'meetings.sipId')
    .select(['meetings.status', 'sips.conveningUnitId', 'sips.personId'])
    .where('meetings.id', '=', meetingId)
    .where('meetings.sipId', '=', sipId)
    .executeTakeFirst();
}

/** A link offered now for the meeting, open until `expiresAt`; only the token's hash is kept. */
export async function insertFeedbackLink(
  db: Kysely<DB>,
  link: { tokenHash: string; meetingId: string; conveningUnitId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('feedbackTokens')
    .values({ id: uuidv7(), ...link })
    .execute();
}

/**
 * The answer given through an open link: the link forgets its meeting and keeps only the day it was used, and
 * the answer keeps the convening unit, its organisation and the meeting's month. The caller holds the link's lock.
 */
export async function recordFeedbackAnswer(
  db: Kysely<DB>,
  link: { id: string; meetingId: string; conveningUnitId: string },
  answer: z.output<typeof feedbackAnswerBody>,
): Promise<void> {
  const meeting = await db
    .selectFrom('meetings')
    .select('startsAt')
    .where('id', '=', link.meetingId)
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('units')
    .select('organisationId')
    .where('id', '=', link.conveningUnitId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('feedbackTokens')
    .set({ meetingId: null, usedOn: stockholmDate() })
    .where('id', '=', link.id)
    .execute();
  await db
    .insertInto('feedbackAnswers')
    .values({
      conveningUnitId: link.conveningUnitId,
      organisationId: unit.organisationId,
      meetingMonth: firstOfMonth(stockholmDate(meeting.startsAt)),
      ...answer,
    })
    .execute();
}

function answersIn(db: Kysely<DB>, scope: FeedbackScope, period: FeedbackPeriod) {
  let query = db
    .selectFrom('feedbackAnswers')
    .where('meetingMonth', '>=', firstOfMonth(period.from))
    .where('meetingMonth', '<=', firstOfMonth(period.to));
  if (scope.kind === 'organisation') query = query.where('organisationId', '=', scope.organisationId);
  if (scope.kind === 'unit') query = query.where('conveningUnitId', '=', scope.unitId);
  return query;
}

/**
 * The answers of a scope and period counted in SQL: all of them, and per question how many scored it (not "vet
 * ej") and their average, by `<question>Answered` and `<question>Average`.
 */
export async function feedbackTotals(
  db: Kysely<DB>,
  scope: FeedbackScope,
  period: FeedbackPeriod,
): Promise<Record<string, string | null>> {
  return answersIn(db, scope, period)
    .select((eb) => [
      eb.fn.countAll<string>().as('answers'),
      ...feedbackQuestions.map((question) => eb.fn.count<string>(question).as(`${question}Answered`)),
      ...feedbackQuestions.map((question) =>
        sql<string | null>`round(avg(${sql.ref(question)}), 2)`.as(`${question}Average`),
      ),
    ])
    .executeTakeFirstOrThrow();
}

/** The free texts of a scope and period, in random order, so the order says nothing about when or from whom. */
export async function feedbackFreeTexts(
  db: Kysely<DB>,
  scope: FeedbackScope,
  period: FeedbackPeriod,
): Promise<string[]> {
  const texts = await answersIn(db, scope, period)
    .select('freeText')
    .where('freeText', '<>', '')
    .orderBy(sql`random()`)
    .execute();
  return texts.map((text) => text.freeText);
}
