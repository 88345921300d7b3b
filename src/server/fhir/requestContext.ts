import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases, type CaseAction, type CaseSubject } from '../../domain/access/policy.js';
import { authorizeCase, mayDo } from '../access/caseAccess.js';
import { subjectOf, type CaseStanding } from '../access/caseStanding.js';
import { sessionCookie } from '../auth/sessionCookies.js';
import { findSession, type SessionLimits } from '../auth/sessionStore.js';
import type { Actor } from '../sips/actor.js';
import { fhirError } from './outcome.js';

/**
 * Who a FHIR request acts as. Either way it acts for one unit with a role there, and what it may see is what
 * `decideCaseAction` lets that unit see (decision 0038): a staff user through their session's active unit, or a
 * system client through the one unit its registration binds it to, with the role `staff`.
 */
export type FhirActor =
  | { kind: 'staff'; actor: Actor }
  | {
      kind: 'fhir_client';
      actor: Actor;
      clientName: string;
      /** The scopes the token carries, and those the registration grants: a request needs both to allow it. */
      tokenScopes: readonly string[];
      grantedScopes: readonly string[];
    };

/**
 * What a resource type's functions are given: the database (inside the transaction that also logs the read), the
 * acting unit, the API's base address, and the access policy's decisions for that unit.
 */
export interface FhirContext {
  db: Kysely<DB>;
  actor: Actor;
  /** `{publicUrl}/fhir/R4`, what references and Bundle links are made from. */
  baseUrl: string;
  /**
   * Whether the acting unit may do `action` on a case, from its standing read by the same query that read the
   * rows (`caseStandingSql`): how a search decides each row it found with the same rule as a single read.
   */
  may(standing: CaseStanding, action: CaseAction): boolean;
  /**
   * The JSON API's authorisation of a case action, unchanged: a case the unit has no part in is not found (404),
   * an action its part does not allow is forbidden (403).
   */
  authorizeCase(sipId: string, action: CaseAction): Promise<CaseSubject>;
}

export function fhirContext(db: Kysely<DB>, actor: Actor, baseUrl: string): FhirContext {
  return {
    db,
    actor,
    baseUrl,
    may: (standing, action) => mayDo(subjectOf(standing, actor.role), action),
    authorizeCase: (sipId, action) => authorizeCase(db, sipId, actor, action),
  };
}

/**
 * The staff user of the request's session, acting for its active unit. A FHIR reader reads cases, so a role that
 * does not work with cases is refused at the door rather than shown empty searches.
 */
export async function staffActor(
  db: Kysely<DB>,
  request: FastifyRequest,
  limits: SessionLimits,
): Promise<FhirActor | null> {
  const token = request.cookies[sessionCookie];
  if (!token) return null;
  const session = await findSession(db, token, limits);
  if (session.status !== 'active') return null;
  const user = session.user;
  request.user = user;
  const commission = user.units.find((unit) => unit.unitId === user.activeUnitId);
  if (!user.activeUnitId || !commission) throw fhirError(403, 'forbidden', 'noActiveUnit');
  if (!worksWithCases(commission.role)) throw fhirError(403, 'forbidden', 'roleNotCaseWorker');
  return {
    kind: 'staff',
    actor: { userId: user.id, unitId: user.activeUnitId, role: commission.role, clientAddress: request.ip },
  };
}
