import type { FhirRefusalMessages } from './fhirRefusals.sv.js';

export const fhirRefusalsEn: FhirRefusalMessages = {
  notAcceptable:
    'The answer can only be FHIR JSON (application/fhir+json). Ask for it with Accept or _format.',
  unsupportedMediaType: 'Send the resource as FHIR JSON (application/fhir+json).',
  unknownType: 'The resource type {{type}} is not served by this FHIR API.',
  unknownOperation: 'This address is not part of this FHIR API.',
  notFound: '{{type}}/{{id}} does not exist, or your unit may not see it.',
  noHistory: '{{type}} has no version history in this FHIR API.',
  versionNotFound: 'Version {{version}} of {{type}}/{{id}} does not exist.',
  unknownParameter: 'The search parameter {{name}} is not supported for {{type}}.',
  duplicateParameter: 'The search parameter {{name}} may be given only once.',
  tooManyDates: 'The search parameter {{name}} may be given at most twice (a range).',
  modifierNotSupported: 'The modifier :{{modifier}} on {{name}} is not supported.',
  badValue: 'The value of {{name}} cannot be read: {{problem}}',
  emptyValue: 'The search parameter {{name}} has no value.',
  badCount: '_count must be a whole number from 0 to {{max}}.',
  countTooLarge: '_count may be at most {{max}}; fetch more pages with the next link.',
  badPage: 'The page cursor _page cannot be read, or belongs to another search. Start the search again.',
  expectedToken: 'a value such as code or system|code.',
  expectedReference: 'a reference such as {{type}}/id or an id.',
  expectedDate:
    'a date such as YYYY, YYYY-MM, YYYY-MM-DD or a time with a time zone, best with a prefix (ge, le …).',
  expectedId: 'an id of at most 64 characters of A–Z, a–z, 0–9, - and .',
  notSignedIn: 'Sign in to Samplan or send a valid access token (Authorization: Bearer).',
  noActiveUnit: 'Choose the unit you work for before reading through FHIR.',
  roleNotCaseWorker: 'Your role does not work with cases and cannot read cases through FHIR.',
  csrfTokenInvalid: 'The change has no valid CSRF token. Reload the page and try again.',
  clientIdTaken: 'A FHIR client with this client id is already registered.',
  scopeNotGrantable: 'The scope {{scope}} cannot be granted; choose among {{scopes}}.',
  methodNotAllowed: 'The method {{method}} is not supported at this address.',
};
