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
  // The aliases are long and of this expression alone: `sipId` and `unitId` are often a caller's columns, and a
  // short alias here (say `p`) would silently capture a caller's `p.sip_id` and compare a column with itself.
  return sql<CaseStanding>`(
    SELECT json_build_object(
      'parts', ARRAY(
        SELECT standing_part.part FROM sip_participants standing_part
        WHERE standing_part.sip_id = ${sipId} AND standing_part.unit_id = ${unitId}),
      'consent', CASE WHEN standing_consent.id IS NOT NULL THEN json_build_object(
        'decision', standing_consent.decision, 'withdrawn', standing_consent.withdrawn_at IS NOT NULL,
        'validUntil', standing_consent.valid_until
      ) END,
      'namesUnit', EXISTS (
        SELECT 1 FROM consent_scope_units standing_scope
        WHERE standing_scope.consent_id = standing_consent.id AND standing_scope.unit_id = ${unitId}),
      'coordinates', EXISTS (
        SELECT 1 FROM plans standing_plan
        WHERE standing_plan.sip_id = ${sipId} AND standing_plan.established_version IS NOT NULL
          AND standing_plan.content -> 'coordinator' ->> 'unitId' = (${unitId})::text)
    )
    FROM (SELECT 1) AS standing_one
    LEFT JOIN LATERAL (
      SELECT standing_latest.id, standing_latest.decision, standing_latest.withdrawn_at, standing_latest.valid_until FROM consents standing_latest
      WHERE standing_latest.sip_id = ${sipId}
      ORDER BY standing_latest.recorded_at DESC, standing_latest.id DESC LIMIT 1
    ) standing_consent ON TRUE
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
