import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { allowedSipCommands, type UnitPart } from '../../domain/sip/allowedActions.js';
import { authorizeCase, mayDo } from '../access/caseAccess.js';
import { latestConsent } from '../access/consentInForce.js';
import type { Actor } from '../sips/actor.js';
import { logAccess, withinTransaction } from '../audit/logAccess.js';
import type { sipDetail } from '../../shared/api/responses.js';
import { presentPerson } from './person.js';
import { unitDirectory, userNames, type UnitInfo } from './names.js';
import { presentPlan } from './planView.js';

type SipDetail = z.infer<typeof sipDetail>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The whole case as the acting user sees it, with what they may do now. Authorises first: a unit the policy
 * keeps out gets the 404 of a wrong id, so the presenter can never hand a case to a stranger.
 */
export function presentSip(db: Kysely<DB>, sipId: string, actor: Actor): Promise<SipDetail> {
  // The read and its entry in the access log share one transaction.
  return withinTransaction(db, async (trx) => {
    const detail = await readSip(trx, sipId, actor);
    await logAccess(trx, actor, detail.plan ? 'read_case_and_plan' : 'read_case', {
      sipId,
      personId: detail.person.id,
    });
    return detail;
  });
}

async function readSip(db: Kysely<DB>, sipId: string, actor: Actor): Promise<SipDetail> {
  const subject = await authorizeCase(db, sipId, actor, 'readCase');
  const { unitId } = actor;
  // An invited unit that has not yet accepted sees what it needs to answer, not the plan.
  const readsPlan = mayDo(subject, 'readPlan');
  const sip = await db.selectFrom('sips').selectAll().where('id', '=', sipId).executeTakeFirstOrThrow();
  const person = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', sip.personId)
    .executeTakeFirstOrThrow();
  const participantRows = await db
    .selectFrom('sipParticipants')
    .select(['unitId', 'part'])
    .where('sipId', '=', sipId)
    .execute();
  const consent = await latestConsent(db, sipId);
  const scope = consent
    ? (
        await db
          .selectFrom('consentScopeUnits')
          .select('unitId')
          .where('consentId', '=', consent.id)
          .execute()
      ).map((r) => r.unitId)
    : [];
  const preparation = await db
    .selectFrom('preparations')
    .selectAll()
    .where('sipId', '=', sipId)
    .executeTakeFirst();
  const meeting = await db
    .selectFrom('meetings')
    .selectAll()
    .where('sipId', '=', sipId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const invitations = meeting
    ? await db
        .selectFrom('invitations')
        .selectAll()
        .where('meetingId', '=', meeting.id)
        .orderBy('sentAt')
        .orderBy('id')
        .execute()
    : [];
  const versions = !readsPlan
    ? []
    : await db
        .selectFrom('planVersions')
        .select([
          'version',
          'reason',
          'authorId',
          'authorUnitId',
          'createdAt',
          'approvedAt',
          'approvalMethod',
          'approvalNote',
        ])
        .where('sipId', '=', sipId)
        .orderBy('version')
        .execute();
  const followUps = !readsPlan
    ? []
    : await db.selectFrom('followUps').selectAll().where('sipId', '=', sipId).orderBy('recordedAt').execute();
  const events = await db
    .selectFrom('sipEvents')
    .selectAll()
    .where('sipId', '=', sipId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();

  const forwardedFrom = new Map(invitations.map((invitation) => [invitation.id, invitation.unitId]));
  const units = await unitDirectory(db, [
    sip.conveningUnitId,
    ...(sip.initiatorUnitId ? [sip.initiatorUnitId] : []),
    ...participantRows.map((row) => row.unitId),
    ...scope,
    ...invitations.map((invitation) => invitation.unitId),
    ...(consent ? [consent.recordedUnitId] : []),
    ...versions.map((version) => version.authorUnitId),
    ...followUps.map((followUp) => followUp.recordedUnitId),
    ...events.flatMap((event) => (event.actorUnitId ? [event.actorUnitId] : [])),
  ]);
  const users = await userNames(db, [
    ...(consent ? [consent.recordedBy] : []),
    ...(preparation ? [preparation.updatedBy] : []),
    ...invitations.flatMap((invitation) => [invitation.sentBy, invitation.answeredBy]),
    ...versions.map((version) => version.authorId),
    ...followUps.map((followUp) => followUp.recordedBy),
    ...events.map((event) => event.actorUserId),
  ]);
  const unit = (id: string): UnitInfo => units.get(id)!;
  const unitName = (id: string | null) => (id ? (units.get(id)?.unitName ?? null) : null);
  const userName = (id: string | null) => (id ? (users.get(id) ?? '') : '');

  const partsByUnit = new Map<string, UnitPart[]>();
  for (const row of participantRows)
    partsByUnit.set(row.unitId, [...(partsByUnit.get(row.unitId) ?? []), row.part]);
  // An invitation can be answered only while its meeting is still ahead and the case is open.
  const answerable = meeting?.status === 'scheduled' && sip.phase !== 'closed' && sip.phase !== 'paused';
  const myInvitation = invitations.find(
    (invitation) =>
      answerable &&
      invitation.unitId === unitId &&
      (invitation.status === 'sent' || invitation.status === 'acknowledged'),
  );

  return {
    id: sip.id,
    caseNumber: sip.caseNumber,
    phase: sip.phase,
    createdAt: sip.createdAt.toISOString(),
    updatedAt: sip.updatedAt.toISOString(),
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
      (relation): relation is UnitPart => relation !== 'declined' && relation !== 'none',
    ),
    allowedActions: allowedSipCommands(sip.phase, subject),
    myInvitationId: myInvitation?.id ?? null,
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
          recordedAt: consent.recordedAt.toISOString(),
          withdrawnAt: iso(consent.withdrawnAt),
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
          updatedAt: preparation.updatedAt.toISOString(),
        }
      : null,
    meeting: meeting
      ? {
          id: meeting.id,
          startsAt: meeting.startsAt.toISOString(),
          endsAt: meeting.endsAt.toISOString(),
          form: meeting.form,
          place: meeting.place,
          sequence: meeting.sequence,
          status: meeting.status,
          cancelReason: meeting.cancelReason,
          individualPresent: meeting.individualPresent,
          relativesPresent: meeting.relativesPresent,
          attendanceNote: meeting.attendanceNote,
        }
      : null,
    invitations: invitations.map((invitation) => ({
      ...unit(invitation.unitId),
      id: invitation.id,
      meetingId: invitation.meetingId,
      obliged: invitation.obliged,
      status: invitation.status,
      message: invitation.message,
      sentAt: invitation.sentAt.toISOString(),
      sentByName: userName(invitation.sentBy),
      acknowledgedAt: iso(invitation.acknowledgedAt),
      answeredAt: iso(invitation.answeredAt),
      answeredByName: invitation.answeredBy ? userName(invitation.answeredBy) : null,
      attendees: invitation.attendees,
      declineReason: invitation.declineReason,
      forwardNote: invitation.forwardNote,
      forwardedFromUnitName: invitation.forwardedFromId
        ? unitName(forwardedFrom.get(invitation.forwardedFromId) ?? null)
        : null,
      attendance: invitation.attendance,
    })),
    plan: readsPlan ? await presentPlan(db, sipId) : null,
    versions: versions.map((version) => ({
      version: version.version,
      reason: version.reason,
      authorName: userName(version.authorId),
      authorUnitName: unitName(version.authorUnitId) ?? '',
      createdAt: version.createdAt.toISOString(),
      approvedAt: iso(version.approvedAt),
      approvalMethod: version.approvalMethod,
      approvalNote: version.approvalNote,
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
      recordedAt: followUp.recordedAt.toISOString(),
    })),
    nextFollowUpOn: sip.nextFollowUpOn,
    closure:
      sip.closureReason && sip.closedAt
        ? { reason: sip.closureReason, note: sip.closureNote, closedAt: sip.closedAt.toISOString() }
        : null,
    events: events.map((event) => ({
      type: event.type,
      fromPhase: event.fromPhase,
      toPhase: event.toPhase,
      occurredAt: event.occurredAt.toISOString(),
      actorName: userName(event.actorUserId),
      actorUnitName: unitName(event.actorUnitId),
    })),
  };
}
