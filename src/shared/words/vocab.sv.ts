import type { Messages } from './messages.js';

/**
 * Swedish words for vocabulary shared by several pages, under the `vocab.` prefix; vocab.en.ts
 * mirrors every key (the compiler checks it). Only words that read the same everywhere live here;
 * a page that words a value differently keeps its own list (for example `start.invitationStatus`).
 */
export const vocabSv = {
  idKind: {
    personnummer: 'Personnummer',
    samordningsnummer: 'Samordningsnummer',
    reservnummer: 'Reservnummer',
  },
};

export type VocabMessages = Messages<typeof vocabSv>;
