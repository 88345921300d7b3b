import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import {
  consentFor,
  createProcessWorld,
  newSipBody,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('every access to personal data is logged on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  const entries = (sipId: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['action', 'userId', 'unitId', 'role', 'personId', 'reason', 'clientAddress'])
      .where('sipId', '=', sipId)
      // The log's order, as the review reads it: time, then chain and seq.
      .orderBy('occurredAt')
      .orderBy('chain')
      .orderBy('seq')
      .execute();

  it('logs writes, reads, searches and reveals with who, unit, role, person and reason', async () => {
    const body = newSipBody('19380624-9235');
    const created = await world.convener.post<SipDetail>('/api/sips', {
      ...body,
      person: { ...body.person, protectedIdentity: true },
    });
    const sipId = created.body.id;
    const path = `/api/sips/${sipId}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    await world.convener.get(path);
    await world.convener.post(`${path}/person/reveal`, { reason: 'Ringa inför mötet.' });
    const logged = await entries(sipId);
    expect(logged.map((entry) => entry.action)).toEqual([
      'create_case',
      'read_case',
      'write:recordConsent',
      'read_case',
      'read_case',
      'reveal_identity',
    ]);
    const personId = created.body.person.id;
    for (const entry of logged) {
      expect(entry).toMatchObject({ personId, role: 'staff', unitId: world.municipality.units.ifo });
      expect(entry.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    }
    expect(logged.at(-1)?.reason).toBe('Ringa inför mötet.');

    // A search is logged even when it finds nobody the unit may see.
    const before = await server.database.db
      .selectFrom('accessLog')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await world.stranger.post('/api/persons/lookup', { idNumber: '19380624-9235' });
    const after = await server.database.db
      .selectFrom('accessLog')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);

    expect(await verifyAccessLog(server.database.db)).toMatchObject({ ok: true });
  });

  it('logs every read of a plan version and a version diff with the person, once found', async () => {
    const { id, path } = await sipWithPlanEstablished(world, '19850417-2381');
    const personId = (await world.convener.get<SipDetail>(path)).body.person.id;
    const before = (await entries(id)).length;
    expect((await world.primaryCare.get(`${path}/plan/versions/1`)).status).toBe(200);
    expect((await world.primaryCare.get(`${path}/plan/diff?from=1&to=1`)).status).toBe(200);
    // A version that does not exist: a failed look-up, logged without a person, and 404.
    expect((await world.primaryCare.get(`${path}/plan/versions/7`)).status).toBe(404);
    expect((await world.primaryCare.get(`${path}/plan/diff?from=1&to=7`)).status).toBe(404);
    const logged = (await entries(id)).slice(before);
    expect(logged.map((entry) => [entry.action, entry.personId, entry.unitId])).toEqual([
      ['read_plan_version', personId, world.region.units.vc],
      ['read_plan_versions', personId, world.region.units.vc],
      ['look_up_plan_version', null, world.region.units.vc],
      ['look_up_plan_version', null, world.region.units.vc],
    ]);
  });

  it('logs nothing for a refused request', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const count = (await entries(created.body.id)).length;
    expect((await world.stranger.get(`/api/sips/${created.body.id}`)).status).toBe(404);
    expect((await world.convener.post(`/api/sips/${created.body.id}/meetings`, {})).status).toBe(400);
    expect(await entries(created.body.id)).toHaveLength(count);
  });
});
