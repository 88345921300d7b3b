import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../support/testServer.js';

/** Counts the statements the app sends to the database (a transaction's BEGIN and COMMIT aside). */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count += 1;
    return Promise.resolve(result);
  }
}

/**
 * What the case page costs the database, counted statement by statement, so that a change adding one fails here
 * and has to say why. Each statement is a round trip on the request's path.
 */
describe.each(testDatabaseKinds())('the case page’s round trips on %s', (kind) => {
  let testDatabase: TestDatabase;
  let server: TestServer;
  let world: ProcessWorld;
  const counter = new StatementCounter();
  let path = '';
  let invitationId = '';

  const counted = async <T>(request: () => Promise<T>): Promise<{ answer: T; statements: number }> => {
    counter.count = 0;
    const answer = await request();
    return { answer, statements: counter.count };
  };

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    const { database } = testDatabase;
    server = await serveTestDatabase({
      ...testDatabase,
      database: { ...database, db: database.db.withPlugin(counter) },
    });
    world = await createProcessWorld(database.db, () => server.client());
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    invitationId = invited.body.invitations.find((i) => i.unitId === world.region.units.vc)!.id;
  });
  afterAll(async () => {
    await server.close();
    await testDatabase.drop();
  });

  it('reads the case in two: the session with the unit’s standing, then the whole case with its access entry', async () => {
    const { answer, statements } = await counted(() => world.convener.get<SipDetail>(path));
    expect(answer.status).toBe(200);
    expect(answer.body.invitations).toHaveLength(2);
    expect(statements).toBe(2);
    // An invited unit that has not answered reads less of the case, in as many.
    expect((await counted(() => world.primaryCare.get(path))).statements).toBe(2);
  });

  it('writes a step and answers with the case in eight', async () => {
    // Session; case locked with the standing; the preparation; the phase; the event; the access log; then the
    // case as the unit now sees it: its standing after the step, and the case.
    const { answer, statements } = await counted(() =>
      world.convener.put<SipDetail>(`${path}/preparation`, {
        whatMatters: 'Att få bo kvar hemma.',
        questions: '',
        meetingForm: 'phone',
        place: '',
      }),
    );
    expect(answer.status).toBe(200);
    expect(statements).toBe(8);
  });

  it('takes an answer to an invitation and answers with the case in nine', async () => {
    // Session; the route policy's check of the invitation; case locked; the invitation and its meeting; the
    // invitation's new status; the event; the access log; then the standing after the answer, and the case.
    const { answer, statements } = await counted(() =>
      world.primaryCare.post<SipDetail>(`/api/invitations/${invitationId}/acknowledge`, {}),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.myInvitationAnswers).toEqual(['accept', 'decline', 'forward']);
    expect(statements).toBe(9);
  });
});
