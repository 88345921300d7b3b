import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../src/shared/api/responses.js';
import { disableFhirClient, registerFhirClient } from '../../../src/server/data/fhirClients.js';
import { readConfig } from '../../../src/server/config.js';
import { fhirGet, idsOf, issueOf, type FhirAnswer } from '../../support/fhirClient.js';
import { createUser } from '../../support/factories.js';
import { startOAuthServer, type OAuthServer } from '../../support/oauthServer.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe('the FHIR API bearer token settings', () => {
  const all = {
    FHIR_OAUTH_ISSUER: 'https://oauth.example',
    FHIR_OAUTH_JWKS_URI: 'https://oauth.example/jwks',
    FHIR_OAUTH_AUDIENCE: 'samplan',
  };

  it('are all three or none, a half set stopping the start naming what is missing', () => {
    expect(readConfig({}).fhirOAuth).toBeNull();
    expect(readConfig(all).fhirOAuth?.jwksUri.href).toBe('https://oauth.example/jwks');
    expect(() => readConfig({ ...all, FHIR_OAUTH_AUDIENCE: ' ' }).fhirOAuth).toThrow(/FHIR_OAUTH_AUDIENCE/);
    expect(() => readConfig({ FHIR_OAUTH_JWKS_URI: all.FHIR_OAUTH_JWKS_URI }).fhirOAuth).toThrow(
      /FHIR_OAUTH_ISSUER/,
    );
    expect(() => readConfig({ ...all, FHIR_OAUTH_JWKS_URI: 'http://oauth.example/jwks' }).fhirOAuth).toThrow(
      /https/,
    );
  });
});

describe.each(testDatabaseKinds())('system clients with bearer tokens on %s', (kind) => {
  let oauth: OAuthServer;
  let server: TestServer;
  let world: ProcessWorld;
  let sip: SipDetail;

  const as = (token: string, path: string) =>
    fhirGet<Bundle>(server.client(), path, { authorization: `Bearer ${token}` });
  const entries = () => server.database.db.selectFrom('accessLog').select(['actorKind', 'userId']).execute();

  /** Registers a client bound to primary care (a unit invited to the SIP), with the scopes granted. */
  const register = async (clientId: string, scopes: string[]) => {
    const admin = await createUser(server.database.db, [world.region.units.vc!], 'organisation_admin');
    return registerFhirClient(server.database.db, {
      name: `Klient ${clientId}`,
      clientId,
      unitId: world.region.units.vc!,
      scopes,
      createdBy: admin.id,
    });
  };

  const expectInvalidToken = async (answer: Promise<FhirAnswer<Bundle>>) => {
    const refused = await answer;
    expect(refused.status).toBe(401);
    expect(issueOf(refused).code).toBe('login');
    expect(refused.headers.get('www-authenticate')).toBe(
      'Bearer realm="samplan-fhir", error="invalid_token"',
    );
  };

  beforeAll(async () => {
    oauth = await startOAuthServer();
    server = await startTestServer(kind, { fhirOAuth: oauth.config });
    world = await createProcessWorld(server.database.db, () => server.client());
    sip = (await world.convener.post<SipDetail>('/api/sips', newSipBody('19121212-1212'))).body;
    await world.convener.post(`/api/sips/${sip.id}/consent`, consentFor(world));
    await world.convener.post(`/api/sips/${sip.id}/meetings`, meetingFor(world));
    // A SIP primary care takes no part in, which neither its staff nor its client may see.
    await world.stranger.post('/api/sips', newSipBody('19380624-9235'));
    await register('journal', ['system/*.rs']);
    await register('patients-only', ['system/Patient.rs']);
    await register('nothing-granted', []);
    await disableFhirClient(server.database.db, await register('retired', ['system/*.rs']));
  });
  afterAll(async () => {
    await server.close();
    await oauth.close();
  });

  it("reads as its unit's staff would, and is logged as the client", async () => {
    const token = await oauth.token({ client_id: 'journal' });
    const asClient = await as(token, '/fhir/R4/Patient');
    const asStaff = await fhirGet<Bundle>(world.primaryCare, '/fhir/R4/Patient');
    expect(asClient.status).toBe(200);
    expect(asClient.body.total).toBe(asStaff.body.total);
    expect(idsOf(asClient.body)).toEqual(idsOf(asStaff.body));
    expect(idsOf(asClient.body)).toEqual([sip.person.id]);
    const logged = await server.database.db
      .selectFrom('accessLog')
      .innerJoin('fhirClients', 'fhirClients.id', 'accessLog.userId')
      .select(['accessLog.actorKind', 'accessLog.unitId', 'accessLog.role', 'fhirClients.clientId'])
      .where('accessLog.action', '=', 'fhir_search')
      .execute();
    expect(logged).toEqual([
      { actorKind: 'fhir_client', unitId: world.region.units.vc, role: 'staff', clientId: 'journal' },
    ]);
  });

  it('takes the client from azp or sub when there is no client_id, and ES256 as well as RS256', async () => {
    expect((await as(await oauth.token({ azp: 'journal' }), '/fhir/R4/Patient')).status).toBe(200);
    expect(
      (await as(await oauth.token({ sub: 'journal' }, { alg: 'ES256' }), '/fhir/R4/Patient')).status,
    ).toBe(200);
  });

  it('refuses every token it cannot trust with 401 invalid_token, changing and logging nothing', async () => {
    const before = await entries();
    const past = Math.floor(Date.now() / 1000) - 3600;
    const tokens = [
      await oauth.token({ client_id: 'journal', aud: 'another-api' }),
      await oauth.token({ client_id: 'journal', iss: 'https://evil.example' }),
      await oauth.token({ client_id: 'journal', exp: past, iat: past - 60 }),
      await oauth.token({ client_id: 'journal', exp: undefined }),
      oauth.unsigned({ client_id: 'journal' }),
      await oauth.hmac({ client_id: 'journal' }),
      await oauth.token({ client_id: 'journal' }, { untrustedKey: true }),
      await oauth.token({ client_id: 'never-registered' }),
      await oauth.token({ client_id: 'retired' }),
      'not.a.token',
    ];
    for (const token of tokens) await expectInvalidToken(as(token, '/fhir/R4/Patient'));
    await expectInvalidToken(
      fhirGet(server.client(), '/fhir/R4/Patient', { authorization: 'Basic am91cm5hbDpzZWNyZXQ=' }),
    );
    expect(await entries()).toEqual(before);
  });

  it('accepts an expiry up to a minute past, for clocks that disagree', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await oauth.token({ client_id: 'journal', exp: now - 30, iat: now - 300 });
    expect((await as(token, '/fhir/R4/Patient')).status).toBe(200);
  });

  it('refuses with 403 insufficient_scope what the token or the registration does not grant', async () => {
    const before = await entries();
    const refusals = [
      // The token does not carry it …
      await oauth.token({ client_id: 'journal', scope: 'system/CarePlan.rs' }),
      await oauth.token({ client_id: 'journal', scope: 'patient/Patient.rs system/Patient.read' }),
      // … or the registration does not grant it, whatever the token says.
      await oauth.token({ client_id: 'nothing-granted', scope: 'system/*.rs' }),
    ];
    for (const token of refusals) {
      const refused = await as(token, `/fhir/R4/Patient/${sip.person.id}`);
      expect(refused.status).toBe(403);
      expect(issueOf(refused).code).toBe('forbidden');
      expect(refused.headers.get('www-authenticate')).toBe(
        'Bearer realm="samplan-fhir", error="insufficient_scope"',
      );
    }
    // Reading one is not searching: system/Patient.r reads, and searching needs .s.
    const readOnly = await oauth.token({ client_id: 'patients-only', scope: 'system/Patient.r' });
    expect((await as(readOnly, `/fhir/R4/Patient/${sip.person.id}`)).status).toBe(200);
    expect((await as(readOnly, '/fhir/R4/Patient')).status).toBe(403);
    expect((await entries()).length).toBe(before.length + 1);
  });

  it('sees nothing its unit may not: another SIP is not found for it, as for the staff', async () => {
    const token = await oauth.token({ client_id: 'journal' });
    const other = await server.database.db
      .selectFrom('sips')
      .select('personId')
      .where('conveningUnitId', '=', world.strangerOrg.units.ifo!)
      .executeTakeFirstOrThrow();
    expect((await as(token, `/fhir/R4/Patient/${other.personId}`)).status).toBe(404);
    expect((await fhirGet(world.primaryCare, `/fhir/R4/Patient/${other.personId}`)).status).toBe(404);
  });
});
