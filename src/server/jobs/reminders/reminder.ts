import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { DueCondition } from '../../data/dueOccasion.js';
import { notify } from '../../notifications/notify.js';
import type { NoticeKind } from '../../notifications/notice.js';
import { readCountySettings, type CountySettings } from '../../data/countySettings.js';
import type { PersonNoticeKind } from '../../../shared/personNotices.js';

/** What a reminder tells of: a notice to units, or to the individual and the guardians. */
export type ReminderKind = NoticeKind | PersonNoticeKind;

/** When a sweep or a reminder's job looks: the instant, its Stockholm calendar day, and the county's intervals. */
export interface ReminderMoment {
  now: Date;
  /** YYYY-MM-DD in Stockholm. */
  today: string;
  settings: CountySettings;
}

export async function reminderMoment(db: Kysely<DB>, now: Date): Promise<ReminderMoment> {
  return { now, today: stockholmDate(now), settings: await readCountySettings(db) };
}

/**
 * One thing due for a reminder. `key` names the occasion — the thing, and whatever would make a new reminder due
 * (a meeting's sequence, a follow-up's date) — and is the key of its job, so each occasion is reminded of once.
 */
export interface DueReminder {
  subjectId: string;
  key: string;
  /** Null for a discharge process whose SIP was never started. */
  sipId: string | null;
  /** The unit the reminder goes to first. */
  unitId: string;
  meetingId?: string;
}

/** A sweep asks for what is due and has no job yet; a job asks again for its one subject, to see it is still due. */
export type DueScope = 'not_yet_enqueued' | { subjectId: string };

export interface Reminder {
  kind: ReminderKind;
  findDue(db: Kysely<DB>, moment: ReminderMoment, scope: DueScope): Promise<DueReminder[]>;
  /** Tells whom it concerns, in the job's transaction. */
  remind(trx: Transaction<DB>, due: DueReminder): Promise<void>;
}

export const reminderJobKind = (kind: ReminderKind) => `reminder.${kind}`;

/** The condition a reminder's query adds for the scope; `subject` and `key` are the query's own expressions. */
export function inScope(
  scope: DueScope,
  kind: ReminderKind,
  subject: Expression<string>,
  key: Expression<string>,
): Expression<SqlBool> {
  if (scope === 'not_yet_enqueued')
    return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.kind = ${reminderJobKind(kind)} AND jobs.key = ${key})`;
  return sql<SqlBool>`${subject} = ${scope.subjectId}`;
}

/** `inScope` for the query of the aggregate that finds what the reminder of `kind` is due for. */
export function dueIn(scope: DueScope, kind: ReminderKind): DueCondition {
  return (subject, key) => inScope(scope, kind, subject, key);
}

/** A reminder's notice to one unit (by default the due thing's), once per occasion and unit. */
export function notifyUnit(trx: Transaction<DB>, kind: NoticeKind, due: DueReminder, unitId = due.unitId) {
  return notify(trx, {
    kind,
    unitId,
    sipId: due.sipId,
    ...(due.meetingId ? { meetingId: due.meetingId } : {}),
    dedupeKey: `${kind}:${due.key}:${unitId}`,
  });
}
