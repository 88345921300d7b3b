import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { decideCaseAction } from '../../src/domain/access/policy.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { generate } from '../../src/generate/generate.js';
import { caseSubject } from '../../src/server/access/caseAccess.js';
import { luhn } from '../support/luhn.js';
import {
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A valid identity number for a made-up adult, one per index. */
function adult(index: number): string {
  const nine = `600101${String(300 + index).padStart(3, '0')}`;
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

/**
 * Every participation's row of unit_cases against what the access policy decides for a unit of that case, through
 * the same subject the case routes use: the table must say exactly what the policy says, for every case.
 */
async function disagreements(db: Kysely<DB>) {
  const today = stockholmDate();
  const { rows } = await sql<{ sipId: string; unitId: string; visible: boolean | null; listed: boolean }>`
    SELECT p.sip_id, p.unit_id, v.visible_through >= ${today}::date AS visible, v.sip_id IS NOT NULL AS listed
    FROM (SELECT DISTINCT sip_id, unit_id FROM sip_participants) p
    LEFT JOIN unit_cases v ON v.sip_id = p.sip_id AND v.unit_id = p.unit_id
    ORDER BY p.sip_id, p.unit_id`.execute(db);
  const found: string[] = [];
  for (const row of rows) {
    const actor = {
      userId: row.unitId,
      unitId: row.unitId,
      role: 'staff' as const,
      clientAddress: '127.0.0.1',
    };
    const allowed = decideCaseAction('seeSip', await caseSubject(db, row.sipId, actor)).allowed;
    if (!row.listed || Boolean(row.visible) !== allowed)
      found.push(`${row.sipId} ${row.unitId}: policy ${String(allowed)}, table ${String(row.visible)}`);
  }
  const { rows: strays } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM unit_cases v
    WHERE NOT EXISTS (SELECT 1 FROM sip_participants p WHERE p.sip_id = v.sip_id AND p.unit_id = v.unit_id)`.execute(
    db,
  );
  return { checked: rows.length, found, strays: strays[0]!.n };
}

describe.each(testDatabaseKinds())('the cases each unit may see, on %s', (kind) => {
  let server: TestServer;
  let db: Kysely<DB>;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.database.db;
    await generate(db, { sips: 300, seed: 17, asOf: new Date() });
    world = await createProcessWorld(db, () => server.client());
  });

  afterAll(async () => {
    await server.close();
  });

  it('says what the access policy says for every unit of every generated case', async () => {
    const result = await disagreements(db);
    expect(result.checked).toBeGreaterThan(600);
    expect(result.found).toEqual([]);
    expect(result.strays).toBe(0);
  });

  it('follows every step that changes who may see a case, in the step’s own transaction', async () => {
    const { convener, primaryCare, schoolStaff } = world;
    // Held, with primary care and the school taking part.
    const held = await sipWithMeetingHeld(world, adult(1));
    // Consent narrowed: a new consent that no longer names the school.
    const narrowed = await sipWithMeetingHeld(world, adult(2));
    await convener.post(`${narrowed.path}/consent`, {
      ...consentFor(world),
      scopeUnitIds: [world.region.units.vc, world.municipality.units.home],
    });
    // Consent withdrawn: everyone but the convener loses the case.
    const withdrawn = await sipWithMeetingHeld(world, adult(3));
    await convener.post(`${withdrawn.path}/consent/withdraw`, { note: 'Vill inte längre.' });
    // Consent run out: its end moved into the past.
    const expired = await sipWithMeetingHeld(world, adult(4));
    await sql`UPDATE consents SET valid_until = ${isoDay(-1)}::date
      WHERE sip_id = ${expired.id}`.execute(db);
    // Invited, one unit declining and one not yet answering.
    const created = await convener.post<{ id: string }>('/api/sips', {
      person: { idNumber: adult(5), givenName: 'Tove', familyName: 'Testsson' },
      need: { initiatorType: 'staff', targetGroup: 'mental_illness', description: 'Behov av samordning.' },
    });
    const invitedPath = `/api/sips/${created.body.id}`;
    await convener.post(`${invitedPath}/consent`, consentFor(world));
    const invited = await convener.post<{ invitations: { id: string; unitId: string }[] }>(
      `${invitedPath}/meetings`,
      meetingFor(world),
    );
    const schoolInvitation = invited.body.invitations.find((i) => i.unitId === world.school.units.school)!;
    await schoolStaff.post(`/api/invitations/${schoolInvitation.id}/decline`, { reason: 'Inte vår fråga.' });
    // Closed.
    const closed = await sipWithMeetingHeld(world, adult(6));
    await convener.post(`${closed.path}/close`, { reason: 'moved', note: '' });

    const visible = async (sipId: string, unitId: string) => {
      const { rows } = await sql<{ visible: boolean }>`
        SELECT visible_through >= ${stockholmDate()}::date AS visible FROM unit_cases
        WHERE sip_id = ${sipId} AND unit_id = ${unitId}`.execute(db);
      return rows[0]?.visible ?? false;
    };
    const { vc } = world.region.units;
    const { school } = world.school.units;
    expect(await visible(held.id, school!)).toBe(true);
    expect(await visible(narrowed.id, school!)).toBe(false);
    expect(await visible(narrowed.id, vc!)).toBe(true);
    expect(await visible(withdrawn.id, vc!)).toBe(false);
    expect(await visible(withdrawn.id, world.municipality.units.ifo!)).toBe(true);
    expect(await visible(expired.id, vc!)).toBe(false);
    expect(await visible(created.body.id, school!)).toBe(false);
    expect(await visible(created.body.id, vc!)).toBe(true);
    // The lists read the same: primary care lists the held case, not the withdrawn one.
    const listed = await primaryCare.get<{ items: { id: string }[] }>('/api/sips?limit=100');
    const ids = listed.body.items.map((item) => item.id);
    expect(ids).toContain(held.id);
    expect(ids).not.toContain(withdrawn.id);

    const result = await disagreements(db);
    expect(result.found).toEqual([]);
    expect(result.strays).toBe(0);
  });
});
