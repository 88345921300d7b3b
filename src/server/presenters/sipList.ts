import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import type { sipListItem } from '../../shared/api/responses.js';
import { protectedName } from './names.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { visibleToUnit } from '../access/consentInForce.js';
import type { Actor } from '../sips/actor.js';
import { logAccess } from '../audit/logAccess.js';

type SipListItem = z.infer<typeof sipListItem>;

/**
 * The SIPs the acting unit may see, newest activity first. The access rule (the unit's part and the consent in
 * force) is part of the query itself, so no caller can list a case the unit may not see. Protected identities
 * are masked in lists.
 */
export async function listSipsForUnit(
  db: Kysely<DB>,
  actor: Actor,
  language: 'sv' | 'en' = 'sv',
): Promise<SipListItem[]> {
  if (!worksWithCases(actor.role)) return [];
  const { unitId } = actor;
  const rows = await db
    .selectFrom('sips')
    .innerJoin('persons', 'persons.id', 'sips.personId')
    .innerJoin('units as convener', 'convener.id', 'sips.conveningUnitId')
    .select([
      'sips.id',
      'sips.caseNumber',
      'sips.phase',
      'sips.targetGroup',
      'sips.nextFollowUpOn',
      'sips.updatedAt',
    ])
    .select([
      'persons.givenName',
      'persons.familyName',
      'persons.protectedIdentity',
      'convener.name as convenerUnitName',
    ])
    .select((eb) => [
      eb
        .selectFrom('sipParticipants')
        .select(sql<string>`string_agg(part, ',' ORDER BY part)`.as('parts'))
        .whereRef('sipParticipants.sipId', '=', 'sips.id')
        .where('sipParticipants.unitId', '=', unitId)
        .as('parts'),
      eb
        .selectFrom('meetings')
        .select(sql<Date>`min(starts_at)`.as('startsAt'))
        .whereRef('meetings.sipId', '=', 'sips.id')
        .where('meetings.status', '=', 'scheduled')
        .as('meetingStartsAt'),
    ])
    .where((eb) => visibleToUnit(eb.ref('sips.id'), unitId, stockholmDate()))
    .orderBy('sips.updatedAt', 'desc')
    .limit(500)
    .execute();
  // A list shows names: it is logged as one access by the acting user.
  if (rows.length > 0) await logAccess(db, actor, 'list_cases');
  return rows.map((row) => {
    const meeting = row.meetingStartsAt ? new Date(row.meetingStartsAt).toISOString() : null;
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      phase: row.phase,
      personName: row.protectedIdentity ? protectedName[language] : `${row.givenName} ${row.familyName}`,
      protectedIdentity: row.protectedIdentity,
      targetGroup: row.targetGroup,
      convenerUnitName: row.convenerUnitName,
      myParts: (row.parts ?? '').split(',').filter(Boolean) as UnitPart[],
      nextDate: meeting ?? (row.phase === 'closed' ? null : row.nextFollowUpOn),
      nextDateKind: meeting
        ? ('meeting' as const)
        : row.nextFollowUpOn && row.phase !== 'closed'
          ? ('follow_up' as const)
          : null,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
