import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { CaseSubject } from '../../domain/access/policy.js';
import { notFound } from '../../domain/errors.js';
import { allowedSipCommands, type UnitPart } from '../../domain/sip/allowedActions.js';
import { invitationAnswers } from '../../domain/invitation/answerable.js';
import { meetingHasBegun } from '../../domain/sip/attendance.js';
import { authorizeCase, mayDo } from '../access/caseAccess.js';
import type { Actor } from '../sips/actor.js';
import { readCaseRecord, type CaseRecord } from '../data/caseRecord.js';
import { presentFromPerson, presentGuardians, writerOf } from './fromPerson.js';
import { allowedCaseChanges } from '../sips/caseChange.js';
import { theSip } from '../sips/theSip.js';
import type { sipDetail } from '../../shared/api/responses.js';
import type { casePartValues } from '../../shared/api/vocabulary.js';
import { presentPerson } from './person.js';
import type { UnitInfo } from '../data/directory.js';
import { completenessOf, planView } from './planView.js';
import { templateReferenceOf } from '../templates/templateReference.js';
import { ageOn } from '../../domain/consent/consent.js';
import { stockholmDate } from '../../domain/time/stockholm.js';

type SipDetail = z.infer<typeof sipDetail>;
type CasePart = (typeof casePartValues)[number];

/**
 * The whole case as the acting user sees it, with what they may do now. Authorises first: a unit the policy
 * keeps out gets the 404 of a wrong id, so the presenter can never hand a case to a stranger. A route whose policy
 * has just decided (`subject`) passes that decision on instead of asking again.
 */
export async function presentSip(
  db: Kysely<DB>,
  sipId: string,
  actor: Actor,
  subject?: CaseSubject,
): Promise<SipDetail> {
  const standing = subject ?? (await authorizeCase(db, sipId, actor, 'readCase'));
  // An invited unit that has not yet accepted sees what it needs to answer, not the plan.
  const readsPlan = mayDo(standing, 'readPlan');
  // The read records itself in the access log in the same statement.
  const record = await readCaseRecord(db, sipId, readsPlan, actor);
  if (!record) throw notFound(theSip);
  return presentCase(record, standing, actor.unitId, readsPlan);
}

const iso = (instant: string) => new Date(instant).toISOString();
const isoOrNull = (instant: string | null) => (instant === null ? null : iso(instant));

function presentCase(
  record: CaseRecord,
  subject: CaseSubject,
  unitId: string,
  readsPlan: boolean,
): SipDetail {
  const { sip, person, participants: participantRows, consent, preparation, meeting, invitations } = record;
  const { versions, followUps, events, plan, units, users } = record;
  const writer = writerOf(record);
  const scope = consent?.scope ?? [];

  const forwardedFrom = new Map(invitations.map((invitation) => [invitation.id, invitation.unitId]));
  const unit = (id: string): UnitInfo => units[id]!;
  const unitName = (id: string | null) => (id ? (units[id]?.unitName ?? null) : null);
  const userName = (id: string | null) => (id ? (users[id] ?? '') : '');

  const partsByUnit = new Map<string, UnitPart[]>();
  for (const row of participantRows)
    partsByUnit.set(row.unitId, [...(partsByUnit.get(row.unitId) ?? []), row.part]);
  const answersTo = (invitation: (typeof invitations)[number]) =>
    meeting
      ? invitationAnswers({ phase: sip.phase, meetingStatus: meeting.status, status: invitation.status })
      : [];
  const myInvitation = invitations
    .filter((invitation) => invitation.unitId === unitId)
    .map((invitation) => ({ id: invitation.id, answers: answersTo(invitation) }))
    .find((invitation) => invitation.answers.length > 0);

  return {
    id: sip.id,
    caseNumber: sip.caseNumber,
    phase: sip.phase,
    createdAt: iso(sip.createdAt),
    updatedAt: iso(sip.updatedAt),
    person: presentPerson(person),
    need: {
      initiatorType: sip.initiatorType,
      initiatorUnitId: sip.initiatorUnitId,
      initiatorUnitName: unitName(sip.initiatorUnitId),
      initiatorName: sip.initiatorName,
      targetGroup: sip.targetGroup,
      description: sip.needDescription,
    },
    convener: unit(sip.conveningUnitId),
    myParts: [...subject.relations].filter(
      (relation): relation is CasePart => relation !== 'declined' && relation !== 'none',
    ),
    allowedActions: allowedSipCommands(sip.phase, subject).filter(
      (command) =>
        command !== 'recordAttendance' ||
        (meeting?.status === 'scheduled' && meetingHasBegun(new Date(meeting.startsAt))),
    ),
    allowedChanges: allowedCaseChanges(sip.phase, subject),
    myInvitationId: myInvitation?.id ?? null,
    myInvitationAnswers: myInvitation?.answers ?? [],
    myMeetingChangeToSee:
      (meeting?.status === 'scheduled' &&
        invitations.find(
          (invitation) =>
            invitation.unitId === unitId &&
            invitation.status !== 'forwarded' &&
            invitation.status !== 'declined' &&
            invitation.seenSequence < meeting.sequence,
        )?.id) ||
      null,
    participants: [...partsByUnit].map(([id, unitParts]) => ({ ...unit(id), parts: unitParts })),
    consent: consent
      ? {
          id: consent.id,
          decision: consent.decision,
          method: consent.method,
          givenByName: consent.givenByName,
          givenByRelation: consent.givenByRelation,
          givenOn: consent.givenOn,
          validUntil: consent.validUntil,
          relativesMayTakePart: consent.relativesMayTakePart,
          guardians: consent.guardians,
          childView: consent.childView,
          consequencesExplained: consent.consequencesExplained,
          note: consent.note,
          scope: scope.map(unit),
          recordedByName: userName(consent.recordedBy),
          recordedUnitName: unitName(consent.recordedUnitId) ?? '',
          recordedAt: iso(consent.recordedAt),
          withdrawnAt: isoOrNull(consent.withdrawnAt),
          withdrawalNote: consent.withdrawalNote,
        }
      : null,
    preparation: preparation
      ? {
          whatMatters: preparation.whatMatters,
          questions: preparation.questions,
          childView: preparation.childView,
          meetingForm: preparation.meetingForm,
          place: preparation.place,
          updatedByName: userName(preparation.updatedBy),
          updatedAt: iso(preparation.updatedAt),
        }
      : null,
    meeting: meeting
      ? {
          id: meeting.id,
          startsAt: iso(meeting.startsAt),
          endsAt: iso(meeting.endsAt),
          form: meeting.form,
          place: meeting.place,
          sequence: meeting.sequence,
          status: meeting.status,
          cancelReason: meeting.cancelReason,
          individualPresent: meeting.individualPresent,
          relativesPresent: meeting.relativesPresent,
          attendanceNote: meeting.attendanceNote,
          enteredAfterwards: meeting.enteredAfterwards,
        }
      : null,
    invitations: invitations.map((invitation) => ({
      ...unit(invitation.unitId),
      id: invitation.id,
      meetingId: invitation.meetingId,
      obliged: invitation.obliged,
      status: invitation.status,
      message: invitation.message,
      sentAt: iso(invitation.sentAt),
      sentByName: userName(invitation.sentBy),
      acknowledgedAt: isoOrNull(invitation.acknowledgedAt),
      answeredAt: isoOrNull(invitation.answeredAt),
      answeredByName:
        invitation.answeredBy || invitation.answeredByFhirClient
          ? userName(invitation.answeredBy ?? invitation.answeredByFhirClient)
          : null,
      attendees: invitation.attendees,
      declineReason: invitation.declineReason,
      forwardNote: invitation.forwardNote,
      forwardedFromUnitName: invitation.forwardedFromId
        ? unitName(forwardedFrom.get(invitation.forwardedFromId) ?? null)
        : null,
      attendance: invitation.attendance,
    })),
    template: record.template,
    plan:
      plan &&
      planView(
        plan,
        plan.updatedBy && userName(plan.updatedBy),
        completenessOf({
          organisationKinds: new Map(
            plan.content.overallResponsibilityOrganisationId && plan.overallResponsibilityKind
              ? [[plan.content.overallResponsibilityOrganisationId, plan.overallResponsibilityKind]]
              : [],
          ),
          unitOrganisationKinds: new Map(
            Object.values(units).map((info) => [info.unitId, info.organisationKind]),
          ),
          unitsAtMeetings: record.unitsAtMeetings,
        }),
      ),
    versions: versions.map((version) => ({
      version: version.version,
      reason: version.reason,
      authorName: userName(version.authorId),
      authorUnitName: unitName(version.authorUnitId) ?? '',
      createdAt: iso(version.createdAt),
      approvedAt: isoOrNull(version.approvedAt),
      approvalMethod: version.approvalMethod,
      approvalNote: version.approvalNote,
      template: templateReferenceOf(version),
    })),
    followUps: followUps.map((followUp) => ({
      id: followUp.id,
      heldOn: followUp.heldOn,
      planVersion: followUp.planVersion,
      items: followUp.items,
      notes: followUp.notes,
      problems: followUp.problems,
      nextDate: followUp.nextDate,
      recordedByName: userName(followUp.recordedBy),
      recordedUnitName: unitName(followUp.recordedUnitId) ?? '',
      recordedAt: iso(followUp.recordedAt),
    })),
    guardians: presentGuardians(record, userName),
    childSignIn: childSignIn(record),
    fromPerson: readsPlan ? presentFromPerson(record, userName) : null,
    nextFollowUpOn: sip.nextFollowUpOn,
    closure:
      sip.closureReason && sip.closedAt
        ? { reason: sip.closureReason, note: sip.closureNote, closedAt: iso(sip.closedAt) }
        : null,
    events: events.map((event) => ({
      type: event.type,
      fromPhase: event.fromPhase,
      toPhase: event.toPhase,
      occurredAt: iso(event.occurredAt),
      // A step the individual or a guardian took on their own pages names them as their e-ID does.
      actorName: event.actorIdentityId
        ? writer(event.actorIdentityId).name
        : userName(event.actorUserId ?? event.actorFhirClientId),
      actorUnitName: unitName(event.actorUnitId),
    })),
  };
}

/** The child's own sign-in as staff decided it, and whether the child is of an age for it (the county's, under 18). */
function childSignIn({ sip, person, childSignInAge }: CaseRecord): SipDetail['childSignIn'] {
  const age = ageOn(person.birthDate, stockholmDate());
  return {
    allowed: sip.childSignsIn,
    fromAge: childSignInAge,
    mayBeAllowed: age !== null && age >= childSignInAge && age < 18,
  };
}
