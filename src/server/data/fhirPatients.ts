import { sql, type Kysely } from 'kysely';
import type { DB, PersonsTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';

/**
 * The people a unit may read as FHIR Patients: those with a SIP the unit may see (the case list's rule,
 * `visibleToUnit`), each with the first such SIP and the unit's standing in it, for the access policy to decide.
 */
export type KnownPatientRow = Selectable<PersonsTable> & { sipId: string; standing: CaseStanding };

/** Which people a search asks for: by id, or (null) everyone the unit may see. */
export interface PatientFilter {
  ids: string[] | null;
}

function knownPatients(unitId: string, today: string, filter: PatientFilter) {
  const ids = filter.ids === null ? sql`TRUE` : sql`p.id = ANY (${filter.ids}::uuid[])`;
  return sql`
    FROM persons p
    CROSS JOIN LATERAL (
      SELECT s.id FROM sips s
      WHERE s.person_id = p.id AND ${visibleToUnit(sql.ref('s.id'), unitId, today)}
      ORDER BY s.id LIMIT 1
    ) first_sip
    WHERE ${ids}`;
}

/** One page of the people the unit may see that match, in id order from the window's cursor. */
export async function knownPatientsPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: PatientFilter,
  window: PageWindow,
): Promise<KnownPatientRow[]> {
  const direction = sql.raw(keysetDirection(window));
  const { rows } = await sql<KnownPatientRow>`
    SELECT p.*, first_sip.id AS sip_id, ${caseStandingSql(sql.ref('first_sip.id'), unitId)} AS standing
    ${knownPatients(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('p.id'), window)}
    ORDER BY p.id ${direction}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many people the unit may see match, for a search's total. */
export async function countKnownPatients(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: PatientFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count ${knownPatients(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
