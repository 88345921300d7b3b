import { sql, type Expression, type SqlBool } from 'kysely';
import { caseWorkerRoles } from '../../../domain/access/policy.js';
import {
  coordinatorOf,
  searchRoles,
  staffAtUnit,
  unitContact,
  type RoleRow,
} from '../../data/fhirPractitionerRoles.js';
import { keysetCondition, keysetDirection, keysetLimit, pageOf } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import type { ParsedSearch } from '../searchParameters.js';
import { tokenMatches } from '../searchSql.js';
import { referenceCondition } from './appointmentSearch.js';
import {
  coordinatorRoleResource,
  roleSystem,
  staffRoleResource,
  unitRoleResource,
} from './practitionerRole.js';
import { practitionerRoleKey } from './practitionerRoleIds.js';

/**
 * The coordinator a SIP's established plan names: about a case, so read as the plan is (`readPlan`) and logged as
 * a read of the individual's data. Not found before a plan names one, or when the unit may not read the plan.
 */
async function readCoordinator(context: FhirContext, sipId: string): Promise<Found | null> {
  const row = await coordinatorOf(context.db, sipId, context.actor.unitId);
  if (!row || !context.may(row.standing, 'readPlan') || !row.coordinator?.name) return null;
  return {
    resource: coordinatorRoleResource(
      context.baseUrl,
      { id: row.sipId, closed: row.closed },
      row.coordinator,
    ),
    concerns: { personId: row.personId, sipId: row.sipId },
  };
}

/** A case worker at a unit, or a unit itself: about no individual, so not logged. */
function foundRole(context: FhirContext, row: RoleRow): Found {
  const resource =
    row.userId !== null && row.role !== null
      ? staffRoleResource(context.baseUrl, { ...row, userId: row.userId, role: row.role })
      : unitRoleResource({ id: row.unitId, phone: row.phone, email: row.email });
  return { resource, concerns: null };
}

function roleCondition(context: FhirContext, search: ParsedSearch): Expression<SqlBool> | null {
  const values = search.tokens.get('role');
  if (!values) return null;
  const system = roleSystem(context.baseUrl);
  const roles = caseWorkerRoles.filter((role) => values.some((value) => tokenMatches(value, system, role)));
  return roles.length > 0 ? sql<SqlBool>`r.role = ANY (${roles}::text[])` : sql<SqlBool>`FALSE`;
}

/**
 * Who acts for units (docs/fhir-mapping.md, PractitionerRole). A search lists case workers at their units and the
 * units themselves; a coordinator is read by its id only, since it belongs to a case and not to the directory.
 */
export const practitionerRoleType: ResourceType = {
  type: 'PractitionerRole',
  searchParameters: [
    {
      name: 'organization',
      type: 'reference',
      target: ['Organization'],
      description: 'The unit the role is at',
    },
    {
      name: 'role',
      type: 'token',
      description: 'The role of a case worker at the unit: staff or unit_manager',
    },
  ],

  async read(context, id) {
    const key = practitionerRoleKey(id);
    switch (key?.kind) {
      case undefined:
        return null;
      case 'coordinator':
        return readCoordinator(context, key.sipId);
      case 'staff': {
        const staff = await staffAtUnit(context.db, key.userId, key.unitId);
        return staff ? { resource: staffRoleResource(context.baseUrl, staff), concerns: null } : null;
      }
      case 'unit': {
        const unit = await unitContact(context.db, key.unitId);
        return unit ? { resource: unitRoleResource(unit), concerns: null } : null;
      }
    }
  },

  async search(context, search, window) {
    const conditions = [
      referenceCondition(search, 'organization', sql.ref('r.unit_id')),
      roleCondition(context, search),
    ].filter((condition) => condition !== null);
    const { rows, total } = await searchRoles(context.db, {
      conditions,
      keyset: keysetCondition(sql.ref('r.key'), window),
      direction: keysetDirection(window),
      limit: keysetLimit(window),
    });
    const page = pageOf(rows, window, (row) => row.key);
    return {
      found: page.rows.map((row) => foundRole(context, row)),
      total,
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
