import { stockholmDate } from '../../../domain/time/stockholm.js';
import { consentsPage, countConsents, type ConsentFilter, type ConsentRow } from '../../data/fhirConsents.js';
import { isUuid, pageOf, uuidWindow } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { consentResource, consentStatuses } from './consent.js';
import { codesAsked, idsAsked, referencedIds } from './searchValues.js';

const consentStatusSystem = 'http://hl7.org/fhir/consent-state-codes';

/** The consents the unit's part in the case lets it read, as the JSON API's case read decides (`readCase`). */
function readable(context: FhirContext, rows: ConsentRow[], today: string): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readCase'))
    .map((row) => ({
      resource: consentResource(
        { consent: row, personId: row.personId, scopeUnitIds: row.scopeUnitIds },
        today,
      ),
      concerns: { personId: row.personId, sipId: row.sipId },
    }));
}

/** Consent: each decision the individual made about the coordination (fhir-mapping.md, Consent). */
export const consentType: ResourceType = {
  type: 'Consent',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The Consent id' },
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual who consented' },
    {
      name: 'status',
      type: 'token',
      description: 'active, inactive (withdrawn or expired) or rejected (declined)',
    },
  ],

  async read(context, id) {
    if (!isUuid(id)) return null;
    const today = stockholmDate();
    const filter: ConsentFilter = { ids: [id], personIds: null, statuses: null };
    const window = { count: 1, after: null, before: null };
    const rows = await consentsPage(context.db, context.actor.unitId, today, filter, window);
    return readable(context, rows, today)[0] ?? null;
  },

  async search(context, search, window) {
    const filter: ConsentFilter = {
      ids: idsAsked(search),
      personIds: referencedIds(search, 'patient'),
      statuses: codesAsked(search, 'status', consentStatusSystem, consentStatuses),
    };
    const today = stockholmDate();
    const rows = await consentsPage(context.db, context.actor.unitId, today, filter, uuidWindow(window));
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows, today),
      total: await countConsents(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
