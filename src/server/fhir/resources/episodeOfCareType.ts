import { stockholmDate } from '../../../domain/time/stockholm.js';
import { sipPhaseValues } from '../../../shared/api/vocabulary.js';
import { countEpisodes, episodesPage, type EpisodeFilter, type EpisodeRow } from '../../data/fhirEpisodes.js';
import { isUuid, pageOf } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { FhirContext } from '../requestContext.js';
import { episodeResource, episodeStatus, episodeStatuses } from './episodeOfCare.js';
import { codesAsked, idsAsked, referencedIds, windowOfIds } from './searchValues.js';

const episodeStatusSystem = 'http://hl7.org/fhir/episode-of-care-status';

/** The SIPs the unit's part lets it read, as the JSON API's case read decides (`readCase`). */
function readable(context: FhirContext, rows: EpisodeRow[]): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readCase'))
    .map((row) => ({
      resource: episodeResource(row),
      concerns: { personId: row.personId, sipId: row.sipId },
    }));
}

/** The (phase, plan ever established) pairs whose status was asked for, from the one rule (`episodeStatus`). */
function standingsWith(statuses: readonly string[]): EpisodeFilter['standings'] {
  return sipPhaseValues.flatMap((phase) =>
    [true, false].flatMap((planEstablished) =>
      statuses.includes(episodeStatus(phase, planEstablished)) ? [{ phase, planEstablished }] : [],
    ),
  );
}

/** EpisodeOfCare: the SIP from need to closing, one per SIP (fhir-mapping.md, EpisodeOfCare). */
export const episodeOfCareType: ResourceType = {
  type: 'EpisodeOfCare',
  searchParameters: [
    { name: '_id', type: 'token', description: 'The EpisodeOfCare id (the SIP id)' },
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual the SIP is for' },
    {
      name: 'status',
      type: 'token',
      description: "planned, active, onhold, finished or cancelled, from the SIP's phase",
    },
  ],

  async read(context, id) {
    if (!isUuid(id)) return null;
    const filter: EpisodeFilter = { sipIds: [id], personIds: null, standings: null };
    const window = { count: 1, after: null, before: null };
    const rows = await episodesPage(context.db, context.actor.unitId, stockholmDate(), filter, window);
    return readable(context, rows)[0] ?? null;
  },

  async search(context, search, window) {
    const statuses = codesAsked(search, 'status', episodeStatusSystem, episodeStatuses);
    const filter: EpisodeFilter = {
      sipIds: idsAsked(search),
      personIds: referencedIds(search, 'patient'),
      standings: statuses && standingsWith(statuses),
    };
    const today = stockholmDate();
    const rows = await episodesPage(
      context.db,
      context.actor.unitId,
      today,
      filter,
      windowOfIds(window, isUuid),
    );
    const page = pageOf(rows, window, (row) => row.sipId);
    return {
      found: readable(context, page.rows),
      total: await countEpisodes(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
