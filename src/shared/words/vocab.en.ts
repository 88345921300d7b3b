import type { VocabMessages } from './vocab.sv.js';

export const vocabEn: VocabMessages = {
  idKind: {
    personnummer: 'Personal identity number',
    samordningsnummer: 'Coordination number',
    reservnummer: 'Reserve number',
  },
  phase: {
    need_identified: 'Need identified',
    consent_declined: 'Consent declined',
    preparation: 'Preparation',
    invitation: 'Invitation sent',
    meeting_held: 'Meeting held',
    plan_established: 'Plan established',
    paused: 'Paused – consent withdrawn',
    closed: 'Closed',
  },
};
