import { closureReasons, sipPhaseValues } from '../../../shared/api/vocabulary.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  carePlansPage,
  carePlanVersions,
  countCarePlans,
  type CarePlanFilter,
  type CarePlanRow,
} from '../../data/fhirCarePlans.js';
import { caseNumberSystem } from '../identifiers.js';
import { isUuid, pageOf } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import type { ParsedSearch } from '../searchParameters.js';
import { tokenMatches } from '../searchSql.js';
import {
  carePlanCategory,
  carePlanResource,
  carePlanStatus,
  carePlanStatuses,
  sipCategory,
} from './carePlan.js';
import { codesAsked, idsAsked, referencedIds, windowOfIds } from './searchValues.js';

const requestStatusSystem = 'http://hl7.org/fhir/request-status';

function found(context: FhirContext, row: CarePlanRow): Found {
  return {
    resource: carePlanResource(context.baseUrl, row),
    concerns: { personId: row.personId, sipId: row.sipId },
  };
}

/**
 * The (phase, closure reason) pairs whose CarePlan has a status asked for, from the one rule that decides it
 * (`carePlanStatus`), so the query keeps exactly the plans the mapping would give that status.
 */
function standingsWith(statuses: readonly string[]): CarePlanFilter['standings'] {
  return sipPhaseValues.flatMap((phase) =>
    [null, ...closureReasons].flatMap((closureReason) =>
      statuses.includes(carePlanStatus({ phase, closureReason, newest: true }))
        ? [{ phase, closureReason }]
        : [],
    ),
  );
}

/** The search's criteria as the query's filter; `base` names the case number's identifier system. */
function filterOf(search: ParsedSearch, base: string): CarePlanFilter {
  const patients = referencedIds(search, 'patient');
  const subjects = referencedIds(search, 'subject');
  const statuses = codesAsked(search, 'status', requestStatusSystem, carePlanStatuses);
  const categories = search.tokens.get('category');
  const identifiers = search.tokens.get('identifier');
  return {
    sipIds: idsAsked(search),
    // Both name the individual; given both, a plan must match both.
    personIds: patients && subjects ? patients.filter((id) => subjects.includes(id)) : (patients ?? subjects),
    caseNumbers: identifiers
      ? identifiers.flatMap((value) =>
          value.code !== null && (value.system === null || value.system === caseNumberSystem(base))
            ? [value.code]
            : [],
        )
      : null,
    standings: statuses && standingsWith(statuses),
    none:
      categories !== undefined &&
      !categories.some(
        (value) =>
          tokenMatches(value, sipCategory.system, sipCategory.code) ||
          tokenMatches(value, carePlanCategory.system, carePlanCategory.code),
      ),
    dates: search.dates.get('date') ?? [],
    lastUpdated: search.dates.get('_lastUpdated') ?? [],
  };
}

/**
 * CarePlan: a SIP's plan, one resource per SIP whose plan has begun, its established versions as the history
 * (fhir-mapping.md, CarePlan). Read by the plan's rule (`readPlan`), as the JSON API's plan read: 404 for a case
 * the unit has no part in, 403 for a unit whose part does not let it read the plan.
 */
export const carePlanType: ResourceType = {
  type: 'CarePlan',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The CarePlan id (the SIP id)' },
    {
      name: 'patient',
      type: 'reference',
      target: ['Patient'],
      description: 'The individual the plan is for',
    },
    {
      name: 'subject',
      type: 'reference',
      target: ['Patient'],
      description: 'The individual the plan is for',
    },
    {
      name: 'status',
      type: 'token',
      description: "draft, active, on-hold, revoked or completed, from the SIP's phase",
    },
    {
      name: 'category',
      type: 'token',
      description:
        'https://fhir.inera.se/CodeSystem/typeofcareplan-cs|SIP or http://snomed.info/sct|734163000',
    },
    {
      name: 'date',
      type: 'date',
      description: 'The period the plan covers: from its first established version to the closing of the SIP',
    },
    {
      name: 'identifier',
      type: 'token',
      description: 'The case number ({base}/sid/case-number|SIP-2026-00042)',
    },
    { name: '_lastUpdated', type: 'date', description: 'When the newest version or the SIP last changed' },
  ],

  async read(context, id) {
    if (!isUuid(id)) return null;
    await context.authorizeCase(id, 'readPlan');
    const [newest] = await carePlanVersions(context.db, id, stockholmDate(), null);
    return newest ? found(context, newest) : null;
  },

  async search(context, search, window) {
    const filter = filterOf(search, context.baseUrl);
    const today = stockholmDate();
    const rows = await carePlansPage(
      context.db,
      context.actor.unitId,
      today,
      filter,
      windowOfIds(window, isUuid),
    );
    const page = pageOf(rows, window, (row) => row.sipId);
    return {
      found: page.rows
        .filter((row) => context.may(row.standing, 'readPlan'))
        .map((row) => found(context, row)),
      total: await countCarePlans(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },

  history: {
    async versions(context, id) {
      if (!isUuid(id)) return null;
      await context.authorizeCase(id, 'readPlan');
      const rows = await carePlanVersions(context.db, id, stockholmDate(), null);
      return rows.length > 0 ? rows.map((row) => found(context, row)) : null;
    },
    async version(context, id, versionId) {
      if (!isUuid(id) || !/^\d{1,6}$/.test(versionId)) return null;
      await context.authorizeCase(id, 'readPlan');
      const [row] = await carePlanVersions(context.db, id, stockholmDate(), Number(versionId));
      return row ? found(context, row) : null;
    },
  },
};
