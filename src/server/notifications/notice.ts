import type { NoticeKind } from '../../shared/api/notifications.js';

export type { NoticeKind };

/**
 * Something a unit (and, optionally, named users) must be told. It names the case, meeting or deviation by id only:
 * the mail built from it says what happened and links into Samplan, where access is checked, and never carries the
 * individual's name, identity number or anything about their health.
 */
export interface Notice {
  kind: NoticeKind;
  /** The receiving unit: its functional mailbox and its users who chose this kind by e-mail. */
  unitId: string;
  /** Users told besides the unit's, e.g. the managers a deviation is assigned to. */
  userIds?: string[];
  sipId: string | null;
  meetingId?: string;
  deviationId?: string;
  /** A second notice with the same key is ignored, so reminder sweeps and retries never tell anyone twice. */
  dedupeKey: string;
}
