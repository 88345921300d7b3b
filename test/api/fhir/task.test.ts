import type { Bundle, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { fhirGet, fhirRequest, issueOf, linkOf } from '../../support/fhirClient.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { registerFhirClient } from '../../../src/server/data/fhirClients.js';
import { startOAuthServer, type OAuthServer } from '../../support/oauthServer.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe.each(testDatabaseKinds())('Task through FHIR on %s', (kind) => {
  let oauth: OAuthServer;
  let server: TestServer;
  let world: ProcessWorld;
  let sipId: string;
  let personId: string;
  /** The invitations to primary care and to the school. */
  let toPrimaryCare: string;
  let toSchool: string;

  /** A Task update, to the Task's own address unless `to` names another. */
  const put = (
    client: ProcessWorld['convener'],
    task: Task,
    headers: Record<string, string> = {},
    to = task.id,
  ) =>
    fhirRequest<Task>(
      client,
      'PUT',
      `/fhir/R4/Task/${to}`,
      { 'content-type': 'application/fhir+json', ...headers },
      task,
    );
  const events = (type: string) =>
    server.database.db
      .selectFrom('sipEvents')
      .select(['actorUserId', 'actorUnitId', 'data'])
      .where('sipId', '=', sipId)
      .where('type', '=', type as 'invitationAccepted')
      .execute();

  beforeAll(async () => {
    oauth = await startOAuthServer();
    server = await startTestServer(kind, { fhirOAuth: oauth.config });
    world = await createProcessWorld(server.database.db, () => server.client());
    const sip = (await world.convener.post<SipDetail>('/api/sips', newSipBody())).body;
    sipId = sip.id;
    personId = sip.person.id;
    await world.convener.post(`/api/sips/${sipId}/consent`, consentFor(world));
    const invited = await world.convener.post<{ invitations: { id: string; unitId: string }[] }>(
      `/api/sips/${sipId}/meetings`,
      meetingFor(world),
    );
    const to = (unitId: string | undefined) => invited.body.invitations.find((i) => i.unitId === unitId)!.id;
    toPrimaryCare = to(world.region.units.vc);
    toSchool = to(world.school.units.school);
  });
  afterAll(async () => {
    await server.close();
    await oauth.close();
  });

  it('shows each invitation as a Task the invited unit owns, an order to a principal and a proposal to others', async () => {
    const answer = await fhirGet<Bundle<Task>>(world.convener, `/fhir/R4/Task?based-on=CarePlan/${sipId}`);
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(2);
    const tasks = new Map(answer.body.entry?.map((entry) => [entry.resource!.id, entry.resource!]));
    expect(tasks.get(toPrimaryCare)).toMatchObject({
      status: 'requested',
      intent: 'order',
      owner: { reference: `Organization/${world.region.units.vc}` },
      for: { reference: `Patient/${personId}` },
      basedOn: [{ reference: `CarePlan/${sipId}` }],
      description: 'Välkomna till SIP-möte.',
      meta: { versionId: '1' },
    });
    expect(tasks.get(toSchool)).toMatchObject({
      intent: 'proposal',
      owner: { reference: `Organization/${world.school.units.school}` },
    });
    const logged = await server.database.db
      .selectFrom('accessLog')
      .select(['personId', 'sipId', 'unitId'])
      .where('action', '=', 'fhir_search')
      .where('sipId', '=', sipId)
      .execute();
    expect(logged).toEqual([{ personId, sipId, unitId: world.municipality.units.ifo }]);
  });

  it('searches by owner, patient and status, and pages', async () => {
    const owned = await fhirGet<Bundle<Task>>(
      world.convener,
      `/fhir/R4/Task?owner=Organization/${world.school.units.school}`,
    );
    expect(owned.body.entry?.map((entry) => entry.resource?.id)).toEqual([toSchool]);
    const first = await fhirGet<Bundle<Task>>(
      world.convener,
      `/fhir/R4/Task?patient=${personId}&status=requested&_count=1`,
    );
    expect(first.body.total).toBe(2);
    expect(first.body.entry).toHaveLength(1);
    const next = await fhirGet<Bundle<Task>>(world.convener, linkOf(first.body, 'next')!);
    expect(next.body.entry).toHaveLength(1);
    expect(next.body.entry?.[0]?.resource?.id).not.toBe(first.body.entry?.[0]?.resource?.id);
    const none = await fhirGet<Bundle<Task>>(
      world.convener,
      `/fhir/R4/Task?patient=${personId}&status=completed,accepted`,
    );
    expect(none.status).toBe(400);
    expect(issueOf(none).code).toBe('invalid');
  });

  it('an invited unit acknowledges and accepts by updating its Task, through the JSON API’s answer', async () => {
    const read = await fhirGet<Task>(world.primaryCare, `/fhir/R4/Task/${toPrimaryCare}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    const acknowledged = await put(
      world.primaryCare,
      { ...read.body, status: 'received' },
      { 'if-match': 'W/"1"' },
    );
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ status: 'received', meta: { versionId: '2' } });

    const stale = await put(world.primaryCare, { ...read.body, status: 'accepted' }, { 'if-match': 'W/"1"' });
    expect(stale.status).toBe(412);

    const accepted = await put(
      world.primaryCare,
      {
        ...acknowledged.body,
        status: 'accepted',
        output: [{ type: { text: 'Deltagare' }, valueString: 'Kim, sjuksköterska' }],
      },
      { 'if-match': 'W/"2"' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.output).toEqual([
      { type: { text: 'Deltagare' }, valueString: 'Kim, sjuksköterska' },
    ]);

    const invitation = await server.database.db
      .selectFrom('invitations')
      .select(['status', 'attendees', 'answeredBy'])
      .where('id', '=', toPrimaryCare)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ status: 'accepted', attendees: 'Kim, sjuksköterska' });
    // The case history records who answered, as for an answer in the JSON API.
    expect(await events('invitationAccepted')).toEqual([
      expect.objectContaining({ actorUserId: invitation.answeredBy, actorUnitId: world.region.units.vc }),
    ]);
    const again = await put(world.primaryCare, {
      ...accepted.body,
      status: 'rejected',
      statusReason: { text: 'Ångrar' },
    });
    expect(again.status).toBe(409);
  });

  it('refuses any other change, naming the element, and changes nothing', async () => {
    const read = await fhirGet<Task>(world.schoolStaff, `/fhir/R4/Task/${toSchool}`);
    const changed = await put(world.schoolStaff, {
      ...read.body,
      status: 'received',
      description: 'Annan text',
    });
    expect(changed.status).toBe(422);
    expect(issueOf(changed).details?.text).toContain('Task.description');
    const noAnswer = await put(world.schoolStaff, { ...read.body, status: 'completed' });
    expect(noAnswer.status).toBe(422);
    expect(issueOf(noAnswer).details?.text).toContain('completed');
    const withoutReason = await put(world.schoolStaff, { ...read.body, status: 'rejected' });
    expect(withoutReason.status).toBe(422);
    const otherId = await put(world.schoolStaff, { ...read.body, id: toPrimaryCare }, {}, toSchool);
    expect(otherId.status).toBe(400);
    const withoutCsrf = await put(
      world.schoolStaff,
      { ...read.body, status: 'received' },
      { 'x-csrf-token': 'fel' },
    );
    expect(withoutCsrf.status).toBe(403);
    const after = await fhirGet<Task>(world.schoolStaff, `/fhir/R4/Task/${toSchool}`);
    expect(after.body).toEqual(read.body);
  });

  it('only the invited unit answers: the convener reads the Task but may not answer it', async () => {
    const read = await fhirGet<Task>(world.convener, `/fhir/R4/Task/${toSchool}`);
    const answer = await put(world.convener, { ...read.body, status: 'received' });
    expect(answer.status).toBe(404);
    expect((await fhirGet<Task>(world.convener, `/fhir/R4/Task/${toSchool}`)).body.status).toBe('requested');
  });

  it('a decline is rejected with its reason, and the unit is told so though it no longer takes part', async () => {
    const read = await fhirGet<Task>(world.schoolStaff, `/fhir/R4/Task/${toSchool}`);
    const declined = await put(world.schoolStaff, {
      ...read.body,
      status: 'rejected',
      statusReason: { text: 'Eleven har bytt skola' },
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'rejected',
      statusReason: { text: 'Eleven har bytt skola' },
    });
    expect((await fhirGet(world.schoolStaff, `/fhir/R4/Task/${toSchool}`)).status).toBe(404);
    const rejected = await fhirGet<Bundle<Task>>(
      world.convener,
      `/fhir/R4/Task?based-on=CarePlan/${sipId}&status=rejected`,
    );
    expect(rejected.body.entry?.map((entry) => entry.resource?.id)).toEqual([toSchool]);
  });

  it('does not show a unit without a part in the case that the Task exists', async () => {
    const read = await fhirGet(world.stranger, `/fhir/R4/Task/${toPrimaryCare}`);
    expect(read.status).toBe(404);
    expect(issueOf(read).code).toBe('not-found');
    const search = await fhirGet<Bundle>(world.stranger, `/fhir/R4/Task?based-on=CarePlan/${sipId}`);
    expect(search.body.total).toBe(0);
    const answer = await put(world.stranger, {
      resourceType: 'Task',
      id: toPrimaryCare,
      status: 'received',
      intent: 'order',
    });
    expect(answer.status).toBe(404);
  });

  it('a FHIR client bound to the invited unit answers as that unit, and the invitation and history name it', async () => {
    const { db } = server.database;
    const other = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19380624-9235'))).body;
    await world.convener.post(`/api/sips/${other.id}/consent`, consentFor(world));
    const invited = await world.convener.post<{ invitations: { id: string; unitId: string }[] }>(
      `/api/sips/${other.id}/meetings`,
      meetingFor(world),
    );
    const invitationId = invited.body.invitations.find((i) => i.unitId === world.region.units.vc)!.id;
    const sentBy = await db
      .selectFrom('invitations')
      .select('sentBy')
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    const clientId = await registerFhirClient(db, {
      name: 'Journalsystemet',
      clientId: 'journal-vc',
      unitId: world.region.units.vc!,
      scopes: ['system/Task.u', 'system/Task.rs'],
      createdBy: sentBy.sentBy,
    });
    const bearer = async (scope: string) => ({
      authorization: `Bearer ${await oauth.token({ client_id: 'journal-vc', scope })}`,
    });
    const anonymous = server.client();
    const read = await fhirGet<Task>(
      anonymous,
      `/fhir/R4/Task/${invitationId}`,
      await bearer('system/Task.rs'),
    );
    expect(read.status).toBe(200);
    const acceptance: Task = {
      ...read.body,
      status: 'accepted',
      output: [{ type: { text: 'Deltagare' }, valueString: 'Distriktssköterskan' }],
    };
    // A token without system/Task.u may read the Task but not answer it, and changes nothing.
    const unscoped = await put(anonymous, acceptance, await bearer('system/Task.rs'));
    expect(unscoped.status).toBe(403);
    expect(unscoped.headers.get('www-authenticate')).toContain('insufficient_scope');
    const answered = await put(anonymous, acceptance, {
      ...(await bearer('system/Task.rs system/Task.u')),
      'if-match': 'W/"1"',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('accepted');

    const invitation = await db
      .selectFrom('invitations')
      .select(['status', 'answeredBy', 'answeredByFhirClient', 'acknowledgedBy', 'acknowledgedByFhirClient'])
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    expect(invitation).toEqual({
      status: 'accepted',
      answeredBy: null,
      answeredByFhirClient: clientId,
      acknowledgedBy: null,
      acknowledgedByFhirClient: clientId,
    });
    const history = await db
      .selectFrom('sipEvents')
      .select(['actorUserId', 'actorFhirClientId', 'actorUnitId'])
      .where('sipId', '=', other.id)
      .where('type', '=', 'invitationAccepted')
      .execute();
    expect(history).toEqual([
      { actorUserId: null, actorFhirClientId: clientId, actorUnitId: world.region.units.vc },
    ]);
    const logged = await db
      .selectFrom('accessLog')
      .select(['actorKind', 'userId', 'unitId'])
      .where('sipId', '=', other.id)
      .where('action', '=', 'invitation:accept')
      .execute();
    expect(logged).toEqual([{ actorKind: 'fhir_client', userId: clientId, unitId: world.region.units.vc }]);
    // The case's page names the client as who answered, for the unit it answered for.
    const caseRead = await world.convener.get<SipDetail>(`/api/sips/${other.id}`);
    expect(caseRead.status).toBe(200);
    expect(caseRead.body.invitations.find((i) => i.id === invitationId)?.answeredByName).toBe(
      'Journalsystemet',
    );
    expect(caseRead.body.events.find((event) => event.type === 'invitationAccepted')).toMatchObject({
      actorName: 'Journalsystemet',
      actorUnitName: expect.any(String) as unknown,
    });
  });

  it('a cancelled meeting cancels every Task to it, with the reason, each a new version', async () => {
    const before = await fhirGet<Task>(world.convener, `/fhir/R4/Task/${toPrimaryCare}`);
    const cancelled = await world.convener.post(`/api/sips/${sipId}/meeting/cancel`, {
      reason: 'Personen är sjuk',
    });
    expect(cancelled.status).toBe(200);
    const tasks = await fhirGet<Bundle<Task>>(world.convener, `/fhir/R4/Task?based-on=CarePlan/${sipId}`);
    expect(
      tasks.body.entry?.map((entry) => [entry.resource?.status, entry.resource?.statusReason?.text]),
    ).toEqual([
      ['cancelled', 'Personen är sjuk'],
      ['cancelled', 'Personen är sjuk'],
    ]);
    const after = tasks.body.entry?.find((entry) => entry.resource?.id === toPrimaryCare)?.resource;
    expect(Number(after?.meta?.versionId)).toBe(Number(before.body.meta?.versionId) + 1);
    // The answer command's own rule: a cancelled meeting takes no answers.
    const answer = await put(world.primaryCare, { ...after!, status: 'received' });
    expect(answer.status).toBe(409);
    expect(issueOf(answer).code).toBe('conflict');
  });
});
