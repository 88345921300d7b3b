import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { allowedPersonActions } from '../../../domain/access/personPolicy.js';
import type { PersonSipOverview, PersonSipSummary } from '../../../shared/api/personSide.js';
import {
  directoryNames,
  invitedUnits,
  nextMeeting,
  personCaseHeads,
  type PersonCaseHead,
} from '../../data/personSide/cases.js';
import { meetingAnswerOf } from '../../data/personSide/meetingAnswers.js';
import { versionContent } from '../../data/personSide/planVersions.js';
import type { PersonStanding } from '../../data/personRelations.js';
import { coordinatorOf } from './plainPlan.js';

/** A version waits for the person's approval when it is the plan in force, nobody's approval is recorded yet and they may approve. */
function versionToApprove(head: PersonCaseHead, standing: PersonStanding): number | null {
  if (head.establishedVersion === null || head.approvedAt !== null) return null;
  return allowedPersonActions(standing).includes('approvePlan') ? head.establishedVersion : null;
}

/** "Mina SIP:ar": each case the person relates to, as its list shows it. */
export async function sipSummaries(db: Kysely<DB>, standings: PersonStanding[]): Promise<PersonSipSummary[]> {
  const heads = new Map(
    (
      await personCaseHeads(
        db,
        standings.map((standing) => standing.sipId),
      )
    ).map((head) => [head.id, head]),
  );
  return standings.flatMap((standing) => {
    const head = heads.get(standing.sipId);
    if (!head) return [];
    return [
      {
        id: head.id,
        relation: standing.relation,
        firstName: head.firstName,
        phase: head.phase,
        conveningUnitName: head.conveningUnitName,
        nextMeetingAt: head.nextMeetingAt ? new Date(head.nextMeetingAt).toISOString() : null,
        versionToApprove: versionToApprove(head, standing),
      },
    ];
  });
}

const unitAnswer = {
  sent: 'waiting',
  acknowledged: 'waiting',
  accepted: 'coming',
  declined: 'not_coming',
} as const;

/** One case's overview: what the pages show first, and what the person may do there. */
export async function sipOverview(
  db: Kysely<DB>,
  standing: PersonStanding,
  identityId: string,
): Promise<PersonSipOverview> {
  const [head] = await personCaseHeads(db, [standing.sipId]);
  if (!head) throw new Error('The case of a standing is gone');
  const allowedActions = allowedPersonActions(standing);
  const established =
    head.establishedVersion !== null && allowedActions.includes('readPlan')
      ? await versionContent(db, standing.sipId, head.establishedVersion)
      : undefined;
  let coordinator: PersonSipOverview['coordinator'] = null;
  if (established) {
    const unitId = established.content.coordinator.unitId;
    const names = await directoryNames(db, { units: unitId ? [unitId] : [], organisations: [] });
    coordinator = coordinatorOf(established.content, unitId ? (names.units.get(unitId) ?? null) : null);
  }
  return {
    id: head.id,
    relation: standing.relation,
    allowedActions,
    firstName: head.firstName,
    phase: head.phase,
    conveningUnitName: head.conveningUnitName,
    coordinator,
    nextMeeting: allowedActions.includes('readMeeting')
      ? await meetingAhead(db, standing.sipId, identityId, head.protectedIdentity)
      : null,
    establishedVersion: head.establishedVersion,
    versionToApprove: versionToApprove(head, standing),
  };
}

async function meetingAhead(
  db: Kysely<DB>,
  sipId: string,
  identityId: string,
  protectedIdentity: boolean,
): Promise<PersonSipOverview['nextMeeting']> {
  const meeting = await nextMeeting(db, sipId);
  if (!meeting) return null;
  const [invited, mine] = await Promise.all([
    invitedUnits(db, meeting.id),
    meetingAnswerOf(db, meeting.id, identityId),
  ]);
  return {
    id: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    form: meeting.form,
    // Where a protected identity is met could lead to them; the coordinator tells them in person.
    place: protectedIdentity ? '' : meeting.place,
    units: [
      { name: meeting.organiserName, answer: 'coming' as const },
      ...invited.flatMap((unit) =>
        unit.status === 'forwarded' ? [] : [{ name: unit.name, answer: unitAnswer[unit.status] }],
      ),
    ],
    myAnswer: mine
      ? { answer: mine.answer, wish: mine.wish, answeredAt: mine.answeredAt.toISOString() }
      : null,
  };
}
