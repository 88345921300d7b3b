import { sql, type SqlBool } from 'kysely';
import type { ResourceType } from '../registry.js';
import { tokenMatches } from '../searchSql.js';
import {
  dateConditions,
  readMeeting,
  referenceCondition,
  searchMeetingPage,
  type MeetingResource,
} from './appointmentSearch.js';
import { encounterResource } from './encounter.js';

const statusSystem = 'http://hl7.org/fhir/encounter-status';

const build: MeetingResource = (_context, facts) => encounterResource(facts);

/** Held SIP meetings as Encounters (docs/fhir-mapping.md, Encounter). */
export const encounterType: ResourceType = {
  type: 'Encounter',
  searchParameters: [
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual the SIP is for' },
    {
      name: 'episode-of-care',
      type: 'reference',
      target: ['EpisodeOfCare'],
      description: 'The SIP the meeting belongs to (the EpisodeOfCare has the SIP id)',
    },
    { name: 'status', type: 'token', description: 'finished: every Encounter is a held meeting' },
    { name: 'date', type: 'date', description: 'When the meeting was held (its start)' },
  ],

  read: (context, id) => readMeeting(context, id, build),

  search: (context, search, window) => {
    const statuses = search.tokens.get('status');
    // Every Encounter is finished, so a status search either keeps them all or finds none.
    const statusKept = !statuses || statuses.some((value) => tokenMatches(value, statusSystem, 'finished'));
    return searchMeetingPage(
      context,
      [
        sql<SqlBool>`m.status = 'held'`,
        statusKept ? null : sql<SqlBool>`FALSE`,
        referenceCondition(search, 'patient', sql.ref('s.person_id')),
        referenceCondition(search, 'episode-of-care', sql.ref('m.sip_id')),
        ...dateConditions(search, 'date', sql.ref('m.starts_at')),
      ],
      window,
      build,
    );
  },
};
