/**
 * Swedish texts the FHIR API writes into the resources it serves (fhir-mapping.md: every CodeableConcept carries a
 * Swedish text). Resources are served in Swedish whoever reads them, as the plan itself is written, so there is no
 * English twin; the API's refusals are in both languages (fhirResourceRefusals).
 */
export const fhirResourcesSv = {
  goal: {
    inProgress: 'Pågår',
  },
  careTeam: {
    name: 'SIP {{caseNumber}}',
    category: 'Samordning över tid',
    overallResponsibility: 'Övergripande ansvar',
    individual: 'Den enskilde',
  },
  consent: {
    scope: 'Samtycke till samordning och informationsdelning',
    category: 'Samtycke',
    policyRule: 'HSL (2017:30) 16 kap. 4 §; SoL (2001:453) 2 kap. 7 §',
    informationRecipient: 'Får ta del av information',
    relativesMayTakePart: 'Närstående får delta',
    givenBy: '{{name}} ({{relation}})',
  },
  task: {
    code: 'Kallelse till SIP-möte',
    attendees: 'Deltagare',
    forwardedTo: 'Vidarebefordrad till',
  },
  provenance: {
    established: 'Planen fastställdes',
    changed: 'En ny version av planen fastställdes',
    approved: 'Godkänd av den enskilde',
    author: 'Fastställd av',
    attester: 'Godkänd av',
    enterer: 'Godkännandet registrerat av',
  },
  meeting: {
    sipMeeting: 'SIP-möte',
  },
  organization: {
    region: 'Region',
    municipality: 'Kommun',
  },
  practitionerRole: {
    unit: 'Enhet',
  },
};
