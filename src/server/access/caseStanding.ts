import { sql, type RawBuilder } from 'kysely';
import type { CaseSubject, UnitRelation } from '../../domain/access/policy.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { Role } from '../../shared/api/vocabulary.js';
import { consentStateOf, type ConsentFacts } from './consentInForce.js';

/** What the access policy reads of a unit's standing in a case: its parts, and the latest consent as it names it. */
export interface CaseStanding {
  parts: UnitPart[];
  consent: ConsentFacts | null;
  namesUnit: boolean;
  /** The established plan names the unit's coordinator: the unit leads the follow-up. */
  coordinates: boolean;
}

/**
 * The standing as one SQL expression (a JSON object), so that it can be read by the statement that needs it
 * first — on a case's address, the one that reads the session; for a write, the one that locks the case. `sipId`
 * and `unitId` may be columns of that statement.
 */
export function caseStandingSql(
  sipId: string | RawBuilder<string>,
  unitId: string | RawBuilder<string | null>,
): RawBuilder<CaseStanding> {
  return sql<CaseStanding>`(
    SELECT json_build_object(
      'parts', ARRAY(SELECT p.part FROM sip_participants p WHERE p.sip_id = ${sipId} AND p.unit_id = ${unitId}),
      'consent', CASE WHEN c.id IS NOT NULL THEN json_build_object(
        'decision', c.decision, 'withdrawn', c.withdrawn_at IS NOT NULL, 'validUntil', c.valid_until
      ) END,
      'namesUnit', EXISTS (
        SELECT 1 FROM consent_scope_units s WHERE s.consent_id = c.id AND s.unit_id = ${unitId}),
      'coordinates', EXISTS (
        SELECT 1 FROM plans pl WHERE pl.sip_id = ${sipId} AND pl.established_version IS NOT NULL
          AND pl.content -> 'coordinator' ->> 'unitId' = (${unitId})::text)
    )
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT id, decision, withdrawn_at, valid_until FROM consents WHERE sip_id = ${sipId}
      ORDER BY recorded_at DESC, id DESC LIMIT 1
    ) c ON TRUE
  )`;
}

/** The subject the policy decides on: the role held in the acting unit, with that unit's standing today. */
export function subjectOf(standing: CaseStanding, role: Role): CaseSubject {
  const relations = new Set<UnitRelation>(standing.parts);
  if (standing.coordinates) relations.add('coordinator');
  return {
    role,
    relations,
    // A unit that takes no part learns nothing, so the consent is not its concern.
    consent:
      relations.size > 0
        ? consentStateOf(standing.consent ?? undefined, standing.namesUnit, stockholmDate())
        : 'none',
  };
}
