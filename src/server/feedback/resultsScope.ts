import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../sips/actor.js';
import type { FeedbackScope } from '../data/feedback.js';
import { organisationOfUnit } from '../data/directory.js';

/**
 * Whose feedback a role reads: a unit manager their own unit's meetings, an organisation administrator their
 * organisation's, a county coordinator and the system administrator the county's. Staff never get here (the
 * route's readStatistics policy refuses them).
 */
export async function feedbackScopeOf(db: Kysely<DB>, actor: Actor): Promise<FeedbackScope> {
  switch (actor.role) {
    case 'staff':
    case 'unit_manager':
      return { kind: 'unit', unitId: actor.unitId };
    case 'organisation_admin':
      return { kind: 'organisation', organisationId: await organisationOfUnit(db, actor.unitId) };
    case 'county_coordinator':
    case 'system_admin':
      return { kind: 'county' };
  }
}
