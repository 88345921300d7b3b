import { z } from 'zod';

/** What a unit or a user can be told about; each kind can be chosen by e-mail or not (DOMAIN.md §3). */
export const noticeKinds = [
  'invitation_new',
  'invitation_unanswered',
  'meeting_changed',
  'meeting_cancelled',
  'meeting_tomorrow',
  'plan_established',
  'plan_changed',
  'follow_up_due',
  'follow_up_overdue',
  'consent_expiring',
  'deviation_assigned',
  'discharge_invitation_due',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * Whether a user gets a kind by e-mail until they choose: on for what asks the unit to act or changes a meeting it
 * has committed to, off for what is news only (the unit's functional mailbox receives every kind regardless).
 */
export const emailByDefault: Record<NoticeKind, boolean> = {
  invitation_new: true,
  invitation_unanswered: true,
  meeting_changed: true,
  meeting_cancelled: true,
  meeting_tomorrow: false,
  plan_established: false,
  plan_changed: false,
  follow_up_due: false,
  follow_up_overdue: true,
  consent_expiring: false,
  deviation_assigned: true,
  discharge_invitation_due: true,
};

export const notificationPreference = z.object({ kind: z.enum(noticeKinds), email: z.boolean() });

export const notificationPreferences = z.object({
  preferences: z.array(notificationPreference),
  /** Without an address of their own a user gets no mail, whatever they choose. */
  hasAddress: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

/** A change of one's own choices: only the kinds named change. */
export const notificationPreferencesBody = z.strictObject({
  preferences: z
    .array(z.strictObject({ kind: z.enum(noticeKinds), email: z.boolean() }))
    .min(1)
    .max(noticeKinds.length),
});

/** A notice as the receiving unit reads it in Samplan: what happened, to which case, when. */
export const unitNotice = z.object({
  id: z.string(),
  kind: z.enum(noticeKinds),
  sipId: z.string().nullable(),
  deviationId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  createdAt: z.string(),
});
export type UnitNotice = z.infer<typeof unitNotice>;

export const unitNotices = z.object({ notices: z.array(unitNotice) });

/** Mails per page of the outbox. */
export const outboxPageSize = 50;

export const mailStatuses = ['pending', 'sent', 'failed', 'local'] as const;

export const outboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string().nullable(),
  text: z.string().nullable(),
  hasCalendar: z.boolean(),
  status: z.enum(mailStatuses),
  attempts: z.number(),
  lastError: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  unitName: z.string(),
});
export type OutboxMail = z.infer<typeof outboxMail>;

export const outboxPage = z.object({ mails: z.array(outboxMail), total: z.number() });

export const outboxQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  status: z.enum(mailStatuses).optional(),
});
