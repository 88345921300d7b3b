import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { SipListPage } from '../../src/shared/api/sipList.js';
import {
  consentFor,
  createProcessWorld,
  isoDay,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('consent in force governs access on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  const listed = async (client: ProcessWorld['convener'], id: string) =>
    (await client.get<SipListPage>('/api/sips')).body.items.some((sip) => sip.id === id);

  it('cuts other units off at once when consent is withdrawn; the convener keeps the record', async () => {
    const { path, id } = await sipWithMeetingHeld(world);
    expect((await world.primaryCare.get(path)).status).toBe(200);
    const withdrawn = await world.convener.post<SipDetail>(`${path}/consent/withdraw`, {
      note: 'Vill inte längre.',
    });
    expect(withdrawn.body.phase).toBe('paused');
    expect(withdrawn.body.allowedActions).toEqual(['recordConsent', 'close']);
    expect((await world.primaryCare.get(path)).status).toBe(404);
    expect(await listed(world.primaryCare, id)).toBe(false);
    expect((await world.convener.get(path)).status).toBe(200);
    expect(await listed(world.convener, id)).toBe(true);
    // Consent given again opens the way again.
    const again = await world.convener.post<SipDetail>(`${path}/consent`, consentFor(world));
    expect(again.body.phase).toBe('meeting_held');
    expect((await world.primaryCare.get(path)).status).toBe(200);
  });

  it('cuts other units off when the consent has expired', async () => {
    const { path, id } = await sipWithMeetingHeld(world);
    await sql`UPDATE consents SET valid_until = ${isoDay(-1)}::date WHERE sip_id = ${id}`.execute(
      server.database.db,
    );
    expect((await world.primaryCare.get(path)).status).toBe(404);
    expect(await listed(world.schoolStaff, id)).toBe(false);
    const convener = await world.convener.get<SipDetail>(path);
    expect(convener.status).toBe(200);
    expect(convener.body.allowedActions).not.toContain('invite');
    const refused = await world.convener.post(`${path}/invitations`, { unitIds: [world.region.units.psyk] });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('consent_not_in_force');
  });

  it('applies a narrower scope at once', async () => {
    const { path, id } = await sipWithMeetingHeld(world);
    await world.convener.post(`${path}/consent`, {
      ...consentFor(world),
      scopeUnitIds: [world.region.units.vc],
    });
    expect((await world.primaryCare.get(path)).status).toBe(200);
    expect((await world.schoolStaff.get(path)).status).toBe(404);
    expect(await listed(world.schoolStaff, id)).toBe(false);
  });

  it('shows an invited unit what it needs to answer, and the plan only once it takes part', async () => {
    const created = await world.convener.post<SipDetail>('/api/sips', {
      person: { idNumber: '19121212-1212', givenName: 'Tove', familyName: 'Testsson' },
      need: { initiatorType: 'staff', targetGroup: 'other', description: 'Behov.' },
    });
    const path = `/api/sips/${created.body.id}`;
    await world.convener.post(`${path}/consent`, consentFor(world));
    await world.convener.post(`${path}/meetings`, {
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      form: 'phone',
      place: '',
      unitIds: [world.region.units.vc],
    });
    const invited = await world.primaryCare.get<SipDetail>(path);
    expect(invited.status).toBe(200);
    expect(invited.body.myParts).toEqual(['invited']);
    expect(invited.body.plan).toBeNull();
    expect((await world.primaryCare.get(`${path}/plan/diff?from=1&to=1`)).status).toBe(403);
  });
});
