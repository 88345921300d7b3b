import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals of a Task update, the invited unit's answer to a kallelse through the FHIR API;
 * fhirTaskRefusals.en.ts mirrors every key.
 */
export const fhirTaskRefusalsSv = {
  notATask: 'Kroppen måste vara en Task-resurs (resourceType "Task").',
  idDiffers: 'Resursens id ({{id}}) är inte detsamma som adressens.',
  ifMatchMalformed: 'If-Match ska ange Taskens version som W/"n".',
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

export type FhirTaskRefusalMessages = Messages<typeof fhirTaskRefusalsSv>;
