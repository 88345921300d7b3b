import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail, StartResponse } from '../../src/shared/api/responses.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  isoDay,
  isoTime,
  meetingFor,
  newSipBody,
  type ProcessWorld,
  theMeetingBegins,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('the SIP process on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  it('carries a SIP from need to closing across a municipality, a region and a school', async () => {
    const { convener, primaryCare, schoolStaff, stranger } = world;

    // 1–2. The need, with the individual found or registered by identity number.
    const created = await convener.post<SipDetail>('/api/sips', newSipBody());
    expect(created.status).toBe(201);
    const sip = created.body;
    expect(sip.phase).toBe('need_identified');
    expect(sip.caseNumber).toMatch(/^SIP-\d{4}-\d{5}$/);
    expect(sip.person.idNumber).toBe('19121212-1212');
    expect(sip.myParts).toEqual(['convener']);
    expect(sip.allowedActions).toContain('recordConsent');
    expect(sip.allowedActions).not.toContain('invite');
    const path = `/api/sips/${sip.id}`;

    // Strangers learn nothing, not even that it exists.
    expect((await stranger.get(path)).status).toBe(404);
    expect((await primaryCare.get(path)).status).toBe(404);

    // 3. Consent.
    const consented = await convener.post<SipDetail>(`${path}/consent`, consentFor(world));
    expect(consented.status).toBe(200);
    expect(consented.body.phase).toBe('preparation');
    expect(consented.body.consent?.scope.map((u) => u.unitId)).toContain(world.region.units.vc);

    // 4. Preparation.
    const prepared = await convener.put<SipDetail>(`${path}/preparation`, {
      whatMatters: 'Att få bo kvar hemma.',
      questions: 'Vem hjälper mig med medicinerna?',
      meetingForm: 'in_person',
      place: 'Hemma hos Tove',
    });
    expect(prepared.body.preparation?.whatMatters).toBe('Att få bo kvar hemma.');

    // 5. Invitation.
    const invited = await convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    expect(invited.status).toBe(200);
    expect(invited.body.phase).toBe('invitation');
    expect(invited.body.invitations.map((i) => [i.unitId, i.obliged, i.status])).toEqual([
      [world.region.units.vc, true, 'sent'],
      [world.school.units.school, false, 'sent'],
    ]);

    const inbox = await primaryCare.get<{ id: string; sipId: string; status: string }[]>('/api/invitations');
    expect(inbox.body.map((i) => i.sipId)).toEqual([sip.id]);
    const invitationId = inbox.body[0]!.id;
    const seenByInvited = await primaryCare.get<SipDetail>(path);
    expect(seenByInvited.status).toBe(200);
    expect(seenByInvited.body.myInvitationId).toBe(invitationId);
    expect(seenByInvited.body.allowedActions).toEqual([]);

    expect((await primaryCare.post(`/api/invitations/${invitationId}/acknowledge`)).status).toBe(200);
    const accepted = await primaryCare.post<SipDetail>(`/api/invitations/${invitationId}/accept`, {
      attendees: 'Anna Lind, distriktssköterska',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.myParts).toEqual(['accepted']);
    expect(accepted.body.allowedActions).toContain('savePlanDraft');

    const schoolInvitation = (await schoolStaff.get<{ id: string }[]>('/api/invitations')).body[0]!.id;
    expect(
      (
        await schoolStaff.post(`/api/invitations/${schoolInvitation}/accept`, {
          attendees: 'Per, skolkurator',
        })
      ).status,
    ).toBe(200);

    // The meeting moves; everyone sees it.
    const moved = await convener.put<SipDetail>(`${path}/meeting`, {
      startsAt: isoTime(8, 9),
      endsAt: isoTime(8, 10),
      form: 'video',
      place: 'Teams-länk i kallelsen',
      reason: 'Krock',
    });
    expect(moved.body.meeting?.sequence).toBe(1);
    const news = await primaryCare.get<{ id: string; rescheduled: boolean }[]>('/api/invitations');
    expect(news.body).toEqual([expect.objectContaining({ id: invitationId, rescheduled: true })]);
    // Opening the case writes nothing; the unit marks the change seen, and only its own invitation.
    const opened = await primaryCare.get<SipDetail>(path);
    expect(opened.body.myMeetingChangeToSee).toBe(invitationId);
    expect((await primaryCare.get<unknown[]>('/api/invitations')).body).toHaveLength(1);
    expect((await convener.post(`/api/invitations/${invitationId}/seen`, {})).status).toBe(404);
    const seen = await primaryCare.post<SipDetail>(`/api/invitations/${invitationId}/seen`, {});
    expect(seen.status).toBe(200);
    expect(seen.body.myMeetingChangeToSee).toBeNull();
    expect((await primaryCare.get<unknown[]>('/api/invitations')).body).toEqual([]);

    // 6. The meeting: attendance per invited party, once it has begun.
    const attendanceBody = {
      individualPresent: true,
      relativesPresent: false,
      attendance: moved.body.invitations.map((i) => ({ invitationId: i.id, attendance: 'present' })),
    };
    expect((await convener.get<SipDetail>(path)).body.allowedActions).not.toContain('recordAttendance');
    const early = await convener.post<{ code: string; status: number }>(`${path}/attendance`, attendanceBody);
    expect(early.body).toMatchObject({ status: 409, code: 'meeting_not_started' });
    await theMeetingBegins(world, created.body.id);
    expect((await convener.get<SipDetail>(path)).body.allowedActions).toContain('recordAttendance');
    const held = await convener.post<SipDetail>(`${path}/attendance`, attendanceBody);
    expect(held.status).toBe(200);
    expect(held.body.phase).toBe('meeting_held');
    expect(held.body.meeting?.status).toBe('held');

    // 7. The plan, written together: a draft first, established when complete.
    const draft = completePlan(world);
    const savedDraft = await primaryCare.put<SipDetail>(`${path}/plan`, {
      baseRevision: 0,
      content: { ...draft, needs: '' },
    });
    expect(savedDraft.status).toBe(200);
    expect(savedDraft.body.plan?.missing.map((m) => m.code)).toEqual(['needs']);
    const refusedEstablish = await convener.post(`${path}/plan/establish`, { baseRevision: 1 });
    expect(refusedEstablish.status).toBe(422);
    expect(refusedEstablish.body.code).toBe('plan_incomplete');
    const completed = await convener.put<SipDetail>(`${path}/plan`, { baseRevision: 1, content: draft });
    expect(completed.body.plan?.missing).toEqual([]);
    const established = await convener.post<SipDetail>(`${path}/plan/establish`, { baseRevision: 2 });
    expect(established.status).toBe(200);
    expect(established.body.phase).toBe('plan_established');
    expect(established.body.versions.map((v) => v.version)).toEqual([1]);
    expect(established.body.nextFollowUpOn).toBe(draft.followUpDate);
    expect(
      established.body.participants.find((p) => p.unitId === world.municipality.units.home)?.parts,
    ).toEqual(['effort']);

    // 8. A change is a new version with its reason; the individual approves it.
    const changed = await primaryCare.put<SipDetail>(`${path}/plan`, {
      baseRevision: established.body.plan!.revision,
      content: { ...draft, medication: 'Dosett varje vecka.' },
      reason: 'Läkemedel lades till efter läkarbesök.',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.versions.map((v) => [v.version, v.reason])).toEqual([
      [1, ''],
      [2, 'Läkemedel lades till efter läkarbesök.'],
    ]);
    const diff = await primaryCare.get<{ changes: { section: string; change: string }[] }>(
      `${path}/plan/diff?from=1&to=2`,
    );
    expect(diff.body.changes).toEqual([
      expect.objectContaining({ section: 'medication', change: 'changed' }),
    ]);
    const first = await schoolStaff.get<{ content: { medication: string } }>(`${path}/plan/versions/1`);
    expect(first.body.content.medication).toBe('');
    const approved = await convener.post<SipDetail>(`${path}/plan/versions/2/approval`, {
      method: 'in_meeting',
    });
    expect(approved.body.versions[1]?.approvedAt).not.toBeNull();

    // 9. Follow-up per goal and effort.
    const followedUp = await convener.post<SipDetail>(`${path}/follow-ups`, {
      heldOn: isoDay(0),
      items: [
        { kind: 'goal', key: 'g1', outcome: 'partly' },
        { kind: 'effort', key: 'e1', outcome: 'achieved' },
        { kind: 'effort', key: 'e2', outcome: 'not_achieved', note: 'Inget besök bokat.' },
      ],
      notes: 'Bättre än förut.',
      nextDate: isoDay(60),
    });
    expect(followedUp.status).toBe(200);
    expect(followedUp.body.nextFollowUpOn).toBe(isoDay(60));
    expect(followedUp.body.followUps[0]?.planVersion).toBe(2);

    const start = await convener.get<StartResponse>('/api/start');
    expect(start.body.sips.items).toEqual([
      expect.objectContaining({ id: sip.id, phase: 'plan_established', nextDate: isoDay(60) }),
    ]);

    // 10. Closing with a reason; nothing changes after.
    const closed = await convener.post<SipDetail>(`${path}/close`, {
      reason: 'goals_reached',
      note: 'Målen nådda.',
    });
    expect(closed.body.phase).toBe('closed');
    expect(closed.body.closure?.reason).toBe('goals_reached');
    expect(closed.body.allowedActions).toEqual([]);
    const afterClose = await primaryCare.put(`${path}/plan`, {
      baseRevision: changed.body.plan!.revision,
      content: draft,
      reason: 'x',
    });
    expect(afterClose.status).toBe(409);
    expect(afterClose.body.code).toBe('sip_closed');

    // Every transition is in the append-only history, in order.
    expect(closed.body.events.map((e) => e.type)).toEqual([
      'needIdentified',
      'recordConsent',
      'savePreparation',
      'invite',
      'invitationAcknowledged',
      'invitationAccepted',
      'invitationAccepted',
      'rescheduleMeeting',
      'recordAttendance',
      'savePlanDraft',
      'savePlanDraft',
      'establishPlan',
      'changePlan',
      'approvePlanVersion',
      'recordFollowUp',
      'close',
    ]);
    expect(closed.body.events.at(-1)).toMatchObject({ fromPhase: 'plan_established', toPhase: 'closed' });
  });
});
