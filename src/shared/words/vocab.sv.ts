import type {
  attendanceValues,
  initiatorTypes,
  casePartValues,
  invitationStatusValues,
  meetingForms,
  sipPhaseValues,
  targetGroups,
} from '../api/vocabulary.js';
import type { Messages } from './messages.js';

type Words<Values extends readonly string[]> = Record<Values[number], string>;

/**
 * Swedish words for the closed lists of values shared by several pages and by the server, under the `vocab.`
 * prefix; vocab.en.ts mirrors every key (the compiler checks it). Each value has one name, in the terms of
 * docs/glossary.md; a page that words a value differently keeps its own list (for example
 * `start.invitationStatus`, which the receiving unit's inbox words from its side).
 */
export const vocabSv = {
  idKind: {
    personnummer: 'Personnummer',
    samordningsnummer: 'Samordningsnummer',
    reservnummer: 'Reservnummer',
  },
  /** The phases of a SIP (DOMAIN.md §3), as lists, the case's badge, its history and refusals name them. */
  phase: {
    need_identified: 'Behov identifierat',
    consent_declined: 'Samtycke nekat',
    preparation: 'Förberedelse',
    invitation: 'Kallelse skickad',
    meeting_held: 'Möte hållet',
    plan_established: 'Plan fastställd',
    paused: 'Vilande – samtycket återkallat',
    closed: 'Avslutad',
  } satisfies Words<typeof sipPhaseValues>,
  /** A unit's parts in a case. */
  part: {
    convener: 'Sammankallande',
    invited: 'Kallad',
    accepted: 'Deltar',
    effort: 'Ansvarar för insats',
    coordinator: 'Samordnare',
  } satisfies Words<typeof casePartValues>,
  targetGroup: {
    children_disability: 'Barn och unga med funktionsnedsättning',
    children_psychosocial: 'Barn och unga med psykosocial problematik',
    elderly_multimorbid: 'Multisjuka äldre',
    mental_illness: 'Psykisk ohälsa',
    substance_abuse: 'Missbruk och beroende',
    discharge: 'Utskrivning från slutenvård',
    other: 'Annat',
  } satisfies Words<typeof targetGroups>,
  initiatorType: {
    staff: 'Personal',
    individual: 'Den enskilde',
    relative: 'Närstående',
    school: 'Skola/förskola',
    other_actor: 'Annan aktör',
  } satisfies Words<typeof initiatorTypes>,
  meetingForm: {
    in_person: 'Fysiskt möte',
    phone: 'Telefon',
    video: 'Video',
  } satisfies Words<typeof meetingForms>,
  /** A kallelse's standing as the convener and the refusals see it. */
  invitationStatus: {
    sent: 'Skickad',
    acknowledged: 'Kvitterad',
    accepted: 'Accepterad',
    declined: 'Återbud',
    forwarded: 'Vidarebefordrad',
  } satisfies Words<typeof invitationStatusValues>,
  attendance: {
    present: 'Närvarande',
    absent_with_notice: 'Frånvarande med återbud',
    absent_without_notice: 'Frånvarande utan återbud',
  } satisfies Words<typeof attendanceValues>,
};

export type VocabMessages = Messages<typeof vocabSv>;
