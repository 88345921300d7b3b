import type { FastifyInstance } from 'fastify';
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
import { actingAs } from '../auth/access.js';
import { authorizeDischarge } from '../discharge/access.js';
import { authorizeCase } from './caseAccess.js';
import { authorizeOrganisation } from './organisationAccess.js';

/**
 * The access rule of an API route, declared with the route and enforced here, in one place, before the request
 * body is even read:
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
 * - `case:<action>`: the access policy for that action on the SIP named by the `:id` in the address;
 * - `organisation:<action>`: the access policy for that action on the organisation, by the acting role (the
 *   route's queries then keep to the units that role covers).
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
  | `case:${CaseAction}`
  | `organisation:${OrganisationAction}`;

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** For a `case:` route, the acting unit's standing in the case, as the policy just decided it. */
    caseSubject: CaseSubject | null;
  }
  interface FastifyInstance {
    /** Every API route's policy, by "METHOD /url", for review and for the test that checks none is missing. */
    routePolicies: Map<string, RoutePolicy>;
  }
}

const uuid = z.uuid();

export function registerRoutePolicies(app: FastifyInstance, db: Kysely<DB>): void {
  const policies = new Map<string, RoutePolicy>();
  app.decorate('routePolicies', policies);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.method === 'HEAD') return;
    const policy = route.config?.policy;
    if (!policy) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
    policies.set(`${String(route.method)} ${route.url}`, policy);
  });

  app.decorateRequest('caseSubject', null);
  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (policy?.startsWith('organisation:')) {
      const action = policy.slice('organisation:'.length) as OrganisationAction;
      if (!(organisationActions as readonly string[]).includes(action))
        throw new Error(`Unknown organisation action in policy ${policy}`);
      authorizeOrganisation(actingAs(request), action);
      return;
    }
    if (policy === 'discharge') {
      const id = (request.params as { id?: unknown }).id;
      // As for a case: a malformed id is left to validation, which names the field.
      if (uuid.safeParse(id).success) await authorizeDischarge(db, id as string, actingAs(request));
      return;
    }
    if (!policy?.startsWith('case:')) return;
    const action = policy.slice('case:'.length) as CaseAction;
    if (!(caseActions as readonly string[]).includes(action))
      throw new Error(`Unknown case action in policy ${policy}`);
    const id = (request.params as { id?: unknown }).id;
    // A malformed id is left to validation, which names the field; there is no case to protect.
    if (!uuid.safeParse(id).success) return;
    request.caseSubject = await authorizeCase(
      db,
      id as string,
      actingAs(request),
      action,
      request.caseStanding ?? undefined,
    );
  });
}
