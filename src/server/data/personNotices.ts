import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { OutboxChannel, PersonNoticeKind } from '../../shared/personNotices.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The notices to the individual and the guardians, and the messages to people who are not staff in the outbox
 * (mail_outbox, shared with the staff notices so one delivery loop sends both). Recorded in the transaction of the
 * change they announce.
 */

interface NewPersonNotice {
  kind: PersonNoticeKind;
  sipId: string;
  meetingId: string | null;
  planVersion: number | null;
  dedupeKey: string;
}

/** A person notice recorded now; its id, or undefined when its dedupe key was used before and it was ignored. */
export async function insertPersonNotice(db: Kysely<DB>, notice: NewPersonNotice): Promise<string | undefined> {
  const inserted = await db
    .insertInto('personNotices')
    .values({ ...notice, id: uuidv7() })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** One message per channel and address for the notice, composed and sent by the delivery loop. */
export async function queuePersonNoticeMessages(
  db: Kysely<DB>,
  personNoticeId: string,
  messages: { channel: OutboxChannel; to: string }[],
): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(
      messages.map(({ channel, to }) => ({
        id: uuidv7(),
        noticeId: null,
        personNoticeId,
        channel,
        toAddress: to,
        subject: null,
        textBody: null,
        htmlBody: null,
        ical: null,
        sentAt: null,
        messageId: null,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['personNoticeId', 'channel', 'toAddress'])
        .where('personNoticeId', 'is not', null)
        .doNothing(),
    )
    .execute();
}

/** A message its caller composed (a guest's invitation), queued as it stands for the delivery loop to send. */
export async function queueComposedMessage(
  db: Kysely<DB>,
  message: { channel: OutboxChannel; to: string; subject: string | null; text: string },
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('mailOutbox')
    .values({
      id,
      noticeId: null,
      personNoticeId: null,
      channel: message.channel,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: null,
      ical: null,
      sentAt: null,
      messageId: null,
    })
    .execute();
  return id;
}

/** What a person notice's message is built from: its kind, and nothing about the person. */
export function personNoticeKind(db: Kysely<DB>, personNoticeId: string) {
  return db
    .selectFrom('personNotices')
    .select('kind')
    .where('id', '=', personNoticeId)
    .executeTakeFirstOrThrow();
}

/**
 * Where the case's notices go on `today` (YYYY-MM-DD, Stockholm): the person the SIP is for when an adult (a
 * person without a birth date is taken as one, as the individual side's relations do), otherwise the guardians
 * staff recorded and have not removed. Empty addresses are kept, for the caller to leave out per channel.
 */
export function noticeAddresses(db: Kysely<DB>, sipId: string, today: string) {
  const adultPerson = db
    .selectFrom('sips')
    .innerJoin('persons', 'persons.id', 'sips.personId')
    .select(['persons.email', 'persons.mobile'])
    .where('sips.id', '=', sipId)
    .where((eb) =>
      eb.or([
        eb('persons.birthDate', 'is', null),
        eb('persons.birthDate', '<=', sql<string>`${today}::date - interval '18 years'`),
      ]),
    );
  const guardians = db
    .selectFrom('caseGuardians')
    .innerJoin('sips', 'sips.id', 'caseGuardians.sipId')
    .innerJoin('persons', 'persons.id', 'sips.personId')
    .select(['caseGuardians.email', 'caseGuardians.mobile'])
    .where('caseGuardians.sipId', '=', sipId)
    .where('caseGuardians.removedAt', 'is', null)
    .where('persons.birthDate', '>', sql<string>`${today}::date - interval '18 years'`);
  return adultPerson.unionAll(guardians).execute();
}

/**
 * The established version of each case that has waited for the individual's approval since a time within
 * `established`: the newest version only (an older one is not the plan any more), not approved, without an
 * objection to it, in a case not closed. Keyed by case and version, so each version is reminded of once.
 */
export function versionsAwaitingApproval(
  db: Kysely<DB>,
  established: { after: Date; before: Date },
  due: DueCondition,
) {
  const key = sql<string>`v.sip_id::text || ':' || v.version::text`;
  return db
    .selectFrom('planVersions as v')
    .innerJoin('plans as p', (join) =>
      join.onRef('p.sipId', '=', 'v.sipId').onRef('p.establishedVersion', '=', 'v.version'),
    )
    .innerJoin('sips as s', 's.id', 'v.sipId')
    .select(['v.sipId as subjectId', key.as('key'), 'v.sipId', 's.conveningUnitId as unitId'])
    .where('v.approvedAt', 'is', null)
    .where('v.createdAt', '>', established.after)
    .where('v.createdAt', '<=', established.before)
    .where('s.phase', '<>', 'closed')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('planVersionObjections as o')
            .select('o.id')
            .whereRef('o.sipId', '=', 'v.sipId')
            .whereRef('o.version', '=', 'v.version'),
        ),
      ),
    )
    .where(due(sql.ref('v.sip_id'), key))
    .execute();
}
