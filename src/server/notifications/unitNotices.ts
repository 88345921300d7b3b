import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { UnitNotice } from '../../shared/api/notifications.js';
import { recentNotices } from '../data/notices.js';
import type { Actor } from '../sips/actor.js';

const recentDays = 30;
const shown = 20;

/**
 * The acting unit's recent notices, and those naming the acting user, newest first: what the mail said, readable
 * in Samplan by those who chose no mail. A notice about a case the unit may no longer see is left out, by the same
 * rule as every list of cases.
 */
export async function unitNotices(db: Kysely<DB>, actor: Actor): Promise<UnitNotice[]> {
  const rows = await recentNotices(db, actor, { days: recentDays, limit: shown, today: stockholmDate() });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    sipId: row.sipId,
    deviationId: row.deviationId,
    caseNumber: row.caseNumber,
    createdAt: row.createdAt.toISOString(),
  }));
}
