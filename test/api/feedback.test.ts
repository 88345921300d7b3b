import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  feedbackQuestions,
  type FeedbackAnswerBody,
  type FeedbackLink,
  type FeedbackSummary,
} from '../../src/shared/api/feedback.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { secretHash } from '../../src/server/secretToken.js';
import type { Problem } from '../../src/server/problem.js';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import {
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
  type ProcessWorld,
  theMeetingBegins,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const fullAnswer: FeedbackAnswerBody = {
  respect: 5,
  coDetermination: 4,
  relevance: 4,
  structure: 3,
  information: null,
  followUp: 2,
  freeText: 'Bra möte, jag fick säga det jag ville.',
};

describe.each(testDatabaseKinds())('feedback after a meeting on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let manager: ApiClient;
  let sipId = '';
  let personId = '';
  let meetingId = '';

  const tokenOf = (link: FeedbackLink) => new URL(link.url).pathname.split('/').pop()!;
  const offer = (client: ApiClient = world.convener) =>
    client.post<FeedbackLink & Problem>(`/api/sips/${sipId}/feedback-links`, { meetingId });
  /** Someone with the card and no account: a fresh client without any cookie. */
  const anonymous = () => server.client();
  const answerCount = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('feedbackAnswers')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const month = isoDay(7).slice(0, 7);
  const results = (client: ApiClient) =>
    client.get<FeedbackSummary & Problem>(`/api/feedback-results?from=${month}-01&to=${month}-28`);

  beforeAll(async () => {
    server = await startTestServer(kind, { publicUrl: 'https://samplan.example.se/' });
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    ({ client: manager } = await signedInUser(
      db,
      server.client(),
      [world.municipality.units.ifo!],
      'unit_manager',
    ));

    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    sipId = created.body.id;
    personId = (
      await db.selectFrom('sips').select('personId').where('id', '=', sipId).executeTakeFirstOrThrow()
    ).personId;
    await world.convener.post(`/api/sips/${sipId}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`/api/sips/${sipId}/meetings`, meetingFor(world));
    meetingId = invited.body.meeting!.id;
    const invitations = invited.body.invitations;
    const school = invitations.find((i) => i.unitId === world.school.units.school)!;
    await world.schoolStaff.post(`/api/invitations/${school.id}/accept`, { attendees: 'Kurator' });

    // Before the meeting is held there is nothing to give feedback on.
    const early = await offer();
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('meeting_not_held');

    await theMeetingBegins(world, sipId);
    const held = await world.convener.post(`/api/sips/${sipId}/attendance`, {
      individualPresent: true,
      relativesPresent: true,
      attendance: invitations.map((i) => ({ invitationId: i.id, attendance: 'present' })),
    });
    expect(held.status).toBe(200);
  });
  afterAll(() => server.close());

  it('gives the convener a link and a QR code once, keeps only its hash, and logs the offer', async () => {
    const offered = await offer();
    expect(offered.status).toBe(201);
    const token = tokenOf(offered.body);
    expect(offered.body.url).toBe(`https://samplan.example.se/feedback/${token}`);
    expect(offered.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(Date.parse(offered.body.expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    const stored = await server.database.db
      .selectFrom('feedbackTokens')
      .selectAll()
      .where('tokenHash', '=', secretHash(token))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.meetingId).toBe(meetingId);
    expect(stored.conveningUnitId).toBe(world.municipality.units.ifo);

    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'sipId', 'personId', 'unitId'])
      .where('action', '=', 'offer_feedback')
      .where('sipId', '=', sipId)
      .execute();
    expect(logged).toContainEqual({
      action: 'offer_feedback',
      sipId,
      personId,
      unitId: world.municipality.units.ifo,
    });
  });

  it('lets only the convener offer a link: a taking-part unit is refused, an unrelated one learns nothing', async () => {
    const before = await server.database.db.selectFrom('feedbackTokens').select('id').execute();
    const school = await offer(world.schoolStaff);
    expect(school.status).toBe(403);
    expect(school.body.messages.sv).toBeTruthy();
    expect((await offer(world.stranger)).status).toBe(404);
    const otherMeeting = await world.convener.post<Problem>(`/api/sips/${sipId}/feedback-links`, {
      meetingId: '01900000-0000-7000-8000-000000000000',
    });
    expect(otherMeeting.status).toBe(404);
    expect(await server.database.db.selectFrom('feedbackTokens').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('takes one answer per link without signing in, and refuses the second with a clear message', async () => {
    const token = tokenOf((await offer()).body);
    const person = anonymous();
    const state = await person.get<{ expiresAt: string }>(`/api/feedback/${token}`);
    expect(state.status).toBe(200);
    expect(Object.keys(state.body)).toEqual(['expiresAt']);

    expect((await person.post(`/api/feedback/${token}`, fullAnswer)).status).toBe(204);
    const again = await anonymous().post<Problem>(`/api/feedback/${token}`, fullAnswer);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('feedback_already_given');
    expect(again.body.messages.sv).toContain('redan använts');
    expect(again.body.messages.en).toContain('already been used');
    expect((await person.get<Problem>(`/api/feedback/${token}`)).body.code).toBe('feedback_already_given');
  });

  it('refuses a link it never made and one that has expired, storing nothing', async () => {
    const before = await answerCount();
    const unknown = await anonymous().post<Problem>(`/api/feedback/${'A'.repeat(43)}`, fullAnswer);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('feedback_link_unknown');
    expect(unknown.body.messages.sv).toContain('Länken fungerar inte');

    const malformed = await anonymous().get<Problem>('/api/feedback/not-a-token');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((e) => e.field)).toEqual(['params.token']);

    const token = tokenOf((await offer()).body);
    // Made 40 days ago and expired a second ago (created_at cannot be changed through the typed schema).
    await sql`UPDATE feedback_tokens SET created_at = now() - interval '40 days', expires_at = now() - interval '1 second'
      WHERE token_hash = ${secretHash(token)}`.execute(server.database.db);
    const expired = await anonymous().post<Problem>(`/api/feedback/${token}`, fullAnswer);
    expect(expired.status).toBe(409);
    expect(expired.body.code).toBe('feedback_link_expired');
    expect(expired.body.messages.en).toContain('run out');
    expect((await anonymous().get<Problem>(`/api/feedback/${token}`)).status).toBe(409);
    expect(await answerCount()).toBe(before);
  });

  it('names the field of bad input in Swedish and English, stores nothing and leaves the link unused', async () => {
    const token = tokenOf((await offer()).body);
    const before = await answerCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...fullAnswer, respect: 6 }, 'body.respect'],
      [{ ...fullAnswer, structure: 0 }, 'body.structure'],
      [{ ...fullAnswer, relevance: 2.5 }, 'body.relevance'],
      [{ ...fullAnswer, followUp: '3' }, 'body.followUp'],
      [{ ...fullAnswer, freeText: 'x'.repeat(2001) }, 'body.freeText'],
      [{ ...fullAnswer, freeText: 42 }, 'body.freeText'],
      [{ ...fullAnswer, personName: 'Tove' }, 'body.personName'],
      [(({ coDetermination: _omitted, ...rest }) => rest)(fullAnswer), 'body.coDetermination'],
    ];
    for (const [body, field] of cases) {
      const refused = await anonymous().post<Problem>(`/api/feedback/${token}`, body);
      expect(refused.status, field).toBe(400);
      const error = refused.body.errors?.find((e) => e.field === field);
      expect(error, field).toBeDefined();
      expect(error!.messages.sv).toBeTruthy();
      expect(error!.messages.en).toBeTruthy();
    }
    expect(await answerCount()).toBe(before);
    expect((await anonymous().get(`/api/feedback/${token}`)).status).toBe(200);
  });

  it('refuses a submit sent from another site, though no session is involved', async () => {
    const token = tokenOf((await offer()).body);
    const crossSite = await anonymous().request<Problem>('POST', `/api/feedback/${token}`, fullAnswer, {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.code).toBe('cross_site_request');
    expect((await anonymous().get(`/api/feedback/${token}`)).status).toBe(200);
  });

  it('keeps in an answer nothing that ties it to a person, a meeting or a token', async () => {
    const db = server.database.db;
    const token = tokenOf((await offer()).body);
    const hash = secretHash(token);
    const tokenRow = await db
      .selectFrom('feedbackTokens')
      .select('id')
      .where('tokenHash', '=', hash)
      .executeTakeFirstOrThrow();
    await anonymous().post(`/api/feedback/${token}`, {
      ...fullAnswer,
      freeText: 'Unik text för kontrollen.',
    });

    const columns = await db
      .selectFrom('information_schema.columns' as never)
      .select('column_name as name' as never)
      .where('table_name' as never, '=', 'feedback_answers' as never)
      .execute();
    expect((columns as { name: string }[]).map((c) => c.name).sort()).toEqual(
      [
        'id',
        'convening_unit_id',
        'organisation_id',
        'meeting_month',
        'respect',
        'co_determination',
        'relevance',
        'structure',
        'information',
        'follow_up',
        'free_text',
      ].sort(),
    );
    const answer = await db
      .selectFrom('feedbackAnswers')
      .selectAll()
      .where('freeText', '=', 'Unik text för kontrollen.')
      .executeTakeFirstOrThrow();
    const values = Object.values(answer).map(String);
    const user = await db.selectFrom('users').select('id').execute();
    for (const secret of [personId, sipId, meetingId, token, hash, tokenRow.id, ...user.map((u) => u.id)]) {
      expect(values).not.toContain(secret);
    }
    // A random (version 4) id, not a time-ordered one that would tell when the answer came.
    expect(answer.id[14]).toBe('4');
    expect(answer.meetingMonth).toBe(`${month}-01`);
    expect(answer.conveningUnitId).toBe(world.municipality.units.ifo);
    expect(answer.organisationId).toBe(world.municipality.id);

    // The spent token forgets its meeting and keeps only the day it was used.
    const spent = await db
      .selectFrom('feedbackTokens')
      .select(['meetingId', 'usedOn'])
      .where('id', '=', tokenRow.id)
      .executeTakeFirstOrThrow();
    expect(spent.meetingId).toBeNull();
    expect(spent.usedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the unit manager averages only from five answers, free texts included, and logs reading them', async () => {
    const db = server.database.db;
    await db.deleteFrom('feedbackAnswers').execute();
    const answerOnce = async (answer: typeof fullAnswer) => {
      const token = tokenOf((await offer()).body);
      expect((await anonymous().post(`/api/feedback/${token}`, answer)).status).toBe(204);
    };
    for (const respect of [5, 4, 3, 4]) await answerOnce({ ...fullAnswer, respect });

    const four = await results(manager);
    expect(four.status).toBe(200);
    expect(four.body).toEqual({ answers: null, suppressed: true, questions: [], freeTexts: [] });

    await answerOnce({ ...fullAnswer, respect: 2, information: 5, freeText: '' });
    const five = await results(manager);
    expect(five.body.suppressed).toBe(false);
    expect(five.body.answers).toBe(5);
    const byQuestion = Object.fromEntries(five.body.questions.map((q) => [q.question, q]));
    expect(Object.keys(byQuestion)).toEqual([...feedbackQuestions]);
    expect(byQuestion.respect).toEqual({ question: 'respect', answered: 5, average: 3.6 });
    expect(byQuestion.structure).toEqual({ question: 'structure', answered: 5, average: 3 });
    // "Vet ej" by four of five: too few scores for an average of its own.
    expect(byQuestion.information).toEqual({ question: 'information', answered: 1, average: null });
    expect(five.body.freeTexts).toHaveLength(4);

    const logged = await db
      .selectFrom('accessLog')
      .select('action')
      .where('action', '=', 'read_feedback_results')
      .execute();
    expect(logged.length).toBeGreaterThan(0);

    // Staff read no results; another unit's manager sees only its own (none).
    const staff = await results(world.convener);
    expect(staff.status).toBe(403);
    const { client: otherManager } = await signedInUser(
      db,
      server.client(),
      [world.strangerOrg.units.ifo!],
      'unit_manager',
    );
    expect((await results(otherManager)).body.suppressed).toBe(true);
  });

  it('limits how often one address may try links, in Swedish and English', async () => {
    const guesser = anonymous();
    let last = await guesser.get<Problem>(`/api/feedback/${'B'.repeat(43)}`);
    for (let attempt = 1; attempt <= 30 && last.status !== 429; attempt++) {
      last = await guesser.get<Problem>(`/api/feedback/${'B'.repeat(43)}`);
    }
    expect(last.status).toBe(429);
    expect(last.body.messages.sv).toBeTruthy();
    expect(last.body.messages.en).toBeTruthy();
  });
});
