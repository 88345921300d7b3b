import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideOrganisationAction, organisationActions } from '../../src/domain/access/policy.js';
import type { RoutePolicy } from '../../src/server/access/routePolicy.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { roles, type Role } from '../../src/shared/api/vocabulary.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser } from '../support/factories.js';
import { signedInPerson } from '../support/personSession.js';
import {
  adultIdNumber,
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Every route's declared label, walked over HTTP: each is enforced as declared. Without a session only the
 * public routes answer; a label checked against the `:id` in the address answers 404 to a unit that may not know
 * of it and lets through the unit that may; an organisation label answers 403 to every role the policy refuses.
 * A request let through meets validation (a probe body with an unknown field gets 400) or is answered.
 */
describe.each(testDatabaseKinds())('every route label enforced on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  const byRole = new Map<Role, ApiClient>();
  /** For each label checked against an id: the id, who may know of it, and who may not. */
  const known = new Map<RoutePolicy, { id: string; insider: ApiClient; outsiders: ApiClient[] }>();
  let sipId = '';

  beforeAll(async () => {
    // Many sign-ins from one address, more than a person makes.
    server = await startTestServer(kind, { loginRateLimitPerMinute: 1000 });
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    const lone = await createOrganisation(db, 'municipality', ['office']);
    for (const role of roles)
      byRole.set(role, (await signedInUser(db, server.client(), [lone.units.office!], role)).client);

    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    sipId = created.body.id;
    await world.convener.post(`/api/sips/${sipId}/consent`, consentFor(world));
    const invited = await world.convener.post<SipDetail>(`/api/sips/${sipId}/meetings`, meetingFor(world));
    const invitation = invited.body.invitations.find((i) => i.unitId === world.region.units.vc)!;
    // The convener knows of the case but is not the unit the invitation addresses.
    known.set('invitation', {
      id: invitation.id,
      insider: world.primaryCare,
      outsiders: [world.stranger, world.schoolStaff, world.convener],
    });

    const deviation = await world.convener.post<{ id: string }>(`/api/sips/${sipId}/deviations`, {
      kind: 'disagreement_on_responsibility',
      unitId: world.municipality.units.ifo,
      description: 'Oklart vem som ansvarar för att samordna hemsjukvården.',
    });
    expect(deviation.status).toBe(201);
    known.set('deviation', { id: deviation.body.id, insider: world.convener, outsiders: [world.stranger] });

    const hospital = await createOrganisation(db, 'region', ['hospital_ward', 'primary_care']);
    const ward = (await signedInUser(db, server.client(), [hospital.units.hospital_ward!])).client;
    const discharge = await ward.post<{ id: string }>('/api/discharges', {
      person: { idNumber: '19420315-2386', givenName: 'Greta', familyName: 'Utskrivningsson' },
      admittedAt: new Date(Date.now() - 48 * 3600_000).toISOString(),
      expectsMunicipalityEfforts: true,
      expectsPrimaryCareEfforts: true,
      municipalityUnitId: world.municipality.units.home,
      primaryCareUnitId: hospital.units.primary_care,
      estimatedDischargeOn: isoDay(3),
    });
    expect(discharge.status).toBe(201);
    known.set('discharge', {
      id: discharge.body.id,
      insider: ward,
      outsiders: [world.stranger, world.convener],
    });

    // The school, let in by the individual as a guest and its link used; the case's convener is no guest.
    const guest = await world.convener.post<{ id: string }>(`/api/sips/${sipId}/guests`, {
      kind: 'school',
      name: 'Skolan',
      unitId: world.school.units.school,
      email: 'skolan@example.se',
      scope: 'meeting',
    });
    expect(guest.status).toBe(201);
    const mail = await db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where('toAddress', '=', 'skolan@example.se')
      .executeTakeFirstOrThrow();
    const token = /#(\S+)/.exec(mail.textBody ?? '')?.[1];
    expect((await world.schoolStaff.post('/api/guest-links/redeem', { token })).status).toBe(200);
    known.set('guestGrant', {
      id: guest.body.id,
      insider: world.schoolStaff,
      outsiders: [world.stranger, world.convener],
    });
  });
  afterAll(() => server.close());

  /** Only the status counts; the answer may be a CSV or a workbook as well as JSON. */
  const probe = (client: ApiClient, method: string, path: string) =>
    client.requestRaw(method, path, method === 'GET' ? undefined : { probe: true });

  it('answers each route as its label declares', async () => {
    const mismatches: string[] = [];
    const expectStatus = (what: string, status: number, expected: (status: number) => boolean) => {
      if (!expected(status)) mismatches.push(`${what}: ${status}`);
    };
    const letThrough = (status: number) => status !== 401 && status !== 403 && status !== 404;
    const labels = new Set<string>();
    for (const [route, policy] of server.app.routePolicies) {
      const [method, url] = route.split(' ') as [string, string];
      const checked = known.get(policy);
      const id = checked?.id ?? sipId;
      const path = url.replace(':id', id).replace(':version', '1').replace(/:\w+/g, 'x');
      labels.add(policy.replace(/:.*/, ':'));

      const anonymous = await probe(server.client(), method, path);
      if (policy === 'public') {
        expectStatus(`${route} without a session`, anonymous.status, (status) => status !== 401);
        continue;
      }
      expectStatus(`${route} without a session`, anonymous.status, (status) => status === 401);

      if (checked) {
        for (const outsider of checked.outsiders)
          expectStatus(
            `${route} by a unit not knowing of it`,
            (await probe(outsider, method, path)).status,
            (s) => s === 404,
          );
        expectStatus(
          `${route} by the unit it concerns`,
          (await probe(checked.insider, method, path)).status,
          letThrough,
        );
      } else if (policy.startsWith('case:')) {
        // The access matrix walks every part, role and consent; here, a unit with no part in the case.
        expectStatus(
          `${route} by a stranger`,
          (await probe(world.stranger, method, path)).status,
          (s) => s === 404,
        );
      } else if (policy.startsWith('person:')) {
        // On the individual's side: someone with no relation to the case is told nothing; the person it is for
        // is let through. A staff session is no session there.
        const stranger = await signedInPerson(server.database.db, server.client(), '194910249228');
        expectStatus(
          `${route} by a stranger`,
          (await probe(stranger.client, method, path)).status,
          (s) => s === 404,
        );
        expectStatus(
          `${route} by staff`,
          (await probe(world.convener, method, path)).status,
          (s) => s === 401,
        );
        const individual = await signedInPerson(
          server.database.db,
          server.client(),
          adultIdNumber.replace('-', ''),
        );
        const answered = await probe(individual.client, method, path);
        // Something in the case that is not there (a plan version, a picture) is a 404 in its own words: the
        // case itself was let through.
        const code =
          answered.status === 404 ? ((await answered.json()) as { code?: string }).code : undefined;
        expectStatus(
          `${route} by the individual`,
          answered.status,
          (s) => letThrough(s) || (s === 404 && code !== 'not_found'),
        );
      } else if (policy === 'personSelf') {
        const signedIn = await signedInPerson(server.database.db, server.client(), '194910249228');
        expectStatus(
          `${route} signed in`,
          (await probe(signedIn.client, method, path)).status,
          (s) => s !== 401 && s !== 403,
        );
        expectStatus(
          `${route} by staff`,
          (await probe(world.convener, method, path)).status,
          (s) => s === 401,
        );
      } else if (policy.startsWith('organisation:')) {
        const action = organisationActions.find((name) => policy === `organisation:${name}`)!;
        for (const role of roles) {
          const allowed = decideOrganisationAction(action, { role }).allowed;
          const status = (await probe(byRole.get(role)!, method, path)).status;
          expectStatus(`${route} as ${role}`, status, allowed ? (s) => s !== 403 : (s) => s === 403);
        }
      } else {
        // self, directory, reference, unitScoped: anyone signed in (acting for a unit) is answered. A session
        // of its own each time, as one of these routes is signing out.
        const signedIn = await signedInUser(server.database.db, server.client(), [
          world.municipality.units.ifo!,
        ]);
        // (An id in such an address names no case, so a 404 there is the thing not found, not a refusal.)
        const status = (await probe(signedIn.client, method, path)).status;
        expectStatus(`${route} signed in`, status, (s) => s !== 401 && s !== 403);
      }
    }
    expect(mismatches).toEqual([]);
    expect([...labels].sort()).toEqual([
      'case:',
      'deviation',
      'directory',
      'discharge',
      'guestGrant',
      'invitation',
      'organisation:',
      'person:',
      'personSelf',
      'public',
      'reference',
      'self',
      'unitScoped',
    ]);
  });
});
