import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals of the FHIR resources Goal, CareTeam, Consent, Task and Provenance: a search value
 * outside a resource's codes, and a Task update (the invited unit's answer to a kallelse) that cannot be read as
 * an answer; fhirResourceRefusals.en.ts mirrors every key.
 */
export const fhirResourceRefusalsSv = {
  expectedCode: 'en av koderna {{codes}}, gärna med systemet {{system}}.',
  notATask: 'Kroppen måste vara en Task-resurs (resourceType "Task").',
  idDiffers: 'Resursens id ({{id}}) är inte detsamma som adressens.',
  versionDiffers:
    'Tasken har ändrats sedan du läste den: den är nu version {{current}}, inte {{asked}}. Läs den igen och svara på nytt.',
  elementNotChangeable:
    'En uppdatering får bara ändra status, statusReason och output; {{element}} skiljer sig från Tasken som den är.',
  statusNotAnAnswer:
    'Status {{status}} är inget svar på en kallelse. Ange received (kvittera), accepted (acceptera) eller rejected (lämna återbud).',
  reasonOrOutputWithoutAnswer: 'statusReason och output kan bara ändras tillsammans med ett svar i status.',
  attendeesMissing:
    'Den som accepterar anger vilka som deltar: en output med type.text "{{type}}" och valueString, högst 200 tecken.',
  reasonMissing: 'Den som lämnar återbud anger skälet i statusReason.text, högst 2000 tecken.',
};

export type FhirResourceRefusalMessages = Messages<typeof fhirResourceRefusalsSv>;
