import type { VocabMessages } from './vocab.sv.js';

export const vocabEn: VocabMessages = {
  idKind: {
    personnummer: 'Personal identity number',
    samordningsnummer: 'Coordination number',
    reservnummer: 'Reserve number',
  },
};
