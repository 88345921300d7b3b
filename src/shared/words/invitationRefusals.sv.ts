import type { Messages } from './messages.js';

/** Swedish words of the refusals of an answer to a kallelse; invitationRefusals.en.ts mirrors every key. */
export const invitationRefusalsSv = {
  alreadyAnswered: 'Kallelsen är redan besvarad ({{status}}) och kan inte besvaras igen.',
  alreadyAcknowledged: 'Kallelsen är redan kvitterad.',
  forwardOutsideOrganisation:
    'En kallelse kan bara vidarebefordras till en annan enhet i den egna organisationen.',
  unitAlreadyInvited: 'Den enheten är redan kallad till mötet.',
  noLongerOpen:
    'Kallelsen kan inte längre besvaras: mötet är hållet eller inställt, eller SIP:en är vilande eller avslutad.',
};

export type InvitationRefusalMessages = Messages<typeof invitationRefusalsSv>;
