import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { keysetCondition, keysetDirection, keysetLimit, type PageWindow } from '../fhir/paging.js';
import type { ConsentFacts, ConsentStatus } from '../fhir/resources/consent.js';

/**
 * The consents a unit may read as FHIR Consents (fhir-mapping.md, Consent): every decision recorded on a case it
 * may see (`visibleToUnit`), the latest and the earlier ones, each with the units it names and the unit's standing
 * in the case for the access policy.
 */
export type ConsentRow = ConsentFacts['consent'] & {
  sipId: string;
  personId: string;
  scopeUnitIds: string[];
  standing: CaseStanding;
};

/** Which consents a search asks for; null leaves a criterion out. Ids are UUIDs, checked by the caller. */
export interface ConsentFilter {
  ids: string[] | null;
  personIds: string[] | null;
  statuses: ConsentStatus[] | null;
}

function anyOf(column: string, ids: string[] | null): RawBuilder<SqlBool> {
  return ids === null ? sql<SqlBool>`TRUE` : sql<SqlBool>`${sql.ref(column)} = ANY (${ids}::uuid[])`;
}

/** A consent's status on `today` in the query, read as `consentStatus` reads it (the access rule's reading). */
function statusSql(today: string) {
  return sql<ConsentStatus>`CASE
    WHEN consent.decision = 'declined' THEN 'rejected'
    WHEN consent.withdrawn_at IS NOT NULL OR consent.valid_until < ${today}::date THEN 'inactive'
    ELSE 'active' END`;
}

/** The consent is `consent`, not `c`: the standing's own query names the latest consent `c`. */
function visibleConsents(unitId: string, today: string, filter: ConsentFilter) {
  return sql`
    FROM consents consent
    JOIN sips s ON s.id = consent.sip_id
    WHERE ${visibleToUnit(sql.ref('consent.sip_id'), unitId, today)}
      AND ${anyOf('consent.id', filter.ids)}
      AND ${anyOf('s.person_id', filter.personIds)}
      AND ${filter.statuses === null ? sql`TRUE` : sql`${statusSql(today)} IN (${sql.join(filter.statuses)})`}`;
}

/** One page of the consents the unit may see that match, in id order from the window's cursor. */
export async function consentsPage(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: ConsentFilter,
  window: PageWindow,
): Promise<ConsentRow[]> {
  const { rows } = await sql<ConsentRow>`
    SELECT consent.id, consent.sip_id, s.person_id, consent.decision, consent.given_by_name, consent.given_by_relation, consent.given_on,
      consent.valid_until, consent.relatives_may_take_part, consent.recorded_unit_id, consent.recorded_at, consent.withdrawn_at,
      ARRAY(SELECT u.unit_id::text FROM consent_scope_units u WHERE u.consent_id = consent.id ORDER BY u.unit_id)
        AS scope_unit_ids,
      ${caseStandingSql(sql.ref('consent.sip_id'), unitId)} AS standing
    ${visibleConsents(unitId, today, filter)}
      AND ${keysetCondition(sql.ref('consent.id'), window)}
    ORDER BY consent.id ${sql.raw(keysetDirection(window))}
    LIMIT ${keysetLimit(window)}`.execute(db);
  return rows;
}

/** How many consents the unit may see match, for a search's total. */
export async function countConsents(
  db: Kysely<DB>,
  unitId: string,
  today: string,
  filter: ConsentFilter,
): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT count(*) AS count ${visibleConsents(unitId, today, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
