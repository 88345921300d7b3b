import type { FhirClientsRefusalMessages } from './fhirClientsRefusals.sv.js';

export const fhirClientsRefusalsEn: FhirClientsRefusalMessages = {
  unknownUnit: 'The unit does not exist, or you do not administer its organisation.',
  notFound: 'The system is not among those you administer.',
  disabled: 'The system is disabled and cannot be changed.',
};
