import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nextFollowUpOf } from '../data/cases.js';
import { meetingTime } from '../data/meetings.js';
import { establishedVersionOf } from '../data/plans.js';
import type { meetingForms } from '../../shared/api/vocabulary.js';
import type { Notice } from './notice.js';

/**
 * What the mail will say, fixed when the notice is given: a mail sent a minute later must still describe the
 * meeting as it was then (its calendar sequence above all). Never the place, which may be the individual's home.
 */
export interface NoticeSnapshot {
  meeting?: {
    startsAt: string;
    endsAt: string;
    form: (typeof meetingForms)[number];
    sequence: number;
  };
  planVersion?: number;
  followUpOn?: string;
}

export async function noticeSnapshot(db: Kysely<DB>, notice: Notice): Promise<NoticeSnapshot> {
  const snapshot: NoticeSnapshot = {};
  if (notice.meetingId) {
    const meeting = await meetingTime(db, notice.meetingId);
    snapshot.meeting = {
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      form: meeting.form,
      sequence: meeting.sequence,
    };
  }
  if (notice.sipId && (notice.kind === 'plan_established' || notice.kind === 'plan_changed')) {
    const version = await establishedVersionOf(db, notice.sipId);
    if (version) snapshot.planVersion = version;
  }
  if (notice.sipId && (notice.kind === 'follow_up_due' || notice.kind === 'follow_up_overdue')) {
    const followUpOn = await nextFollowUpOf(db, notice.sipId);
    if (followUpOn) snapshot.followUpOn = followUpOn;
  }
  return snapshot;
}
