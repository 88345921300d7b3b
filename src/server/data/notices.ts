import { sql, type Kysely, type SqlBool } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { NoticeKind } from '../../shared/api/notifications.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { activeUsersOfUnit } from './directory.js';

/**
 * The notices given to units and users, each with the mails queued for it (mail_outbox), and who wants which kind
 * by e-mail. A notice is recorded in the transaction of the change it announces.
 */

interface NewNotice {
  kind: NoticeKind;
  unitId: string;
  userIds: string[];
  sipId: string | null;
  meetingId: string | null;
  deviationId: string | null;
  dedupeKey: string;
  /** What the mail will say, fixed now. */
  data: object;
}

/** A notice recorded now; its id, or undefined when its dedupe key was used before and it was ignored. */
export async function insertNotice(db: Kysely<DB>, notice: NewNotice): Promise<string | undefined> {
  const inserted = await db
    .insertInto('notices')
    .values({
      ...notice,
      id: uuidv7(),
      userIds: JSON.stringify(notice.userIds),
      data: JSON.stringify(notice.data),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** One mail per address queued for the notice, to be composed and sent by the delivery loop. */
export async function queueMails(db: Kysely<DB>, noticeId: string, addresses: string[]): Promise<void> {
  if (addresses.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(
      addresses.map((toAddress) => ({
        id: uuidv7(),
        noticeId,
        toAddress,
        subject: null,
        textBody: null,
        htmlBody: null,
        ical: null,
        sentAt: null,
        messageId: null,
      })),
    )
    .execute();
}

/**
 * The addresses of the unit's case workers and of the `named` users, not disabled and with an address, each with
 * their own choice for `kind` by e-mail (null when they have not chosen). Administrators and county coordinators
 * see no cases, so only the unit's case workers are among its users here.
 */
export function noticeReaders(db: Kysely<DB>, unitId: string, kind: NoticeKind, named: string[]) {
  return db
    .selectFrom('users')
    .leftJoin('notificationPreferences as preference', (join) =>
      join.onRef('preference.userId', '=', 'users.id').on('preference.kind', '=', kind),
    )
    .select(['users.email', 'preference.email as chosen'])
    .where('users.disabledAt', 'is', null)
    .where('users.email', '<>', '')
    .where((eb) => {
      const ofUnit = eb('users.id', 'in', activeUsersOfUnit(db, unitId).select('userUnits.userId'));
      return named.length > 0 ? eb.or([ofUnit, eb('users.id', 'in', named)]) : ofUnit;
    })
    .execute();
}

/**
 * The notices to the unit and those naming the user, given in the last `days` days, newest first, at most
 * `limit`: a notice about a case the unit may no longer see `today` is left out, by the same rule as every list of
 * cases.
 */
export function recentNotices(
  db: Kysely<DB>,
  reader: { unitId: string; userId: string },
  window: { days: number; limit: number; today: string },
) {
  return db
    .selectFrom('notices')
    .leftJoin('sips', 'sips.id', 'notices.sipId')
    .select([
      'notices.id',
      'notices.kind',
      'notices.sipId',
      'notices.deviationId',
      'notices.createdAt',
      'sips.caseNumber',
    ])
    .where((eb) =>
      eb.or([
        eb('notices.unitId', '=', reader.unitId),
        sql<SqlBool>`notices.user_ids @> ${JSON.stringify([reader.userId])}::jsonb`,
      ]),
    )
    .where('notices.createdAt', '>=', sql<Date>`now() - make_interval(days => ${window.days})`)
    .where((eb) =>
      eb.or([
        eb('notices.sipId', 'is', null),
        visibleToUnit(sql.ref('notices.sip_id'), reader.unitId, window.today),
      ]),
    )
    .orderBy('notices.createdAt', 'desc')
    .orderBy('notices.id', 'desc')
    .limit(window.limit)
    .execute();
}

/** The kinds the user chose to be mailed about or not; a kind not chosen is absent. */
export function chosenNoticeKinds(db: Kysely<DB>, userId: string) {
  return db.selectFrom('notificationPreferences').select(['kind', 'email']).where('userId', '=', userId).execute();
}

/** The user's choice for each kind given, as made now. */
export async function chooseNoticeKinds(
  db: Kysely<DB>,
  userId: string,
  choices: { kind: NoticeKind; email: boolean }[],
): Promise<void> {
  for (const { kind, email } of choices) {
    await db
      .insertInto('notificationPreferences')
      .values({ userId, kind, email, updatedAt: new Date() })
      .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet({ email, updatedAt: new Date() }))
      .execute();
  }
}
