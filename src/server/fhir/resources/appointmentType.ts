import { sql, type Expression, type SqlBool } from 'kysely';
import type { Meeting } from '../../../db/schema.js';
import type { ResourceType } from '../registry.js';
import { tokenMatches } from '../searchSql.js';
import { appointmentResource, appointmentStatus } from './appointment.js';
import {
  dateConditions,
  readMeeting,
  referenceCondition,
  searchMeetingPage,
  type MeetingResource,
} from './appointmentSearch.js';
import type { ParsedSearch } from '../searchParameters.js';

const statusSystem = 'http://hl7.org/fhir/appointmentstatus';

const build: MeetingResource = (context, facts) => appointmentResource(context.baseUrl, facts);

/** The meetings whose Appointment.status one of the status values names. */
function statusCondition(search: ParsedSearch): Expression<SqlBool> | null {
  const values = search.tokens.get('status');
  if (!values) return null;
  const statuses = (Object.keys(appointmentStatus) as Meeting['status'][]).filter((status) =>
    values.some((value) => tokenMatches(value, statusSystem, appointmentStatus[status])),
  );
  return statuses.length > 0 ? sql<SqlBool>`m.status = ANY (${statuses}::text[])` : sql<SqlBool>`FALSE`;
}

/** SIP meetings as Appointments (docs/fhir-mapping.md, Appointment). */
export const appointmentType: ResourceType = {
  type: 'Appointment',
  searchParameters: [
    { name: 'patient', type: 'reference', target: ['Patient'], description: 'The individual the SIP is for' },
    {
      name: 'supporting-info',
      type: 'reference',
      target: ['CarePlan', 'EpisodeOfCare'],
      description: 'The SIP the meeting belongs to, as its CarePlan or EpisodeOfCare (both have the SIP id)',
    },
    { name: 'status', type: 'token', description: 'booked (scheduled), fulfilled (held) or cancelled' },
    { name: 'date', type: 'date', description: 'When the meeting starts' },
  ],

  read: (context, id) => readMeeting(context, id, build),

  search: (context, search, window) =>
    searchMeetingPage(
      context,
      [
        referenceCondition(search, 'patient', sql.ref('s.person_id')),
        referenceCondition(search, 'supporting-info', sql.ref('m.sip_id')),
        statusCondition(search),
        ...dateConditions(search, 'date', sql.ref('m.starts_at')),
      ],
      window,
      build,
    ),
};
