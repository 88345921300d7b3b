import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopulationRegisterResponse, SipDetail } from '../../src/shared/api/responses.js';
import { createLogger } from '../../src/server/logger.js';
import type { PopulationRegisterConfig } from '../../src/server/populationRegister/registerConfig.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser } from '../support/factories.js';
import { luhn } from '../support/luhn.js';
import { newSipBody } from '../support/processFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../support/testServer.js';

/** Valid, fictional numbers: twelve digits as the register is asked, and as a user types them. */
const number = (yymmdd: string, serial: string) => `19${yymmdd}${serial}${luhn(yymmdd + serial)}`;
const typed = (digits: string) => `${digits.slice(0, 8)}-${digits.slice(8)}`;
const county = {
  found: number('700101', '238'),
  protectedPerson: number('710202', '248'),
  nobody: number('720303', '258'),
  slow: number('730404', '268'),
  notJson: number('740505', '278'),
  unsure: number('750606', '288'),
  failing: number('760707', '298'),
};

/** The demo register's persons (src/server/populationRegister/demoRegister.ts). */
const demo = { tilda: '19790312-9828', nora: '19920805-9841', amal: '19880274-9864' };

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/**
 * The county's integration as a real HTTP server on this machine: it answers by the identity number in the body,
 * each number one of the ways an integration can answer, and keeps what it was sent.
 */
async function startIntegration(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const answer = (request: IncomingMessage, response: ServerResponse, body: string) => {
    received.push({
      method: request.method!,
      url: request.url!,
      authorization: request.headers.authorization,
      body,
    });
    const idNumber = (JSON.parse(body) as { idNumber: string }).idNumber;
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    switch (idNumber) {
      case county.found:
        return json(200, {
          givenName: 'Kim',
          familyName: 'Registersson',
          address: 'Registervägen 1, 123 45 Ekby',
          protectedIdentity: false,
          municipalityCode: '0999',
        });
      case county.protectedPerson:
        return json(200, {
          givenName: 'Sol',
          familyName: 'Skyddsson',
          address: 'Hemliga gränd 9, 123 45 Ekby',
          protectedIdentity: true,
        });
      case county.slow:
        // Answers long after Samplan has stopped waiting.
        setTimeout(
          () => json(200, { givenName: 'Sen', familyName: 'Svarsson', protectedIdentity: false }),
          3000,
        );
        return;
      case county.notJson:
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end('{"givenName": "Halv');
      case county.unsure:
        // Says nothing of protection: not to be read as "not protected".
        return json(200, { givenName: 'Osäker', familyName: 'Uppgiftsson', address: 'Okänd väg 3' });
      case county.failing:
        return json(500, { error: 'database down' });
      default:
        return json(404, { error: 'not found' });
    }
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => answer(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/folkbokforing/person`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(testDatabaseKinds())('the population register look-up on %s', (kind) => {
  let database: TestDatabase;
  let integration: Awaited<ReturnType<typeof startIntegration>>;
  const servers: TestServer[] = [];
  const logged: string[] = [];
  let unitId: string;
  /** A staff member signed in on a server with the given register. */
  const staffWith = async (
    populationRegister: PopulationRegisterConfig,
    role: 'staff' | 'county_coordinator' = 'staff',
  ) => {
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged.push(chunk.toString());
          done();
        },
      }),
    );
    const server = await serveTestDatabase(database, { populationRegister }, logger);
    servers.push(server);
    return (await signedInUser(database.database.db, server.client(), [unitId], role)).client;
  };
  const lookUp = (client: ApiClient, idNumber: string) =>
    client.post<PopulationRegisterResponse>('/api/persons/population-register', { idNumber });
  const logEntries = () =>
    database.database.db
      .selectFrom('accessLog')
      .select(['action', 'personId', 'unitId'])
      .where('action', '=', 'look_up_population_register')
      .execute();

  let demoStaff: ApiClient;
  let countyStaff: ApiClient;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    integration = await startIntegration();
    unitId = (await createOrganisation(database.database.db, 'municipality', ['ifo'])).units.ifo!;
    demoStaff = await staffWith({ kind: 'demo' });
    countyStaff = await staffWith({
      kind: 'http',
      url: integration.url,
      token: 'integration-token',
      timeoutMs: 400,
    });
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await integration?.close();
    await database?.drop();
  });

  describe('the demo register', () => {
    it('gives name and address of a demo person, marked as demo data, and logs the look-up', async () => {
      const before = (await logEntries()).length;
      const response = await lookUp(demoStaff, demo.tilda);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        status: 'found',
        source: 'demo',
        person: {
          givenName: 'Tilda',
          familyName: 'Provsson',
          address: 'Exempelvägen 12, 123 45 Ekby',
          protectedIdentity: false,
        },
      });
      const entries = await logEntries();
      expect(entries).toHaveLength(before + 1);
      expect(entries.at(-1)).toMatchObject({ unitId, personId: null });
    });

    it('finds a samordningsnummer, written with ten digits too', async () => {
      const response = await lookUp(demoStaff, '880274-9864');
      expect(response.body).toMatchObject({ status: 'found', person: { givenName: 'Amal', address: '' } });
    });

    it('marks a protected identity and never gives its address', async () => {
      const response = await lookUp(demoStaff, demo.nora);
      expect(response.body).toEqual({
        status: 'found',
        source: 'demo',
        person: { givenName: 'Nora', familyName: 'Hemlund', address: '', protectedIdentity: true },
      });
      expect(JSON.stringify(response.body)).not.toContain('Tallstigen');
    });

    it('says when it finds nobody, and logs that look-up too', async () => {
      const before = (await logEntries()).length;
      const response = await lookUp(demoStaff, typed(county.found));
      expect(response.body).toEqual({ status: 'not_found' });
      expect(await logEntries()).toHaveLength(before + 1);
    });

    it('stores a protected person from the register without an address, as the page sends it', async () => {
      const { person } = (await lookUp(demoStaff, demo.nora)).body as Extract<
        PopulationRegisterResponse,
        { status: 'found' }
      >;
      const body = newSipBody(demo.nora);
      const created = await demoStaff.post<SipDetail>('/api/sips', {
        ...body,
        person: { ...body.person, ...person },
      });
      expect(created.status).toBe(201);
      const stored = await database.database.db
        .selectFrom('persons')
        .select(['givenName', 'protectedIdentity', 'address'])
        .where('id', '=', created.body.person.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ givenName: 'Nora', protectedIdentity: true, address: '' });
      // The case shows the person as protected, their name withheld as for anyone protected.
      expect(created.body.person).toMatchObject({ protectedIdentity: true, familyName: '', address: '' });
    });

    it('logs the person once the unit has a SIP with them', async () => {
      const response = await lookUp(demoStaff, demo.nora);
      expect(response.body).toMatchObject({ status: 'found' });
      expect((await logEntries()).at(-1)?.personId).not.toBeNull();
    });
  });

  describe('the county’s integration over HTTP', () => {
    it('asks with the number in the body and the token, and passes on name and address', async () => {
      const response = await lookUp(countyStaff, typed(county.found));
      expect(response.body).toEqual({
        status: 'found',
        source: 'county',
        person: {
          givenName: 'Kim',
          familyName: 'Registersson',
          address: 'Registervägen 1, 123 45 Ekby',
          protectedIdentity: false,
        },
      });
      const request = integration.received.at(-1)!;
      expect(request).toEqual({
        method: 'POST',
        url: '/folkbokforing/person',
        authorization: 'Bearer integration-token',
        body: JSON.stringify({ idNumber: county.found }),
      });
    });

    it('leaves a protected identity’s address behind', async () => {
      const response = await lookUp(countyStaff, typed(county.protectedPerson));
      expect(response.body).toMatchObject({
        status: 'found',
        person: { givenName: 'Sol', address: '', protectedIdentity: true },
      });
      expect(JSON.stringify(response.body)).not.toContain('Hemliga');
    });

    it('reads 404 as nobody found', async () => {
      expect((await lookUp(countyStaff, typed(county.nobody))).body).toEqual({ status: 'not_found' });
    });

    it('stops waiting at the timeout and answers unavailable, so the page offers the manual path', async () => {
      const started = Date.now();
      const response = await lookUp(countyStaff, typed(county.slow));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'unavailable' });
      expect(Date.now() - started).toBeLessThan(2500);
    });

    it('treats a malformed answer, one silent on protection and an error as unavailable, never as a 500', async () => {
      for (const idNumber of [county.notJson, county.unsure, county.failing]) {
        const response = await lookUp(countyStaff, typed(idNumber));
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ status: 'unavailable' });
      }
    });

    it('answers unavailable when the integration cannot be reached at all', async () => {
      const closed = await startIntegration();
      await closed.close();
      const staff = await staffWith({ kind: 'http', url: closed.url, token: null, timeoutMs: 400 });
      expect((await lookUp(staff, typed(county.found))).body).toEqual({ status: 'unavailable' });
    });

    it('keeps identity numbers, names and addresses out of the server log', () => {
      const log = logged.join('');
      expect(log).toContain('population register unavailable');
      for (const secret of [
        ...Object.values(county),
        ...Object.values(county).map(typed),
        ...Object.values(demo),
        'Registersson',
        'Registervägen',
        'Provsson',
        'Exempelvägen',
        'integration-token',
      ])
        expect(log).not.toContain(secret);
    });
  });

  describe('who may ask, and what', () => {
    it('says the register is off, and logs nothing, when there is none', async () => {
      const staff = await staffWith({ kind: 'none' });
      const before = (await logEntries()).length;
      expect((await lookUp(staff, demo.tilda)).body).toEqual({ status: 'off' });
      expect(await logEntries()).toHaveLength(before);
    });

    it('refuses a number that is not valid, and a reserve number, at the field', async () => {
      for (const idNumber of ['19790312-9829', 'RES-2026-0042']) {
        const response = await lookUp(demoStaff, idNumber);
        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({ code: 'invalid_id_number' });
      }
    });

    it('refuses a role that does not start SIPs, and anyone not signed in', async () => {
      const coordinator = await staffWith({ kind: 'demo' }, 'county_coordinator');
      expect((await lookUp(coordinator, demo.tilda)).status).toBe(403);
      expect((await lookUp(servers[0]!.client(), demo.tilda)).status).toBe(401);
    });
  });
});
