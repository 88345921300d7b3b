import { z } from 'zod';
import { id, inBothLanguages, requiredShortText } from '../fields.js';
import { route } from './route.js';

/**
 * The systems that read SIPs through the FHIR API (decision 0038): each registered by an administrator with the
 * client id the county's OAuth server gave it, bound to the one unit it acts as, and granted SMART system scopes.
 */

/**
 * A SMART v2 system scope as Samplan grants them: read and search a type, or every type (`*`), or update one (`.u`).
 */
export const fhirScope = z
  .string()
  .regex(/^system\/(\*|[A-Z][A-Za-z]{1,40})\.(rs|u)$/, 'scope')
  .max(60);

/** The scopes granted: each once, at least one, since a client without any could read nothing. */
const grantedScopes = z
  .array(fhirScope)
  .min(1)
  .max(40)
  .refine(
    (scopes) => new Set(scopes).size === scopes.length,
    inBothLanguages({ sv: 'Varje behörighet får anges en gång.', en: 'Each scope may be given once.' }),
  );

/** The id the county's OAuth server gives the client: visible ASCII characters, as OAuth 2.0 allows. */
export const oauthClientId = requiredShortText.regex(/^[\x21-\x7E]+$/, 'clientId');

export const newFhirClientBody = z.strictObject({
  name: requiredShortText,
  clientId: oauthClientId,
  unitId: id,
  scopes: grantedScopes,
});
export type NewFhirClientBody = z.infer<typeof newFhirClientBody>;

export const fhirClientScopesBody = z.strictObject({ scopes: grantedScopes });
export type FhirClientScopesBody = z.infer<typeof fhirClientScopesBody>;

export const fhirClientView = z.object({
  id,
  name: z.string(),
  clientId: z.string(),
  unitId: id,
  unitName: z.string(),
  organisationName: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  createdByName: z.string(),
  disabledAt: z.iso.datetime({ offset: true }).nullable(),
});
export type FhirClientView = z.infer<typeof fhirClientView>;

export const fhirClientList = z.object({
  clients: z.array(fhirClientView),
  /** The units the administrator may bind a client to: those of the organisations they administer. */
  units: z.array(z.object({ id, name: z.string(), organisationName: z.string() })),
  /** Every scope Samplan's FHIR API serves, in the CapabilityStatement's order of types. */
  scopes: z.array(z.string()),
});
export type FhirClientList = z.infer<typeof fhirClientList>;

const clientParams = z.strictObject({ id });

export const fhirClientRoutes = {
  list: route({ method: 'GET', path: '/api/fhir-clients', responses: { 200: fhirClientList } }),
  register: route({
    method: 'POST',
    path: '/api/fhir-clients',
    body: newFhirClientBody,
    responses: { 200: fhirClientView },
  }),
  changeScopes: route({
    method: 'PUT',
    path: '/api/fhir-clients/:id/scopes',
    params: clientParams,
    body: fhirClientScopesBody,
    responses: { 200: fhirClientView },
  }),
  disable: route({
    method: 'POST',
    path: '/api/fhir-clients/:id/disable',
    params: clientParams,
    responses: { 200: fhirClientView },
  }),
};
