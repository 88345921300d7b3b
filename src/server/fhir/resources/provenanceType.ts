import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  countProvenance,
  provenanceFacts,
  provenancePage,
  type ProvenanceFilter,
  type ProvenanceRow,
} from '../../data/fhirProvenance.js';
import { pageOf } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { provenanceResource, readProvenanceId } from './provenance.js';
import { idsAsked, referencedIds, windowOfIds } from './searchValues.js';

const isProvenanceId = (id: string) => readProvenanceId(id) !== undefined;

/** Who made and approved the plan is part of the plan, as the JSON API's plan read decides (`readPlan`). */
function readable(context: FhirContext, rows: ProvenanceRow[]): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readPlan'))
    .map((row) => ({
      resource: provenanceResource(context.baseUrl, provenanceFacts(row)),
      concerns: { personId: row.personId, sipId: row.sipId },
    }));
}

/** Provenance: who established each plan version, and who approved it (fhir-mapping.md, Provenance). */
export const provenanceType: ResourceType = {
  type: 'Provenance',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The Provenance id ({sipId}.v{n} or {sipId}.v{n}.approval)' },
    {
      name: 'patient',
      type: 'reference',
      target: ['Patient'],
      description: 'The individual the plan is for',
    },
    {
      name: 'target',
      type: 'reference',
      target: ['CarePlan'],
      description: 'The CarePlan, any of its versions',
    },
  ],

  async read(context, id) {
    if (!isProvenanceId(id)) return null;
    const filter: ProvenanceFilter = { ids: [id], personIds: null, sipIds: null };
    const window = { count: 1, after: null, before: null };
    const rows = await provenancePage(context.db, context.actor.unitId, stockholmDate(), filter, window);
    return readable(context, rows)[0] ?? null;
  },

  async search(context, search, window) {
    const filter: ProvenanceFilter = {
      ids: idsAsked(search, isProvenanceId),
      personIds: referencedIds(search, 'patient'),
      sipIds: referencedIds(search, 'target'),
    };
    const today = stockholmDate();
    const rows = await provenancePage(
      context.db,
      context.actor.unitId,
      today,
      filter,
      windowOfIds(window, isProvenanceId),
    );
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows),
      total: await countProvenance(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
