import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unitsExpectedAt } from '../data/invitations.js';
import { unitsTakingPart } from '../data/participation.js';
import { noticePeople } from '../personNotices/noticePeople.js';
import { notify } from './notify.js';

/**
 * A unit invited to a meeting, directly or by a forward: one notice per invitation, with the calendar request. The
 * individual (or the guardians) are told of the meeting once, with its first invitation.
 */
export async function noticeInvitation(
  db: Kysely<DB>,
  invitation: { id: string; sipId: string; meetingId: string; unitId: string },
): Promise<void> {
  await notify(db, {
    kind: 'invitation_new',
    unitId: invitation.unitId,
    sipId: invitation.sipId,
    meetingId: invitation.meetingId,
    dedupeKey: `invitation_new:${invitation.id}`,
  });
  await noticePeople(db, {
    kind: 'meeting_invitation',
    sipId: invitation.sipId,
    meetingId: invitation.meetingId,
    dedupeKey: `meeting_invitation:${invitation.meetingId}`,
  });
}

/**
 * A moved or cancelled meeting, told to every unit still expected there (`unitsExpectedAt`) and to the individual
 * (or the guardians). `sequence` is the meeting's new one, so each change is its own notice.
 */
export async function noticeMeetingChange(
  db: Kysely<DB>,
  meeting: { id: string; sipId: string; sequence: number },
  kind: 'meeting_changed' | 'meeting_cancelled',
): Promise<void> {
  for (const unitId of await unitsExpectedAt(db, meeting.id)) {
    await notify(db, {
      kind,
      unitId,
      sipId: meeting.sipId,
      meetingId: meeting.id,
      dedupeKey: `${kind}:${meeting.id}:${meeting.sequence}:${unitId}`,
    });
  }
  const personKind = kind === 'meeting_changed' ? 'meeting_moved' : 'meeting_cancelled';
  await noticePeople(db, {
    kind: personKind,
    sipId: meeting.sipId,
    meetingId: meeting.id,
    dedupeKey: `${personKind}:${meeting.id}:${meeting.sequence}`,
  });
}

/**
 * A plan established or changed, told to the other units taking part in it (a copy goes to every participant), and
 * to the individual (or the guardians), who may approve each version.
 */
export async function noticePlanVersion(
  db: Kysely<DB>,
  plan: { sipId: string; version: number },
  actingUnitId: string,
): Promise<void> {
  const kind = plan.version === 1 ? 'plan_established' : 'plan_changed';
  const participants = await unitsTakingPart(db, plan.sipId, {
    parts: ['convener', 'accepted', 'effort'],
    except: actingUnitId,
  });
  for (const unitId of participants) {
    await notify(db, {
      kind,
      unitId,
      sipId: plan.sipId,
      dedupeKey: `${kind}:${plan.sipId}:${plan.version}:${unitId}`,
    });
  }
  await noticePeople(db, {
    kind: 'plan_to_approve',
    sipId: plan.sipId,
    planVersion: plan.version,
    dedupeKey: `plan_to_approve:${plan.sipId}:${plan.version}`,
  });
}
