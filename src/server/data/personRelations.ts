import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { personGuestKinds, type GuestKind } from '../../shared/api/guests.js';
import type { GuestScopeValue, PersonConsentState, PersonRelation } from '../../domain/access/personPolicy.js';
import type { SipPhase } from '../../domain/sip/phase.js';

/** How one signed-in e-ID identity stands to one case, as the individual side's policy reads it. */
export interface PersonStanding {
  sipId: string;
  /** The person the SIP is for. */
  personId: string;
  relation: Exclude<PersonRelation, 'none'>;
  /** For a guest: their grant, scope and whether they come as a relative (or god man/förvaltare). */
  guest: { id: string; scope: GuestScopeValue; relative: boolean } | null;
  consent: PersonConsentState;
  relativesMayTakePart: boolean;
  phase: SipPhase;
}

interface Row {
  sipId: string;
  personId: string;
  phase: SipPhase;
  isPerson: boolean;
  isGuardian: boolean;
  adult: boolean;
  childMaySignIn: boolean;
  guestId: string | null;
  guestScope: GuestScopeValue | null;
  guestKind: GuestKind | null;
  consentDecision: 'given' | 'declined' | null;
  consentWithdrawn: boolean | null;
  consentValidUntil: string | null;
  relativesMayTakePart: boolean | null;
}

/**
 * The cases a signed-in identity relates to, or the one case `sipId`: as the person the SIP is for (by identity
 * number), as a guardian staff recorded, or as a guest whose link they used and whose grant is neither revoked nor
 * run out. Nothing is derived from the e-ID beyond the identity number matching what was recorded.
 */
export async function personStandings(
  db: Kysely<DB>,
  person: { identityId: string; idNumber: string },
  { today, sipId = null }: { today: string; sipId?: string | null },
): Promise<PersonStanding[]> {
  const { rows } = await sql<Row>`
    WITH related AS (
      SELECT s.id AS sip_id, true AS is_person, false AS is_guardian, NULL::uuid AS guest_id
        FROM persons p JOIN sips s ON s.person_id = p.id
        WHERE p.id_number = ${person.idNumber} AND p.id_kind <> 'reservnummer'
      UNION ALL
      SELECT g.sip_id, false, true, NULL FROM case_guardians g
        WHERE g.id_number = ${person.idNumber} AND g.removed_at IS NULL
      UNION ALL
      SELECT gu.sip_id, false, false, gu.id FROM guests gu
        WHERE gu.redeemed_identity_id = ${person.identityId} AND gu.revoked_at IS NULL AND gu.expires_at > now()
    )
    , per_case AS (
      SELECT sip_id, bool_or(is_person) AS is_person, bool_or(is_guardian) AS is_guardian,
        (array_agg(guest_id ORDER BY guest_id) FILTER (WHERE guest_id IS NOT NULL))[1] AS guest_id
      FROM related GROUP BY sip_id
    )
    SELECT s.id AS sip_id, s.person_id, s.phase, r.is_person, r.is_guardian,
      (p.birth_date IS NULL OR p.birth_date <= ${today}::date - interval '18 years') AS adult,
      (s.child_signs_in AND p.birth_date <= ${today}::date - make_interval(years => cs.child_sign_in_age))
        AS child_may_sign_in,
      gu.id AS guest_id, gu.scope AS guest_scope, gu.kind AS guest_kind,
      c.decision AS consent_decision, c.withdrawn_at IS NOT NULL AS consent_withdrawn,
      c.valid_until::text AS consent_valid_until, c.relatives_may_take_part
    FROM per_case r
    JOIN sips s ON s.id = r.sip_id
    JOIN persons p ON p.id = s.person_id
    CROSS JOIN county_settings cs
    LEFT JOIN guests gu ON gu.id = r.guest_id
    LEFT JOIN LATERAL (
      SELECT * FROM consents c WHERE c.sip_id = s.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1
    ) c ON true
    WHERE ${sipId}::uuid IS NULL OR s.id = ${sipId}::uuid
    ORDER BY s.created_at DESC`.execute(db);
  const standings: PersonStanding[] = [];
  for (const row of rows) {
    const relation = relationOf(row);
    if (relation === null) continue;
    standings.push({
      sipId: row.sipId,
      personId: row.personId,
      relation,
      guest:
        relation === 'guest' && row.guestId && row.guestScope
          ? { id: row.guestId, scope: row.guestScope, relative: row.guestKind !== null && personGuestKinds.has(row.guestKind) }
          : null,
      consent: consentOf(row, today),
      relativesMayTakePart: row.relativesMayTakePart ?? false,
      phase: row.phase,
    });
  }
  return standings;
}

/** The strongest relation: the person themself, then a guardian, then the child's own sign-in, then a guest. */
function relationOf(row: Row): PersonStanding['relation'] | null {
  if (row.isPerson && row.adult) return 'individual';
  if (row.isGuardian) return 'guardian';
  if (row.isPerson && row.childMaySignIn) return 'child';
  if (row.guestId) return 'guest';
  return null;
}

function consentOf(row: Row, today: string): PersonConsentState {
  if (row.consentDecision === null) return 'none';
  if (row.consentDecision === 'declined') return 'declined';
  if (row.consentWithdrawn) return 'withdrawn';
  if (row.consentValidUntil !== null && row.consentValidUntil < today) return 'expired';
  return 'given';
}
