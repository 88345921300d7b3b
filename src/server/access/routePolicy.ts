import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import {
  caseActions,
  organisationActions,
  type CaseAction,
  type CaseSubject,
  type OrganisationAction,
} from '../../domain/access/policy.js';
import { personActions, type PersonAction } from '../../domain/access/personPolicy.js';
import { actingAs, type RouteAccess } from '../auth/access.js';
import { signedInPerson } from '../eId/personAccess.js';
import type { PersonStanding } from '../data/personRelations.js';
import { authorizePersonCase } from './personCaseAccess.js';
import { deviationKnownTo } from '../deviations/visibility.js';
import { authorizeDischarge } from '../discharge/access.js';
import { authorizeCase } from './caseAccess.js';
import { authorizeOrganisation } from './organisationAccess.js';
import { authorizeInvitation } from './invitationAccess.js';
import { authorizeUnitGrant, type UnitGrantStanding } from '../guests/unitGrant.js';

/**
 * The access rule of an API route, declared with the route and enforced here, in one place, before the request
 * body is even read; a route whose label and access rule (auth/access.ts) do not fit together is refused at
 * start-up:
 * - `public`: anyone (sign-in, health, the API description);
 * - `self`: the signed-in user's own session and settings;
 * - `directory`: the organisation and unit directory, which holds no personal data;
 * - `reference`: what is the same for every signed-in user and tells nothing of the people SIPs are for (the
 *   guidance: the county's routine texts, with which administrator wrote them, and the law's wording; the plan
 *   templates);
 * - `unitScoped`: lists and searches whose queries are themselves scoped to the acting unit;
 * - `invitation`: an invitation's own unit only (checked against the invitation, 404 to others);
 * - `deviation`: the units that know of a deviation (checked against the deviation, 404 to others);
 * - `discharge`: the inpatient ward and the two receiving units of the discharge process named by the `:id`
 *   (404 to others);
 * - `guestGrant`: an organisation guest's grant named by the `:id`, to the acting unit only, while in use and
 *   while the individual side's policy lets a guest see the case (404 to others);
 * - `case:<action>`: the access policy for that action on the SIP named by the `:id` in the address;
 * - `organisation:<action>`: the access policy for that action on the organisation, by the acting role (the
 *   route's queries then keep to the units that role covers);
 * - `personSelf`: on the individual's side, what is the signed-in person's own (their session, their list of
 *   SIPs, which the query itself keeps to their relations);
 * - `person:<action>`: on the individual's side, the individual side's policy for that action on the SIP named
 *   by the `:id` in the address (personPolicy.ts).
 */
export type RoutePolicy =
  | 'public'
  | 'self'
  | 'directory'
  | 'reference'
  | 'unitScoped'
  | 'invitation'
  | 'deviation'
  | 'discharge'
  | 'guestGrant'
  | `case:${CaseAction}`
  | `organisation:${OrganisationAction}`
  | 'personSelf'
  | `person:${PersonAction}`;

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** For a `case:` route, the acting unit's standing in the case, as the policy just decided it. */
    caseSubject: CaseSubject | null;
    /** For a `person:` route, the signed-in person's standing in the case, as the policy just decided it. */
    personStanding: PersonStanding | null;
    /** For a `guestGrant` route, the acting unit's grant and what it lets the unit read. */
    unitGrant: UnitGrantStanding | null;
  }
  interface FastifyInstance {
    /** Every API route's policy, by "METHOD /url", for review and for the test that checks none is missing. */
    routePolicies: Map<string, RoutePolicy>;
  }
}

const uuid = z.uuid();

const caseActionOf = (policy: string) => caseActions.find((action) => policy === `case:${action}`);
const organisationActionOf = (policy: string) =>
  organisationActions.find((action) => policy === `organisation:${action}`);
const personActionOf = (policy: string) => personActions.find((action) => policy === `person:${action}`);

/** The labels whose check is against the thing the `:id` in the address names. */
const checkedById = new Set(['invitation', 'deviation', 'discharge', 'guestGrant']);

/** The access rule (auth/access.ts) each label needs: who can be asked at all before the label's own check. */
function accessNeeded(policy: RoutePolicy): RouteAccess[] {
  if (policy === 'public') return ['public'];
  if (policy === 'personSelf' || policy.startsWith('person:')) return ['person'];
  if (policy === 'self' || policy === 'directory' || policy === 'reference') return ['user', 'actingUser'];
  // Everything else is decided for the unit the user acts for.
  return ['actingUser'];
}

/**
 * Refuses at start-up a route whose label cannot be enforced as declared: one the access rule lets through before
 * the label could be checked (a public route labelled for the signed-in, a unit's label without an acting unit),
 * or one checked against an `:id` the address does not have.
 */
function checkDeclaration(route: {
  method: unknown;
  url: string;
  config?: FastifyContextConfig;
}): RoutePolicy {
  const name = `${String(route.method)} ${route.url}`;
  const policy = route.config?.policy;
  if (!policy) throw new Error(`Route ${name} declares no access policy`);
  const access = route.config?.access;
  if (!access || !accessNeeded(policy).includes(access))
    throw new Error(`Route ${name} declares policy ${policy} with access ${String(access)}`);
  if (policy.startsWith('case:') && !caseActionOf(policy))
    throw new Error(`Unknown case action in policy ${policy} of ${name}`);
  if (policy.startsWith('organisation:') && !organisationActionOf(policy))
    throw new Error(`Unknown organisation action in policy ${policy} of ${name}`);
  if (policy.startsWith('person:') && !personActionOf(policy))
    throw new Error(`Unknown person action in policy ${policy} of ${name}`);
  if (
    (policy.startsWith('case:') || policy.startsWith('person:') || checkedById.has(policy)) &&
    !route.url.includes('/:id')
  )
    throw new Error(`Route ${name} declares policy ${policy} but names no :id`);
  return policy;
}

export function registerRoutePolicies(app: FastifyInstance, db: Kysely<DB>): void {
  const policies = new Map<string, RoutePolicy>();
  app.decorate('routePolicies', policies);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.method === 'HEAD') return;
    policies.set(`${String(route.method)} ${route.url}`, checkDeclaration(route));
  });

  app.decorateRequest('caseSubject', null);
  app.decorateRequest('personStanding', null);
  app.decorateRequest('unitGrant', null);
  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    const organisationAction = organisationActionOf(policy);
    if (organisationAction) {
      authorizeOrganisation(actingAs(request), organisationAction);
      return;
    }
    const personAction = personActionOf(policy);
    if (personAction) {
      const id = (request.params as { id?: unknown }).id;
      if (typeof id !== 'string' || !uuid.safeParse(id).success) return;
      request.personStanding = await authorizePersonCase(db, id, signedInPerson(request), personAction);
      return;
    }
    const caseAction = caseActionOf(policy);
    // `public`, `self`, `directory`, `reference` and `unitScoped` are their access rule, enforced on the request
    // already (signed in; acting for a unit): what they show is the user's own, or scoped in its query.
    if (!caseAction && !checkedById.has(policy)) return;
    const id = (request.params as { id?: unknown }).id;
    // A malformed id is left to validation, which names the field; there is nothing to protect.
    if (typeof id !== 'string' || !uuid.safeParse(id).success) return;
    const actor = actingAs(request);
    if (caseAction) {
      request.caseSubject = await authorizeCase(db, id, actor, caseAction, request.caseStanding ?? undefined);
    } else if (policy === 'invitation') {
      await authorizeInvitation(db, id, actor);
    } else if (policy === 'guestGrant') {
      request.unitGrant = await authorizeUnitGrant(db, id, actor);
    } else if (policy === 'deviation') {
      await deviationKnownTo(db, actor, id);
    } else {
      await authorizeDischarge(db, id, actor);
    }
  });
}
