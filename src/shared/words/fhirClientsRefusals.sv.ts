import type { Messages } from './messages.js';

/** The refusals of the routes of the administrators' page for FHIR clients (fhirClientsRefusals.en.ts mirrors). */
export const fhirClientsRefusalsSv = {
  unknownUnit: 'Enheten finns inte, eller så administrerar du inte dess organisation.',
  notFound: 'Systemet finns inte bland dem du administrerar.',
  disabled: 'Systemet är avstängt och kan inte ändras.',
};

export type FhirClientsRefusalMessages = Messages<typeof fhirClientsRefusalsSv>;
