import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { UnitNotice } from '../../shared/api/notifications.js';
import { visibleToUnit } from '../access/consentInForce.js';
import type { Actor } from '../sips/actor.js';

const recentDays = 30;
const shown = 20;

/**
 * The acting unit's recent notices, and those naming the acting user, newest first: what the mail said, readable
 * in Samplan by those who chose no mail. A notice about a case the unit may no longer see is left out, by the same
 * rule as every list of cases.
 */
export async function unitNotices(db: Kysely<DB>, actor: Actor): Promise<UnitNotice[]> {
  const rows = await db
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
        eb('notices.unitId', '=', actor.unitId),
        sql<SqlBool>`notices.user_ids @> ${JSON.stringify([actor.userId])}::jsonb`,
      ]),
    )
    .where('notices.createdAt', '>=', sql<Date>`now() - make_interval(days => ${recentDays})`)
    .where((eb) =>
      eb.or([
        eb('notices.sipId', 'is', null),
        visibleToUnit(sql.ref('notices.sip_id'), actor.unitId, stockholmDate()),
      ]),
    )
    .orderBy('notices.createdAt', 'desc')
    .orderBy('notices.id', 'desc')
    .limit(shown)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    sipId: row.sipId,
    deviationId: row.deviationId,
    caseNumber: row.caseNumber,
    createdAt: row.createdAt.toISOString(),
  }));
}
