import type { FhirResourceRefusalMessages } from './fhirResourceRefusals.sv.js';

export const fhirResourceRefusalsEn: FhirResourceRefusalMessages = {
  expectedCode: 'one of the codes {{codes}}, with the system {{system}} if any.',
  notATask: 'The body must be a Task resource (resourceType "Task").',
  idDiffers: "The resource's id ({{id}}) is not the one in the address.",
  versionDiffers:
    'The Task has changed since you read it: it is now version {{current}}, not {{asked}}. Read it again and answer anew.',
  elementNotChangeable:
    'An update may change only status, statusReason and output; {{element}} differs from the Task as it stands.',
  statusNotAnAnswer:
    'Status {{status}} is not an answer to an invitation. Give received (acknowledge), accepted (accept) or rejected (decline).',
  reasonOrOutputWithoutAnswer: 'statusReason and output can only change together with an answer in status.',
  attendeesMissing:
    'Accepting names who attends: an output with type.text "{{type}}" and a valueString of at most 200 characters.',
  reasonMissing: 'Declining gives the reason in statusReason.text, at most 2000 characters.',
};
