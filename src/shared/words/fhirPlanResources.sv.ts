/**
 * Swedish texts the FHIR API writes into its CarePlan and EpisodeOfCare (fhir-mapping.md). Like the plan itself and
 * the other resources' texts (fhirResources.sv.ts), they are Swedish whoever reads them, so there is no English
 * twin.
 */
export const fhirPlanResourcesSv = {
  title: 'SIP {{caseNumber}}',
  sip: 'Samordnad individuell plan',
  carePlan: 'Vårdplan',
  needs: 'Behov',
  followUp: 'Uppföljning: {{what}}',
  followUpUnsaid: 'Uppföljning av planen',
  contact: 'Kontakt: {{contact}}',
  note: '{{heading}}: {{text}}',
  need: 'Behov av samordning',
  episodeType: 'Samordnad individuell plan – {{targetGroup}}',
};
