import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../src/db/schema.js';
import type {
  attendanceValues,
  closureReasons,
  initiatorTypes,
  targetGroups,
} from '../../src/shared/api/vocabulary.js';

/**
 * A SIP written straight into the case tables with the times a test chooses, since the process stamps its steps
 * with the present. Its events go in last, in one statement, as a step's event does, so the statistics trigger
 * sees the finished case.
 */
export interface SeededSip {
  /** The unit the need was identified for (the convening unit then). */
  unitId: string;
  /** The convening unit now, when it has changed since the need. */
  conveningUnitNowId?: string;
  birthDate: string | null;
  sex: 'female' | 'male' | null;
  targetGroup: (typeof targetGroups)[number];
  initiatorType: (typeof initiatorTypes)[number];
  need: string;
  consent?: string;
  declined?: string;
  invite?: string;
  meeting?: SeededMeeting;
  attendance?: { unitId: string; obliged: boolean; attendance: (typeof attendanceValues)[number] }[];
  /** Held meetings after the first, without invitations. */
  laterMeetings?: SeededMeeting[];
  /** `template`: the template version the first plan version was written with. */
  established?: { at: string; followUpDate: string; template?: { id: string; version: number } };
  followUps?: { heldOn: string; nextDate: string }[];
  closed?: { at: string; reason: (typeof closureReasons)[number] };
  childView?: boolean;
  discharge?: {
    readyAt: string;
    invitedAt: string;
    lastDay: string;
    inpatientUnitId: string;
    municipalityUnitId: string;
  };
}

export interface SeededMeeting {
  startsAt: string;
  individualPresent: boolean;
  relativesPresent: boolean;
  /** Held without Samplan and entered afterwards (efterregistrering). */
  enteredAfterwards?: boolean;
}

let serial = 0;

async function insertHeldMeeting(
  db: Kysely<DB>,
  userId: string,
  sipId: string,
  organiserUnitId: string,
  meeting: SeededMeeting,
): Promise<{ meetingId: string; endsAt: string }> {
  const meetingId = uuidv7();
  const endsAt = new Date(Date.parse(meeting.startsAt) + 3600_000).toISOString();
  await db
    .insertInto('meetings')
    .values({
      id: meetingId,
      sipId,
      startsAt: new Date(meeting.startsAt),
      endsAt: new Date(endsAt),
      form: 'in_person',
      place: '',
      status: 'held',
      individualPresent: meeting.individualPresent,
      relativesPresent: meeting.relativesPresent,
      createdBy: userId,
      organiserUnitId,
      enteredAfterwards: meeting.enteredAfterwards ?? false,
    })
    .execute();
  return { meetingId, endsAt };
}

export async function seedSip(db: Kysely<DB>, userId: string, spec: SeededSip): Promise<string> {
  serial += 1;
  const personId = uuidv7();
  const sipId = uuidv7();
  await db
    .insertInto('persons')
    .values({
      id: personId,
      idKind: 'reservnummer',
      idNumber: `STAT-${String(serial)}-${sipId.slice(-8)}`,
      givenName: `Statistika${String(serial)}`,
      familyName: 'Testperson',
      birthDate: spec.birthDate,
      sex: spec.sex,
    })
    .execute();
  const phase = spec.closed
    ? 'closed'
    : spec.declined
      ? 'consent_declined'
      : spec.established
        ? 'plan_established'
        : spec.meeting
          ? 'meeting_held'
          : spec.invite
            ? 'invitation'
            : spec.consent
              ? 'preparation'
              : 'need_identified';
  const lastFollowUp = spec.followUps?.at(-1);
  await db
    .insertInto('sips')
    .values({
      id: sipId,
      caseNumber: `SIP-STAT-${String(serial)}-${sipId.slice(-6)}`,
      personId,
      conveningUnitId: spec.conveningUnitNowId ?? spec.unitId,
      createdBy: userId,
      phase,
      initiatorType: spec.initiatorType,
      targetGroup: spec.targetGroup,
      needDescription: 'Behov av samordning.',
      nextFollowUpOn:
        spec.established && !spec.closed ? (lastFollowUp?.nextDate ?? spec.established.followUpDate) : null,
      closureReason: spec.closed?.reason ?? null,
      closedAt: spec.closed ? new Date(spec.closed.at) : null,
    })
    .execute();
  await db.insertInto('sipParticipants').values({ sipId, unitId: spec.unitId, part: 'convener' }).execute();

  const events: { type: string; at: string }[] = [{ type: 'needIdentified', at: spec.need }];
  if (spec.consent || spec.declined || spec.childView) {
    await db
      .insertInto('consents')
      .values({
        id: uuidv7(),
        sipId,
        decision: spec.declined ? 'declined' : 'given',
        method: 'written',
        givenByName: 'Vårdnadshavare',
        givenByRelation: 'guardian',
        givenOn: (spec.consent ?? spec.declined ?? spec.need).slice(0, 10),
        childView: spec.childView ? 'Jag vill vara med.' : '',
        relativesMayTakePart: false,
        guardians: JSON.stringify([]),
        consequencesExplained: false,
        note: '',
        recordedBy: userId,
        recordedUnitId: spec.unitId,
      })
      .execute();
  }
  if (spec.consent) events.push({ type: 'recordConsent', at: spec.consent });
  if (spec.declined) events.push({ type: 'declineConsent', at: spec.declined });
  if (spec.invite) events.push({ type: 'invite', at: spec.invite });
  const organiserUnitId = spec.conveningUnitNowId ?? spec.unitId;
  if (spec.meeting) {
    const { meetingId, endsAt } = await insertHeldMeeting(db, userId, sipId, organiserUnitId, spec.meeting);
    for (const invited of spec.attendance ?? []) {
      await db
        .insertInto('invitations')
        .values({
          id: uuidv7(),
          sipId,
          meetingId,
          unitId: invited.unitId,
          obliged: invited.obliged,
          status: 'accepted',
          sentBy: userId,
          message: '',
          attendance: invited.attendance,
        })
        .execute();
      await db
        .insertInto('sipParticipants')
        .values({ sipId, unitId: invited.unitId, part: 'accepted' })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    }
    events.push({
      type: spec.meeting.enteredAfterwards ? 'enterHeldMeeting' : 'recordAttendance',
      at: endsAt,
    });
  }
  for (const meeting of spec.laterMeetings ?? []) {
    const { endsAt } = await insertHeldMeeting(db, userId, sipId, organiserUnitId, meeting);
    events.push({ type: meeting.enteredAfterwards ? 'enterHeldMeeting' : 'recordAttendance', at: endsAt });
  }
  if (spec.established) {
    await db
      .insertInto('planVersions')
      .values({
        sipId,
        version: 1,
        content: JSON.stringify({ followUpDate: spec.established.followUpDate }),
        authorId: userId,
        authorUnitId: spec.unitId,
        reason: '',
        templateId: spec.established.template?.id ?? null,
        templateVersion: spec.established.template?.version ?? null,
      })
      .execute();
    events.push({ type: 'establishPlan', at: spec.established.at });
  }
  for (const followUp of spec.followUps ?? []) {
    await db
      .insertInto('followUps')
      .values({
        id: uuidv7(),
        sipId,
        planVersion: 1,
        heldOn: followUp.heldOn,
        items: JSON.stringify([]),
        nextDate: followUp.nextDate,
        notes: '',
        problems: '',
        recordedBy: userId,
        recordedUnitId: spec.unitId,
        recordedAt: new Date(`${followUp.heldOn}T12:00:00Z`),
      })
      .execute();
    events.push({ type: 'recordFollowUp', at: `${followUp.heldOn}T12:00:00Z` });
  }
  if (spec.closed) events.push({ type: 'close', at: spec.closed.at });
  if (spec.discharge) {
    const d = spec.discharge;
    await db
      .insertInto('dischargeProcesses')
      .values({
        id: uuidv7(),
        personId,
        inpatientUnitId: d.inpatientUnitId,
        municipalityUnitId: d.municipalityUnitId,
        primaryCareUnitId: spec.unitId,
        expectsMunicipalityEfforts: true,
        expectsPrimaryCareEfforts: true,
        admittedAt: new Date(d.readyAt),
        admissionNoticeAt: new Date(d.readyAt),
        readyAt: new Date(d.readyAt),
        invitationLastDay: d.lastDay,
        invitationLateFrom: new Date(`${d.lastDay}T23:00:00Z`),
        careContactUnitId: spec.unitId,
        sipId,
        invitedAt: new Date(d.invitedAt),
        status: 'invited',
        registeredBy: userId,
      })
      .execute();
  }
  await sql`
    INSERT INTO sip_events (id, sip_id, type, occurred_at, actor_user_id, actor_unit_id)
    SELECT e.id::uuid, ${sipId}::uuid, e.type, e.at::timestamptz, ${userId}::uuid, ${spec.unitId}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(events.map((event) => ({ ...event, id: uuidv7() })))}::jsonb)
      AS e(id text, type text, at text)
  `.execute(db);
  return sipId;
}
