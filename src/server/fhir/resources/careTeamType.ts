import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  careTeamFacts,
  careTeamsPage,
  countCareTeams,
  type CareTeamFilter,
  type CareTeamRow,
} from '../../data/fhirCareTeams.js';
import { isUuid, pageOf, uuidWindow } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { careTeamResource, careTeamStatuses } from './careTeam.js';
import { codesAsked, idsAsked, referencedIds } from './searchValues.js';

const careTeamStatusSystem = 'http://hl7.org/fhir/care-team-status';

/** The teams the unit's part in the case lets it read, as the JSON API's case read decides (`readCase`). */
function readable(context: FhirContext, rows: CareTeamRow[]): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readCase'))
    .map((row) => ({
      resource: careTeamResource(context.baseUrl, careTeamFacts(row)),
      concerns: { personId: row.personId, sipId: row.id },
    }));
}

/** CareTeam: who makes and carries out the plan, one per SIP (fhir-mapping.md, CareTeam). */
export const careTeamType: ResourceType = {
  type: 'CareTeam',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The CareTeam id (the SIP’s id)' },
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual the SIP is for' },
    {
      name: 'status',
      type: 'token',
      description: 'proposed, active, suspended or inactive (from the SIP’s phase)',
    },
  ],

  async read(context, id) {
    if (!isUuid(id)) return null;
    const filter: CareTeamFilter = { ids: [id], personIds: null, statuses: null };
    const window = { count: 1, after: null, before: null };
    const rows = await careTeamsPage(context.db, context.actor.unitId, stockholmDate(), filter, window);
    return readable(context, rows)[0] ?? null;
  },

  async search(context, search, window) {
    const filter: CareTeamFilter = {
      ids: idsAsked(search),
      personIds: referencedIds(search, 'patient'),
      statuses: codesAsked(search, 'status', careTeamStatusSystem, careTeamStatuses),
    };
    const today = stockholmDate();
    const rows = await careTeamsPage(context.db, context.actor.unitId, today, filter, uuidWindow(window));
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows),
      total: await countCareTeams(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
