/**
 * What the individual and the guardians are told of by e-mail and SMS (issue 14, decision 0035). Each message is a
 * link to Samplan and nothing more, whatever the kind: the kind only chooses the words.
 */
export const personNoticeKinds = [
  'meeting_invitation',
  'meeting_moved',
  'meeting_cancelled',
  'plan_to_approve',
  'meeting_reminder',
  'approval_reminder',
] as const;

export type PersonNoticeKind = (typeof personNoticeKinds)[number];

/** The ways a message leaves the outbox. */
export const outboxChannels = ['email', 'sms'] as const;

export type OutboxChannel = (typeof outboxChannels)[number];
