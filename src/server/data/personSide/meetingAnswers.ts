import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The signed-in person's own answer to a meeting; undefined before they answered. */
export function meetingAnswerOf(db: Kysely<DB>, meetingId: string, identityId: string) {
  return db
    .selectFrom('personMeetingAnswers')
    .select(['answer', 'wish', 'answeredAt'])
    .where('meetingId', '=', meetingId)
    .where('identityId', '=', identityId)
    .executeTakeFirst();
}

/** The case's meeting still to come, locked, that the person may answer; undefined for any other. */
export function meetingToAnswer(db: Kysely<DB>, sipId: string, meetingId: string) {
  return db
    .selectFrom('meetings')
    .select('id')
    .where('id', '=', meetingId)
    .where('sipId', '=', sipId)
    .where('status', '=', 'scheduled')
    .where('startsAt', '>', new Date())
    .forUpdate()
    .executeTakeFirst();
}

/** Their answer given now, replacing an earlier one: the latest is what they mean. */
export async function saveMeetingAnswer(
  db: Kysely<DB>,
  answer: { meetingId: string; identityId: string; answer: 'coming' | 'another_time'; wish: string },
): Promise<void> {
  await db
    .insertInto('personMeetingAnswers')
    .values(answer)
    .onConflict((conflict) =>
      conflict.columns(['meetingId', 'identityId']).doUpdateSet({
        answer: answer.answer,
        wish: answer.wish,
        answeredAt: new Date(),
      }),
    )
    .execute();
}
