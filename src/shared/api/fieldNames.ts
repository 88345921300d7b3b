import type { LocalisedText } from '../../domain/errors.js';
import { phaseName } from '../words/phaseName.js';

/**
 * What each field of a request is called in Swedish and English, by its key, so a refusal names the field as the
 * user knows it ("Starttid"), never by its path in the request (`body.startsAt`). A key means the same wherever
 * it stands; a test checks that every key of every request schema is here.
 */
const names = {
  acceptedByIndividual: { sv: 'Personen godtar samordnaren', en: 'The individual accepts the coordinator' },
  action: { sv: 'Åtgärd', en: 'Action' },
  actor: { sv: 'Aktör', en: 'Actor' },
  actorsToInvite: { sv: 'Aktörer att överväga att kalla', en: 'Actors to consider inviting' },
  address: { sv: 'Adress', en: 'Address' },
  admittedAt: { sv: 'Inskriven', en: 'Admitted' },
  assistiveDevices: { sv: 'Hjälpmedel', en: 'Assistive devices' },
  attendance: { sv: 'Närvaro', en: 'Attendance' },
  attendees: { sv: 'Deltagare', en: 'Attendees' },
  baseRevision: { sv: 'Planens version', en: 'Plan revision' },
  baseVersion: { sv: 'Version', en: 'Version' },
  caseNumber: { sv: 'Ärendenummer', en: 'Case number' },
  checklists: { sv: 'Checklistor', en: 'Checklists' },
  childView: { sv: 'Barnets synpunkter', en: 'The child’s view' },
  childViewHowObtained: { sv: 'Hur barnets synpunkter togs fram', en: 'How the child’s view was obtained' },
  closed: phaseName('closed'),
  coDetermination: { sv: 'Delaktighet', en: 'Co-determination' },
  compareWith: { sv: 'Jämför med', en: 'Compare with' },
  consent_declined: phaseName('consent_declined'),
  consentExpiryReminderDays: {
    sv: 'Påminnelse innan samtycket går ut',
    en: 'Reminder before consent expires',
  },
  consequencesExplained: { sv: 'Följderna förklarade', en: 'Consequences explained' },
  contact: { sv: 'Kontakt', en: 'Contact' },
  contactPerson: { sv: 'Kontaktperson', en: 'Contact person' },
  // The plan's content is the plan itself: its parts are named without it.
  content: { sv: '', en: '' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  cursor: { sv: 'Sida', en: 'Page' },
  decision: { sv: 'Beslut', en: 'Decision' },
  description: { sv: 'Beskrivning', en: 'Description' },
  dischargeInvitationDays: {
    sv: 'Dagar till kallelse efter utskrivningsklar',
    en: 'Days to invitation after ready for discharge',
  },
  dueWithinDays: { sv: 'Inom antal dagar', en: 'Within days' },
  efforts: { sv: 'Insats', en: 'Effort' },
  email: { sv: 'E-post', en: 'E-mail' },
  endDate: { sv: 'Slutdatum', en: 'End date' },
  endsAt: { sv: 'Sluttid', en: 'End time' },
  escalationPath: { sv: 'Eskaleringsnivå', en: 'Escalation level' },
  estimatedDischargeOn: { sv: 'Beräknat utskrivningsdatum', en: 'Estimated discharge date' },
  example: { sv: 'Exempel', en: 'Example' },
  expectsMunicipalityEfforts: {
    sv: 'Behöver insatser från kommunen',
    en: 'Needs efforts from the municipality',
  },
  expectsPrimaryCareEfforts: {
    sv: 'Behöver insatser från primärvården',
    en: 'Needs efforts from primary care',
  },
  familyName: { sv: 'Efternamn', en: 'Family name' },
  filter: { sv: 'Filter', en: 'Filter' },
  followUp: { sv: 'Uppföljning', en: 'Follow-up' },
  followUpDate: { sv: 'Datum för uppföljning', en: 'Follow-up date' },
  followUpReminderDays: { sv: 'Påminnelse före uppföljning', en: 'Reminder before a follow-up' },
  followUpWhat: { sv: 'Vad som följs upp', en: 'What is followed up' },
  form: { sv: 'Mötesform', en: 'Meeting form' },
  freeText: { sv: 'Fritext', en: 'Free text' },
  from: { sv: 'Från', en: 'From' },
  givenByName: { sv: 'Namn på den som gav samtycket', en: 'Name of the person who gave consent' },
  givenByRelation: { sv: 'Vem som gav samtycket', en: 'Who gave consent' },
  givenName: { sv: 'Förnamn', en: 'Given name' },
  givenOn: { sv: 'Datum för samtycket', en: 'Date of consent' },
  goalKeys: { sv: 'Mål som insatsen hör till', en: 'Goals the effort serves' },
  goals: { sv: 'Mål', en: 'Goal' },
  guardians: { sv: 'Vårdnadshavare', en: 'Guardian' },
  heading: { sv: 'Rubrik', en: 'Heading' },
  heldOn: { sv: 'Datum för uppföljningen', en: 'Date of the follow-up' },
  hiddenSections: { sv: 'Delar som inte visas', en: 'Parts not shown' },
  id: { sv: 'Id', en: 'Id' },
  idNumber: { sv: 'Personnummer eller samordningsnummer', en: 'Personal or coordination number' },
  individualParticipation: { sv: 'Den enskildes delaktighet', en: 'The individual’s participation' },
  individualPresent: { sv: 'Personen var med', en: 'The individual was present' },
  information: { sv: 'Information', en: 'Information' },
  initiatorName: { sv: 'Namn på den som tog upp behovet', en: 'Name of who raised the need' },
  initiatorType: { sv: 'Vem som tog initiativet', en: 'Who took the initiative' },
  initiatorUnitId: { sv: 'Enhet som tog initiativet', en: 'Unit that took the initiative' },
  invitation: phaseName('invitation'),
  invitationId: { sv: 'Kallelse', en: 'Invitation' },
  invitationReminderDays: {
    sv: 'Påminnelse om obesvarad kallelse',
    en: 'Reminder of an unanswered invitation',
  },
  items: { sv: 'Punkt', en: 'Item' },
  key: { sv: 'Nyckel', en: 'Key' },
  kind: { sv: 'Typ', en: 'Kind' },
  limit: { sv: 'Antal', en: 'Number' },
  manyPersons: { sv: 'Många personer', en: 'Many persons' },
  markdown: { sv: 'Rutinens text', en: 'The routine’s text' },
  measuresByOthers: { sv: 'Insats av andra', en: 'Effort by others' },
  medication: { sv: 'Läkemedel', en: 'Medication' },
  meetingForm: { sv: 'Hur personen vill träffas', en: 'How the individual wants to meet' },
  meetingId: { sv: 'Möte', en: 'Meeting' },
  meeting_held: phaseName('meeting_held'),
  message: { sv: 'Meddelande', en: 'Message' },
  method: { sv: 'Hur det gavs', en: 'How it was given' },
  municipalityUnitId: { sv: 'Kommunens enhet', en: 'Municipality unit' },
  name: { sv: 'Namn', en: 'Name' },
  nameEn: { sv: 'Namn på engelska', en: 'Name in English' },
  nameSv: { sv: 'Namn på svenska', en: 'Name in Swedish' },
  need: { sv: 'Behov', en: 'Need' },
  need_identified: phaseName('need_identified'),
  needs: { sv: 'Behov', en: 'Needs' },
  nextDate: { sv: 'Nästa uppföljning', en: 'Next follow-up' },
  note: { sv: 'Anteckning', en: 'Note' },
  notes: { sv: 'Anteckningar', en: 'Notes' },
  outcome: { sv: 'Resultat', en: 'Outcome' },
  overallResponsibilityOrganisationId: {
    sv: 'Huvudman med övergripande ansvar',
    en: 'Principal with overall responsibility',
  },
  page: { sv: 'Sida', en: 'Page' },
  pageSize: { sv: 'Antal per sida', en: 'Number per page' },
  part: { sv: 'Enhetens roll', en: 'The unit’s part' },
  password: { sv: 'Lösenord', en: 'Password' },
  paused: phaseName('paused'),
  person: { sv: 'Person', en: 'Person' },
  phase: { sv: 'Fas', en: 'Phase' },
  phone: { sv: 'Telefon', en: 'Phone' },
  place: { sv: 'Plats', en: 'Place' },
  plan_established: phaseName('plan_established'),
  preferences: { sv: 'Inställningar', en: 'Settings' },
  preparation: phaseName('preparation'),
  primaryCareUnitId: { sv: 'Primärvårdens enhet', en: 'Primary care unit' },
  problems: { sv: 'Det som inte fungerade', en: 'What did not work' },
  prompt: { sv: 'Fråga eller stöd', en: 'Question or support' },
  protectedIdentity: { sv: 'Skyddad identitet', en: 'Protected identity' },
  questions: { sv: 'Frågor att ta upp', en: 'Questions to raise' },
  readyAt: { sv: 'Utskrivningsklar', en: 'Ready for discharge' },
  reason: { sv: 'Skäl', en: 'Reason' },
  relativesMayTakePart: { sv: 'Närstående får delta', en: 'Relatives may take part' },
  relativesPresent: { sv: 'Närstående var med', en: 'Relatives were present' },
  relevance: { sv: 'Relevans', en: 'Relevance' },
  reserve: { sv: 'Reservnummer', en: 'Reserve number' },
  resolution: { sv: 'Åtgärd', en: 'Resolution' },
  respect: { sv: 'Bemötande', en: 'Respect' },
  responsibility: { sv: 'Ansvar och samordnare', en: 'Responsibility and coordinator' },
  responsibleUnitId: { sv: 'Ansvarig enhet', en: 'Responsible unit' },
  scopeUnitIds: { sv: 'Enheter som får dela information', en: 'Units that may share information' },
  sections: { sv: 'Planens delar', en: 'The plan’s parts' },
  sip: { sv: 'SIP', en: 'SIP' },
  situation: { sv: 'Situation', en: 'Situation' },
  startDate: { sv: 'Startdatum', en: 'Start date' },
  startsAt: { sv: 'Starttid', en: 'Start time' },
  status: { sv: 'Status', en: 'Status' },
  step: { sv: 'Steg', en: 'Step' },
  strengths: { sv: 'Styrkor', en: 'Strengths' },
  structure: { sv: 'Struktur', en: 'Structure' },
  targetGroup: { sv: 'Målgrupp', en: 'Target group' },
  targetGroups: { sv: 'Målgrupper', en: 'Target groups' },
  templateId: { sv: 'Mall', en: 'Template' },
  text: { sv: 'Text', en: 'Text' },
  timePlan: { sv: 'Tidsplan', en: 'Time plan' },
  to: { sv: 'Till', en: 'To' },
  token: { sv: 'Kod', en: 'Code' },
  unit: { sv: 'Enhet', en: 'Unit' },
  unitId: { sv: 'Enhet', en: 'Unit' },
  unitIds: { sv: 'Enheter', en: 'Units' },
  unusual: { sv: 'Ovanligt mönster', en: 'Unusual pattern' },
  user: { sv: 'Användare', en: 'User' },
  username: { sv: 'Användarnamn', en: 'Username' },
  userId: { sv: 'Användare', en: 'User' },
  validUntil: { sv: 'Gäller till och med', en: 'Valid until' },
  version: { sv: 'Version', en: 'Version' },
  whatMatters: { sv: 'Vad som är viktigt för personen', en: 'What matters to the individual' },
  why: { sv: 'Varför', en: 'Why' },
  windowMinutes: { sv: 'Tidsfönster i minuter', en: 'Time window in minutes' },
  wishes: { sv: 'Önskemål', en: 'Wishes' },
  writtenWithUnitIds: { sv: 'Enheter som skrev planen', en: 'Units that wrote the plan' },
} satisfies Record<string, LocalisedText>;

export const fieldNameKeys = Object.keys(names);

/**
 * A field's name from its path in a request (`body.efforts.1.contactPerson` → "Insats 2 – Kontaktperson"): each
 * key by its name, a list item by its number. The request part (`body`, `query`, `params`) is left out; a key not
 * in the catalogue is given as it is.
 */
export function fieldName(path: string): LocalisedText {
  const segments = path.split('.').slice(1);
  const parts: { sv: string; en: string }[] = [];
  for (const segment of segments) {
    const last = parts[parts.length - 1];
    if (/^\d+$/.test(segment) && last) {
      last.sv += ` ${Number(segment) + 1}`;
      last.en += ` ${Number(segment) + 1}`;
    } else {
      const name = (names as Record<string, LocalisedText>)[segment] ?? { sv: segment, en: segment };
      if (name.sv !== '') parts.push({ ...name });
    }
  }
  if (parts.length === 0) return { sv: 'Begäran', en: 'The request' };
  return { sv: parts.map((p) => p.sv).join(' – '), en: parts.map((p) => p.en).join(' – ') };
}
