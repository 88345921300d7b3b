import { resourceTypes, type ResourceType } from './registry.js';

/** What the API says of each type: exactly the interactions the router serves for it. */
function resourceCapability(type: ResourceType) {
  return {
    type: type.type,
    interaction: [
      { code: 'read' },
      ...(type.history ? [{ code: 'vread' }, { code: 'history-instance' }] : []),
      ...(type.update ? [{ code: 'update' }] : []),
      { code: 'search-type' },
    ],
    versioning: type.history ? 'versioned' : 'no-version',
    readHistory: Boolean(type.history),
    updateCreate: false,
    searchParam: type.searchParameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type,
      documentation: parameter.description,
    })),
  };
}

/** Samplan's own code systems (fhir-mapping.md, Conventions), named in the statement for clients to look up. */
const codeSystems = [
  'sip-unit-part',
  'goal-kind',
  'follow-up-outcome',
  'approval-method',
  'role',
  'invitation-status',
];

/**
 * The API's CapabilityStatement (`GET metadata`, no sign-in, no personal data), built from the same registry as
 * the router, so it cannot promise what is not served.
 */
export function capabilityStatement(base: string, published: Date) {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: published.toISOString(),
    publisher: 'Samplan',
    kind: 'instance',
    software: { name: 'Samplan' },
    implementation: {
      description: 'Samplan — samordnad individuell plan (SIP), read through FHIR R4',
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Read and search only. Search pages by _count (default 20, at most 100) and an opaque _page cursor; ' +
          'unknown parameters, modifiers and bad values are refused with 400. CarePlan versions are the plan ' +
          "versions; a change of the SIP's phase changes the newest version's status without a new version. " +
          `Samplan's own code systems: ${codeSystems.map((name) => `${base}/CodeSystem/${name}`).join(', ')}; ` +
          `case numbers: ${base}/sid/case-number.`,
        security: {
          cors: false,
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
            },
          ],
          description:
            "A Samplan staff session, or a bearer JWT access token from the county's OAuth server for a " +
            'system client registered in Samplan, with SMART v2 system scopes (system/{Type}.rs).',
        },
        resource: resourceTypes.map(resourceCapability),
      },
    ],
  };
}
