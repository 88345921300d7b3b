import type { Appointment, Bundle, Encounter } from '@medplum/fhirtypes';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, idsOf, issueOf, linkOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

const attendanceOf = (participant: Appointment['participant'][number]) =>
  participant.extension?.find((extension) => extension.url.endsWith('/StructureDefinition/attendance'))
    ?.valueCode;

describe.each(testDatabaseKinds())('Appointment and Encounter through FHIR on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  /** A SIP whose meeting was held, everyone present. */
  let held: { id: string; personId: string; meetingId: string };
  /** A SIP whose meeting lies ahead: primary care and the school invited, neither has answered. */
  let scheduled: { id: string; personId: string; meetingId: string };
  /** A SIP whose meeting was cancelled. */
  let cancelled: { id: string; meetingId: string };

  const meetingOf = async (sipId: string) =>
    (
      await server.database.db
        .selectFrom('meetings')
        .select('id')
        .where('sipId', '=', sipId)
        .executeTakeFirstOrThrow()
    ).id;
  const personOf = async (sipId: string) =>
    (await world.convener.get<SipDetail>(`/api/sips/${sipId}`)).body.person.id;
  const fhirLog = (action: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'sipId', 'unitId'])
      .where('action', '=', action)
      .execute();

  async function sipWithMeeting(idNumber: string) {
    const sip = (await world.convener.post<SipDetail>('/api/sips', newSipBody(idNumber))).body;
    await world.convener.post(`/api/sips/${sip.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${sip.id}/meetings`, meetingFor(world));
    return { id: sip.id, personId: sip.person.id, meetingId: await meetingOf(sip.id) };
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    const sip = await sipWithMeetingHeld(world, '19121212-1212');
    held = { id: sip.id, personId: await personOf(sip.id), meetingId: await meetingOf(sip.id) };
    scheduled = await sipWithMeeting('19380624-9235');
    const toCancel = await sipWithMeeting('19800101-0019');
    await world.convener.post(`/api/sips/${toCancel.id}/meeting/cancel`, { reason: 'Personen är sjuk.' });
    cancelled = { id: toCancel.id, meetingId: toCancel.meetingId };
    // The individual answered on their own pages that another time would suit them.
    const identityId = uuidv7();
    await server.database.db
      .insertInto('eIdIdentities')
      .values({ id: identityId, idNumber: '193806249235', name: 'Tove Testsson' })
      .execute();
    await server.database.db
      .insertInto('personMeetingAnswers')
      .values({ meetingId: scheduled.meetingId, identityId, answer: 'another_time', wish: '' })
      .execute();
  });
  afterAll(() => server.close());

  it('shows a held meeting as a fulfilled Appointment with each participant’s answer and attendance', async () => {
    const answer = await fhirGet<Appointment>(world.convener, `/fhir/R4/Appointment/${held.meetingId}`);
    expect(answer.status).toBe(200);
    const appointment = answer.body;
    expect(appointment.status).toBe('fulfilled');
    expect(appointment.appointmentType?.text).toBe('SIP-möte, fysiskt möte');
    expect(appointment.comment).toBe('Socialkontoret');
    expect(appointment.supportingInformation).toEqual([
      { reference: `CarePlan/${held.id}` },
      { reference: `EpisodeOfCare/${held.id}` },
    ]);
    expect(
      appointment.participant.map((p) => [
        p.actor?.reference ?? p.type?.[0]?.text,
        p.required,
        p.status,
        attendanceOf(p),
      ]),
    ).toEqual([
      [`Patient/${held.personId}`, 'required', 'needs-action', 'present'],
      ['Närstående', 'optional', 'accepted', 'absent'],
      [`PractitionerRole/unit-${world.municipality.units.ifo}`, 'required', 'accepted', undefined],
      [`PractitionerRole/unit-${world.region.units.vc}`, 'required', 'accepted', 'present'],
      [`PractitionerRole/unit-${world.school.units.school}`, 'optional', 'accepted', 'present'],
    ]);
    expect(await fhirLog('fhir_read')).toContainEqual({
      personId: held.personId,
      sipId: held.id,
      unitId: world.municipality.units.ifo,
    });
  });

  it('shows the held meeting as a finished Encounter with the units that came', async () => {
    const answer = await fhirGet<Encounter>(world.primaryCare, `/fhir/R4/Encounter/${held.meetingId}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'finished',
      class: { code: 'AMB' },
      subject: { reference: `Patient/${held.personId}` },
      episodeOfCare: [{ reference: `EpisodeOfCare/${held.id}` }],
      appointment: [{ reference: `Appointment/${held.meetingId}` }],
      serviceProvider: { reference: `Organization/${world.municipality.units.ifo}` },
    });
    expect(answer.body.participant?.map((p) => p.individual?.reference)).toEqual([
      `PractitionerRole/unit-${world.municipality.units.ifo}`,
      `PractitionerRole/unit-${world.region.units.vc}`,
      `PractitionerRole/unit-${world.school.units.school}`,
    ]);
  });

  it('has no Encounter for a meeting not held, and a booked Appointment with the answers so far', async () => {
    expect((await fhirGet(world.convener, `/fhir/R4/Encounter/${scheduled.meetingId}`)).status).toBe(404);
    const answer = await fhirGet<Appointment>(world.convener, `/fhir/R4/Appointment/${scheduled.meetingId}`);
    expect(answer.body.status).toBe('booked');
    expect(answer.body.participant.map((p) => p.status)).toEqual([
      'declined',
      'accepted',
      'needs-action',
      'needs-action',
    ]);
  });

  it("shows an invited unit that has not answered the meeting, but not the individual's answer", async () => {
    const answer = await fhirGet<Appointment>(
      world.schoolStaff,
      `/fhir/R4/Appointment/${scheduled.meetingId}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.participant[0]).toMatchObject({
      actor: { reference: `Patient/${scheduled.personId}` },
      status: 'needs-action',
    });
  });

  it('shows a cancelled meeting with its reason', async () => {
    const answer = await fhirGet<Appointment>(world.convener, `/fhir/R4/Appointment/${cancelled.meetingId}`);
    expect(answer.body.status).toBe('cancelled');
    expect(answer.body.cancelationReason).toEqual({ text: 'Personen är sjuk.' });
  });

  it('does not show a unit with no part in the SIP that the meeting exists, and logs nothing', async () => {
    const before = (await fhirLog('fhir_read')).length;
    for (const type of ['Appointment', 'Encounter']) {
      const read = await fhirGet(world.stranger, `/fhir/R4/${type}/${held.meetingId}`);
      expect(read.status).toBe(404);
      expect(issueOf(read).code).toBe('not-found');
      const search = await fhirGet<Bundle>(world.stranger, `/fhir/R4/${type}?patient=${held.personId}`);
      expect(search.body.total).toBe(0);
    }
    expect((await fhirGet(world.stranger, '/fhir/R4/Appointment/not-a-meeting')).status).toBe(404);
    expect((await fhirLog('fhir_read')).length).toBe(before);
  });

  it('finds meetings by patient, by SIP, by status and by date, logging each person on the page', async () => {
    const byPatient = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Appointment?patient=Patient/${held.personId}`,
    );
    expect(idsOf(byPatient.body)).toEqual([held.meetingId]);
    const bySip = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Appointment?supporting-info=EpisodeOfCare/${scheduled.id},CarePlan/${cancelled.id}`,
    );
    expect(idsOf(bySip.body)).toEqual([scheduled.meetingId, cancelled.meetingId].sort());
    const booked = await fhirGet<Bundle>(world.convener, '/fhir/R4/Appointment?status=booked');
    expect(idsOf(booked.body)).toEqual([scheduled.meetingId]);
    const inAWeek = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Appointment?date=ge${meetingFor(world).startsAt.slice(0, 10)}`,
    );
    expect(idsOf(inAWeek.body)).toEqual([scheduled.meetingId, cancelled.meetingId].sort());
    const encounters = await fhirGet<Bundle>(
      world.convener,
      `/fhir/R4/Encounter?status=finished&episode-of-care=${held.id}`,
    );
    expect(idsOf(encounters.body)).toEqual([held.meetingId]);
    expect((await fhirGet<Bundle>(world.convener, '/fhir/R4/Encounter?status=planned')).body.total).toBe(0);
    expect(await fhirLog('fhir_search')).toContainEqual({
      personId: held.personId,
      sipId: held.id,
      unitId: world.municipality.units.ifo,
    });
  });

  it('pages a search, each page linking to the next and back', async () => {
    const first = await fhirGet<Bundle>(world.convener, '/fhir/R4/Appointment?_count=2');
    expect(first.body.total).toBe(3);
    expect(idsOf(first.body)).toHaveLength(2);
    const next = linkOf(first.body, 'next');
    expect(next).toBeDefined();
    const second = await fhirGet<Bundle>(world.convener, next!);
    expect(idsOf(second.body)).toHaveLength(1);
    expect(linkOf(second.body, 'next')).toBeUndefined();
    const back = await fhirGet<Bundle>(world.convener, linkOf(second.body, 'previous')!);
    expect(idsOf(back.body)).toEqual(idsOf(first.body));
  });

  it('refuses a parameter the type does not offer and a reference to the wrong type with 400', async () => {
    const unknown = await fhirGet(world.convener, '/fhir/R4/Appointment?actor=Patient/x');
    expect(unknown.status).toBe(400);
    const wrongType = await fhirGet(world.convener, `/fhir/R4/Encounter?episode-of-care=CarePlan/${held.id}`);
    expect(wrongType.status).toBe(400);
    expect(issueOf(wrongType).diagnostics ?? issueOf(wrongType).details?.text).toBeTruthy();
  });
});
