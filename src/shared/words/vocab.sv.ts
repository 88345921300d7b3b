import type { sipPhaseValues } from '../api/vocabulary.js';
import type { Messages } from './messages.js';

/**
 * Swedish words for vocabulary shared by several pages and by the server, under the `vocab.` prefix; vocab.en.ts
 * mirrors every key (the compiler checks it). Only words that read the same everywhere live here; a page that
 * words a value differently keeps its own list (for example `start.invitationStatus`).
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
  } satisfies Record<(typeof sipPhaseValues)[number], string>,
};

export type VocabMessages = Messages<typeof vocabSv>;
