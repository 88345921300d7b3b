import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { SipListPage } from '../../src/shared/api/sipList.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
  theMeetingBegins,
} from '../support/processFixture.js';
import { snapshotCaseData } from '../support/snapshot.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A refusal as the server sends it; a stale plan save also carries the current plan. */
type Refusal = Problem & { current?: { revision: number; content: { needs: string } } };

describe.each(testDatabaseKinds())('refusals on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  /** The request is refused with this status and code, in both languages, and no case data changed. */
  async function expectRefused(
    send: () => Promise<{ status: number; body: unknown }>,
    status: number,
    code: string,
  ) {
    const before = await snapshotCaseData(server.database.db);
    const response = await send();
    const problem = response.body as Refusal;
    expect({ status: response.status, code: problem.code }).toEqual({ status, code });
    // RFC 9457: the member `status` is the HTTP status code as a number, whatever the domain's own state.
    expect(problem.status).toBe(status);
    expect(problem.messages.sv.length).toBeGreaterThan(0);
    expect(problem.messages.en.length).toBeGreaterThan(0);
    expect(await snapshotCaseData(server.database.db)).toEqual(before);
    return problem;
  }

  it('refuses inviting before consent, in Swedish and English', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const problem = await expectRefused(
      () => world.convener.post(`/api/sips/${created.body.id}/meetings`, meetingFor(world)),
      409,
      'illegal_transition',
    );
    expect(problem.messages.sv).toContain('Behov identifierat');
    expect(problem.messages.en).toContain('Need identified');
  });

  it('names refused fields in words and says what is wrong, never by their paths', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const problem = await expectRefused(
      () =>
        world.convener.post(`/api/sips/${created.body.id}/meetings`, {
          ...meetingFor(world),
          startsAt: 'tomorrow',
          unitIds: [world.region.units.vc, 'somebody'],
        }),
      400,
      'invalid_request',
    );
    expect(problem.messages.sv).toMatch(/^Begäran innehåller fel: Starttid: .+; Enheter 2: .+\.$/);
    expect(problem.messages.en).toMatch(/^The request has errors: Start time: .+; Units 2: .+\.$/);
    expect(problem.detail).not.toContain('body.');
    expect(problem.errors?.map((error) => [error.field, error.name])).toEqual([
      ['body.startsAt', 'Starttid'],
      ['body.unitIds.1', 'Enheter 2'],
    ]);
  });

  it('refuses establishing an incomplete plan and names what is missing', async () => {
    const { path } = await sipWithMeetingHeld(world);
    await world.convener.put(`${path}/plan`, {
      baseRevision: 0,
      content: { ...completePlan(world), followUpDate: null, needs: ' ' },
    });
    const problem = await expectRefused(
      () => world.convener.post(`${path}/plan/establish`, { baseRevision: 1 }),
      422,
      'plan_incomplete',
    );
    const missing = (problem as unknown as { missing: { code: string }[] }).missing.map((m) => m.code);
    expect(missing).toEqual(['needs', 'follow_up_date']);
  });

  it('refuses every change to a closed SIP', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/close`, { reason: 'no_longer_needed' });
    await expectRefused(() => world.convener.post(`${path}/consent`, consentFor(world)), 409, 'sip_closed');
    await expectRefused(() => world.convener.post(`${path}/close`, { reason: 'other' }), 409, 'sip_closed');
    await expectRefused(
      () =>
        world.convener.put(`${path}/need`, {
          initiatorType: 'staff',
          targetGroup: 'other',
          description: 'x',
        }),
      409,
      'sip_closed',
    );
  });

  it('refuses answering an invitation twice', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    const invitation = invited.body.invitations.find((i) => i.unitId === world.region.units.vc)!;
    await world.primaryCare.post(`/api/invitations/${invitation.id}/decline`, {
      reason: 'Ingen kontakt med oss.',
    });
    await expectRefused(
      () =>
        world.primaryCareColleague.post(`/api/invitations/${invitation.id}/accept`, { attendees: 'Anna' }),
      409,
      'invitation_already_answered',
    ).then((problem) => expect(problem['invitationStatus']).toBe('declined'));
    // The school cannot answer primary care's invitation: to it, the invitation does not exist.
    await expectRefused(
      () => world.schoolStaff.post(`/api/invitations/${invitation.id}/acknowledge`),
      404,
      'not_found',
    );
  });

  it('hides a SIP from units that take no part: 404 on every read and write', async () => {
    const { path, id } = await sipWithMeetingHeld(world);
    const stranger = world.stranger;
    await expectRefused(() => stranger.get(path), 404, 'not_found');
    await expectRefused(
      () => stranger.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) }),
      404,
      'not_found',
    );
    await expectRefused(() => stranger.post(`${path}/close`, { reason: 'other' }), 404, 'not_found');
    await expectRefused(() => stranger.get(`${path}/plan/diff?from=1&to=1`), 404, 'not_found');
    const list = await stranger.get<SipListPage>('/api/sips');
    expect(list.body.items.map((s) => s.id)).not.toContain(id);
    // Looking the person up reveals nothing to the stranger, while registering a need for them still works.
    const lookup = await stranger.post<{ person: unknown }>('/api/persons/lookup', {
      idNumber: '191212121212',
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body.person).toBeNull();
    const known = await world.primaryCare.post<{ person: { givenName: string } | null }>(
      '/api/persons/lookup',
      { idNumber: '191212121212' },
    );
    expect(known.body.person?.givenName).toBe('Tove');
  });

  it('refuses steering commands from a unit that only takes part', async () => {
    const { path } = await sipWithMeetingHeld(world);
    await expectRefused(
      () => world.primaryCare.post(`${path}/close`, { reason: 'other' }),
      403,
      'not_allowed_for_unit',
    );
  });

  it('refuses a stale plan save with the current plan, losing no update', async () => {
    const { path } = await sipWithMeetingHeld(world);
    const content = completePlan(world);
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content });
    // Two people open revision 1; the first saves; the second's save on revision 1 is refused.
    const first = await world.primaryCare.put<SipDetail>(`${path}/plan`, {
      baseRevision: 1,
      content: { ...content, needs: 'Från vårdcentralen.' },
    });
    expect(first.status).toBe(200);
    const problem = await expectRefused(
      () =>
        world.primaryCareColleague.put(`${path}/plan`, {
          baseRevision: 1,
          content: { ...content, needs: 'Från kollegan.' },
        }),
      409,
      'stale_plan',
    );
    expect(problem.current?.revision).toBe(2);
    expect(problem.current?.content.needs).toBe('Från vårdcentralen.');
  });

  it('lets only one of two simultaneous saves on the same revision win', async () => {
    const { path } = await sipWithMeetingHeld(world);
    const content = completePlan(world);
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content });
    const results = await Promise.all([
      world.primaryCare.put(`${path}/plan`, { baseRevision: 1, content: { ...content, needs: 'A' } }),
      world.primaryCareColleague.put(`${path}/plan`, {
        baseRevision: 1,
        content: { ...content, needs: 'B' },
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body as unknown as SipDetail;
    const saved = await world.convener.get<SipDetail>(path);
    expect(saved.body.plan?.content.needs).toBe(winner.plan?.content.needs);
    expect(saved.body.plan?.revision).toBe(2);
  });

  it('refuses a change of an established plan without a reason', async () => {
    const { path } = await sipWithMeetingHeld(world);
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
    await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 });
    const problem = await expectRefused(
      () => world.convener.put(`${path}/plan`, { baseRevision: 2, content: completePlan(world) }),
      422,
      'change_reason_missing',
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(['body.reason']);
  });

  it('refuses working on the meeting when none is scheduled, saying what there was no meeting for', async () => {
    const { path } = await sipWithMeetingHeld(world);
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
    await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 });
    const { startsAt, endsAt, form, place, unitIds } = meetingFor(world);
    const steps = [
      [
        () => world.convener.put(`${path}/meeting`, { startsAt, endsAt, form, place }),
        'att flytta',
        'to reschedule',
      ],
      [() => world.convener.post(`${path}/meeting/cancel`, { reason: 'Sjuk' }), 'att ställa in', 'to cancel'],
      [() => world.convener.post(`${path}/invitations`, { unitIds }), 'att kalla till', 'to invite to'],
      [
        () =>
          world.convener.post(`${path}/attendance`, {
            individualPresent: true,
            relativesPresent: false,
            attendance: [],
          }),
        'att registrera närvaro för',
        'to record attendance for',
      ],
    ] as const;
    for (const [send, sv, en] of steps) {
      const problem = await expectRefused(send, 409, 'no_scheduled_meeting');
      expect(problem.messages).toEqual({
        sv: `Det finns inget planerat möte ${sv}.`,
        en: `There is no scheduled meeting ${en}.`,
      });
    }
  });

  it('refuses approving a version that a later one has replaced', async () => {
    const { path } = await sipWithMeetingHeld(world);
    await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
    await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 });
    await world.convener.put(`${path}/plan`, {
      baseRevision: 2,
      content: { ...completePlan(world), timePlan: 'Ny' },
      reason: 'Tidsplan',
    });
    await expectRefused(
      () => world.convener.post(`${path}/plan/versions/1/approval`, { method: 'oral' }),
      409,
      'version_superseded',
    );
    const approved = await world.convener.post<SipDetail>(`${path}/plan/versions/2/approval`, {
      method: 'oral',
    });
    expect(approved.status).toBe(200);
    await expectRefused(
      () => world.convener.post(`${path}/plan/versions/2/approval`, { method: 'written' }),
      409,
      'version_already_approved',
    );
  });

  it('refuses consent for a child without the guardians and the child’s view', async () => {
    const child = await world.convener.post<SipDetail>('/api/sips', newSipBody('20150315-2389'));
    expect(child.status).toBe(201);
    expect(child.body.person.age).toBeLessThan(18);
    await expectRefused(
      () => world.convener.post(`/api/sips/${child.body.id}/consent`, consentFor(world)),
      422,
      'guardian_consent_missing',
    );
    await expectRefused(
      () =>
        world.convener.post(`/api/sips/${child.body.id}/consent`, {
          ...consentFor(world),
          guardians: [{ name: 'Förälder Ett' }],
        }),
      422,
      'child_view_missing',
    );
  });

  it('refuses inviting a unit the consent does not cover', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, {
      ...consentFor(world),
      scopeUnitIds: [world.region.units.vc],
    });
    await expectRefused(
      () => world.convener.post(`${path}/meetings`, meetingFor(world)),
      422,
      'unit_outside_consent',
    );
  });

  it('refuses forwarding an invitation outside the own organisation', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    const invitation = invited.body.invitations.find((i) => i.unitId === world.region.units.vc)!;
    await expectRefused(
      () =>
        world.primaryCare.post(`/api/invitations/${invitation.id}/forward`, {
          unitId: world.municipality.units.home,
        }),
      422,
      'forward_outside_organisation',
    );
    // Within the organisation it works, and the new unit finds it in its inbox.
    const forwarded = await world.primaryCare.post(`/api/invitations/${invitation.id}/forward`, {
      unitId: world.region.units.psyk,
    });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body).toBeNull();
    const detail = await world.convener.get<SipDetail>(path);
    expect(detail.body.invitations.map((i) => [i.unitId, i.status])).toContainEqual([
      world.region.units.psyk,
      'sent',
    ]);
  });

  it('refuses attendance before the meeting has begun, relatives the consent keeps out, and on a closed or paused SIP', async () => {
    const scheduled = async (relativesMayTakePart: boolean) => {
      const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
      const path = `/api/sips/${created.body.id}`;
      await world.convener.post(`${path}/consent`, { ...consentFor(world), relativesMayTakePart });
      const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
      const attendance = (relativesPresent: boolean) =>
        world.convener.post(`${path}/attendance`, {
          individualPresent: true,
          relativesPresent,
          attendance: invited.body.invitations.map((i) => ({ invitationId: i.id, attendance: 'present' })),
        });
      return { id: created.body.id, path, attendance };
    };
    const early = await scheduled(true);
    await expectRefused(() => early.attendance(false), 409, 'meeting_not_started');

    const noRelatives = await scheduled(false);
    await theMeetingBegins(world, noRelatives.id);
    const refused = await expectRefused(() => noRelatives.attendance(true), 422, 'relatives_not_consented');
    expect(refused.errors?.[0]?.field).toBe('body.relativesPresent');
    expect((await noRelatives.attendance(false)).status).toBe(200);

    const paused = await scheduled(true);
    await theMeetingBegins(world, paused.id);
    await world.convener.post(`${paused.path}/consent/withdraw`, { note: 'Vill inte längre.' });
    await expectRefused(() => paused.attendance(false), 409, 'illegal_transition');

    const closed = await scheduled(true);
    await theMeetingBegins(world, closed.id);
    await world.convener.post(`${closed.path}/close`, { reason: 'moved', note: '' });
    await expectRefused(() => closed.attendance(false), 409, 'sip_closed');
  });

  it('refuses attendance that leaves out an invited party', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    await theMeetingBegins(world, created.body.id);
    await expectRefused(
      () =>
        world.convener.post(`${path}/attendance`, {
          individualPresent: true,
          relativesPresent: false,
          attendance: [{ invitationId: invited.body.invitations[0]!.id, attendance: 'present' }],
        }),
      422,
      'attendance_incomplete',
    );
  });

  describe('bad input: 4xx naming the field, and nothing written', () => {
    it('malformed JSON', async () => {
      await expectRefused(
        () => world.convener.request('POST', '/api/sips', '{"person": {'),
        400,
        'malformed_json',
      );
    });

    it('an invalid identity number', async () => {
      const body = newSipBody('19121212-1213');
      const problem = await expectRefused(
        () => world.convener.post('/api/sips', body),
        422,
        'invalid_id_number',
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['body.person.idNumber']);
      const impossible = await expectRefused(
        () => world.convener.post('/api/persons/lookup', { idNumber: '20230230-1234' }),
        422,
        'invalid_id_number',
      );
      expect(impossible.errors?.map((e) => e.field)).toEqual(['body.idNumber']);
    });

    it('wrong types, unknown fields and oversized text', async () => {
      const problem = await expectRefused(
        () =>
          world.convener.post('/api/sips', {
            person: { idNumber: 191212121212, givenName: 'A', familyName: 'B', nickname: 'x' },
            need: { initiatorType: 'robot', targetGroup: 'other', description: 'x'.repeat(10_001) },
          }),
        400,
        'invalid_request',
      );
      expect(problem.errors?.map((e) => e.field).sort()).toEqual([
        'body.need.description',
        'body.need.initiatorType',
        'body.person.idNumber',
        'body.person.nickname',
      ]);
    });

    it('a bad id in the address and a bad date', async () => {
      const problem = await expectRefused(
        () => world.convener.get('/api/sips/not-a-uuid'),
        400,
        'invalid_request',
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['params.id']);
      const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
      const badDate = await expectRefused(
        () =>
          world.convener.post(`/api/sips/${created.body.id}/consent`, {
            ...consentFor(world),
            validUntil: '2026-02-30',
          }),
        400,
        'invalid_request',
      );
      expect(badDate.errors?.map((e) => e.field)).toEqual(['body.validUntil']);
      await expectRefused(
        () =>
          world.convener.post(`/api/sips/${created.body.id}/consent`, {
            ...consentFor(world),
            validUntil: isoDay(-1),
          }),
        422,
        'consent_expired',
      );
    });

    it('a follow-up that leaves out an effort', async () => {
      const { path } = await sipWithMeetingHeld(world);
      await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
      await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 });
      await expectRefused(
        () =>
          world.convener.post(`${path}/follow-ups`, {
            heldOn: isoDay(0),
            items: [{ kind: 'goal', key: 'g1', outcome: 'achieved' }],
            nextDate: isoDay(30),
          }),
        422,
        'follow_up_items_mismatch',
      );
    });
  });
});
