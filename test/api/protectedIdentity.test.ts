import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('protected identity on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let path: string;
  let sipId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    const body = newSipBody('19380624-9235');
    const created = await world.convener.post<SipDetail>('/api/sips', {
      ...body,
      person: {
        ...body.person,
        givenName: 'Hemlig',
        familyName: 'Hemligsson',
        protectedIdentity: true,
        address: 'Gömd väg 1',
        phone: '070-000 00 00',
      },
    });
    sipId = created.body.id;
    path = `/api/sips/${sipId}`;
  });
  afterAll(() => server.close());

  it('withholds name, address and phone in the case and in lists', async () => {
    const detail = await world.convener.get<SipDetail>(path);
    expect(detail.body.person).toMatchObject({
      protectedIdentity: true,
      familyName: '',
      address: '',
      phone: '',
    });
    const everything = JSON.stringify([
      detail.body,
      (await world.convener.get('/api/sips')).body,
      (await world.convener.get('/api/start')).body,
    ]);
    for (const secret of ['Hemlig', 'Gömd väg', '070-000']) expect(everything).not.toContain(secret);
  });

  it('shows them only with a stated reason', async () => {
    const withoutReason = await world.convener.post(`${path}/person/reveal`, {});
    expect(withoutReason.status).toBe(400);
    expect((withoutReason.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['body.reason']);
    const revealed = await world.convener.post<SipDetail['person']>(`${path}/person/reveal`, {
      reason: 'Ska ringa personen inför mötet.',
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({
      givenName: 'Hemlig',
      familyName: 'Hemligsson',
      address: 'Gömd väg 1',
    });
  });

  it('reveals nothing to a unit without a part', async () => {
    const response = await world.stranger.post(`${path}/person/reveal`, { reason: 'Nyfiken.' });
    expect(response.status).toBe(404);
  });
});
