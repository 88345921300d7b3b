import { sql, type Kysely, type NotNull, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { FollowUpsDue } from '../../shared/api/sipList.js';
import { followUpHorizonDays } from '../../shared/api/sipListFields.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { daysFrom } from '../jobs/reminders/reminder.js';
import type { Actor } from '../sips/actor.js';
import { plannedMeetingStart } from '../sipList/nextDate.js';
import { listedName } from './names.js';

/** As many as the start page has room for; the case list, filtered by date, shows them all. */
const SHOWN = 20;

/**
 * Established plans whose follow-up date is within the horizon or past, among all the cases the unit may see,
 * the oldest date first. A plan with a follow-up meeting planned has the meeting as its next date instead, as in
 * the case list. The caller logs the access.
 */
export async function listFollowUpsDue(
  db: Kysely<DB>,
  actor: Actor,
  language: 'sv' | 'en',
): Promise<FollowUpsDue> {
  if (!worksWithCases(actor.role)) return { items: [], more: false };
  const today = stockholmDate();
  const sipId = sql.ref<string>('s.id');
  const rows = await db
    .selectFrom('sips as s')
    .innerJoin('persons as person', 'person.id', 's.personId')
    .select(['s.id', 's.caseNumber', 's.nextFollowUpOn'])
    .select(['person.givenName', 'person.familyName', 'person.protectedIdentity'])
    .where('s.phase', '=', 'plan_established')
    .where('s.nextFollowUpOn', '<=', daysFrom(today, followUpHorizonDays))
    .where(sql<SqlBool>`${plannedMeetingStart(sipId)} IS NULL`)
    .where(visibleToUnit(sipId, actor.unitId, today))
    .$narrowType<{ nextFollowUpOn: NotNull }>()
    .orderBy('s.nextFollowUpOn')
    .orderBy('s.id')
    .limit(SHOWN + 1)
    .execute();
  return {
    items: rows.slice(0, SHOWN).map((row) => ({
      sipId: row.id,
      caseNumber: row.caseNumber,
      personName: listedName(row, language),
      followUpOn: row.nextFollowUpOn,
      overdue: row.nextFollowUpOn < today,
    })),
    more: rows.length > SHOWN,
  };
}
