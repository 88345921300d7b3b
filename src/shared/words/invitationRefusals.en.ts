import type { InvitationRefusalMessages } from './invitationRefusals.sv.js';

export const invitationRefusalsEn: InvitationRefusalMessages = {
  alreadyAnswered: 'The invitation has already been answered ({{status}}) and cannot be answered again.',
  alreadyAcknowledged: 'The invitation has already been acknowledged.',
  forwardOutsideOrganisation: 'An invitation can only be forwarded to another unit of your own organisation.',
  unitAlreadyInvited: 'That unit is already invited to the meeting.',
  noLongerOpen:
    'The invitation can no longer be answered: the meeting was held or cancelled, or the SIP is paused or closed.',
};
