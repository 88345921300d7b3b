import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { FollowUpsDue } from '../../shared/api/sipList.js';
import { followUpHorizonDays } from '../../shared/api/sipListFields.js';
import { daysFrom } from '../data/calendarDays.js';
import { followUpsDueFor } from '../data/followUps.js';
import type { Actor } from '../sips/actor.js';
import { listedName } from './names.js';

/** As many as the start page has room for; the case list, filtered by date, shows them all. */
const SHOWN = 20;

/**
 * Established plans whose follow-up date is within the horizon or past, among all the cases the unit may see,
 * the oldest date first (`followUpsDueFor`). The caller logs the access.
 */
export async function listFollowUpsDue(
  db: Kysely<DB>,
  actor: Actor,
  language: 'sv' | 'en',
): Promise<FollowUpsDue> {
  if (!worksWithCases(actor.role)) return { items: [], more: false };
  const today = stockholmDate();
  const through = daysFrom(today, followUpHorizonDays);
  const rows = await followUpsDueFor(db, actor.unitId, { today, through }, SHOWN + 1);
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
