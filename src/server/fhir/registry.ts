/**
 * The FHIR R4 API's resource types (decision 0038, mapping in docs/fhir-mapping.md). The router (plugin.ts) and
 * the CapabilityStatement (capabilityStatement.ts) are both built from this one list, so the API cannot serve
 * what it does not declare, nor declare what it does not serve.
 *
 * To add a type:
 * 1. Write `src/server/fhir/<type>.ts` exporting a `ResourceType`: its search parameters (name, FHIR type,
 *    description) and `read` and `search`; `history` only for a type whose versions Samplan keeps, `update` only
 *    where a unit may write through FHIR. Put its queries in `src/server/data/fhir<Type>.ts` and its mapping in
 *    pure functions from rows to the resource.
 * 2. Decide access as the JSON API does, with the context's `authorizeCase` (a read) or `may` on the standing
 *    each row's query read with `caseStandingSql` (a search), for the case action the mapping names (`readCase`,
 *    `readPlan`), and keep every search's query to the cases the unit may see (`visibleToUnit`).
 * 3. Return with each resource the person and SIP it concerns (`concerns`): the framework writes the access log
 *    from that, one entry per read and per person on a search page, so no type can forget it.
 * 4. Add it to `resourceTypes` below, and test it in test/api/fhir/ with `expectValidFhir` on every answer.
 */
import type { ParsedSearch, SearchParameterDefinition } from './searchParameters.js';
import type { PageWindow } from './paging.js';
import type { FhirContext } from './requestContext.js';
import { patientType } from './patient.js';
import { carePlanType } from './resources/carePlanType.js';
import { episodeOfCareType } from './resources/episodeOfCareType.js';
import { goalType } from './resources/goalType.js';
import { careTeamType } from './resources/careTeamType.js';
import { consentType } from './resources/consentType.js';
import { taskType } from './resources/taskType.js';
import { provenanceType } from './resources/provenanceType.js';
import { appointmentType } from './resources/appointmentType.js';
import { encounterType } from './resources/encounterType.js';
import { organizationType } from './resources/organizationType.js';
import { practitionerRoleType } from './resources/practitionerRoleType.js';

/** A FHIR resource as the API sends it: plain JSON, with its type and id. */
export interface FhirResource {
  resourceType: string;
  id: string;
  meta?: { versionId?: string; lastUpdated?: string; security?: unknown[] };
  [element: string]: unknown;
}

/** Whose personal data a resource shows: the access log's subject. Null for a resource about no person. */
export interface Concern {
  personId: string;
  sipId: string | null;
}

/** A resource found, with whom it concerns. */
export interface Found {
  resource: FhirResource;
  concerns: Concern | null;
}

/**
 * A page of a search: the resources in key order, how many match in all, and the keys the pages either side
 * start from (`pageOf` in paging.ts), null at an end. The keys are the rows read, not the resources shown, so a
 * row the policy leaves out does not move the page's edges.
 */
export interface SearchPage {
  found: Found[];
  total: number;
  nextKey: string | null;
  previousKey: string | null;
}

export interface ResourceType {
  type: string;
  searchParameters: readonly SearchParameterDefinition[];
  /** The resource with this id as the acting unit may see it; null when there is none or it may not see it. */
  read(context: FhirContext, id: string): Promise<Found | null>;
  search(context: FhirContext, search: ParsedSearch, window: PageWindow): Promise<SearchPage>;
  /** The versions of a resource, newest first (`_history`), and one version (`_history/{n}`); null when unseen. */
  history?: {
    versions(context: FhirContext, id: string): Promise<Found[] | null>;
    version(context: FhirContext, id: string, versionId: string): Promise<Found | null>;
  };
  /**
   * `PUT {type}/{id}`: the resource as changed by the client, with the version it changed (`If-Match`, `W/"n"`
   * read to `n`, or null when not sent). Runs the domain's own command, which logs and records the write as the
   * JSON API's does; answers the resource as it is now. The framework has checked the scope (`system/{Type}.u`)
   * and, for a staff session, the CSRF token.
   */
  update?: (context: FhirContext, id: string, resource: unknown, ifMatch: string | null) => Promise<Found>;
}

/** Every type the API serves, in the CapabilityStatement's order. */
export const resourceTypes: readonly ResourceType[] = [
  patientType,
  carePlanType,
  episodeOfCareType,
  goalType,
  careTeamType,
  consentType,
  taskType,
  provenanceType,
  appointmentType,
  encounterType,
  organizationType,
  practitionerRoleType,
];

export function resourceTypeNamed(type: string): ResourceType | undefined {
  return resourceTypes.find((candidate) => candidate.type === type);
}
