import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../src/db/schema.js';
import { DomainError } from '../../../src/domain/errors.js';
import { entryHash } from '../../../src/server/audit/entryHash.js';
import { accessToPerson } from '../../../src/server/audit/personAccessView.js';
import { verifyAccessLog } from '../../../src/server/audit/verifyAudit.js';
import {
  changeFhirClientScopes,
  disableFhirClient,
  fhirClientByClientId,
  listFhirClients,
  registerFhirClient,
} from '../../../src/server/data/fhirClients.js';
import { logFhirRead } from '../../../src/server/fhir/accessLogging.js';
import { grantableScopes } from '../../../src/server/fhir/scopes.js';
import {
  chained,
  chainOf,
  createLogActor,
  entryAt,
  inChain,
  verifyAfterTampering,
  type LogActor,
} from '../../support/accessLogFixture.js';
import { createOrganisation } from '../../support/factories.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../support/testDatabase.js';

describe.each(testDatabaseKinds())('FHIR clients and their access-log entries on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let admin: LogActor;
  let clientId = '';
  const personId = '01900000-0000-7000-8000-000000000001';

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    admin = await createLogActor(db);
    clientId = await registerFhirClient(db, {
      name: 'Journalsystemet',
      clientId: 'journal-1',
      unitId: admin.unitId,
      scopes: ['system/Patient.rs', 'system/Patient.rs'],
      createdBy: admin.userId,
    });
  });
  afterAll(() => test.drop());

  it('are registered bound to one unit with the scopes granted, and listed by organisation', async () => {
    const client = await fhirClientByClientId(db, 'journal-1');
    expect(client).toMatchObject({
      id: clientId,
      name: 'Journalsystemet',
      unitId: admin.unitId,
      scopes: ['system/Patient.rs'],
      disabledAt: null,
    });
    expect((await listFhirClients(db, client!.organisationId)).map((c) => c.id)).toEqual([clientId]);
    const other = await createOrganisation(db, 'region', ['x']);
    expect(await listFhirClients(db, other.id)).toEqual([]);
    expect((await listFhirClients(db, null)).map((c) => c.id)).toContain(clientId);
  });

  it('refuses a client id already registered, and a scope that cannot be granted, changing nothing', async () => {
    const again = registerFhirClient(db, {
      name: 'Annat',
      clientId: 'journal-1',
      unitId: admin.unitId,
      scopes: [],
      createdBy: admin.userId,
    });
    await expect(again).rejects.toMatchObject({ kind: 'conflict', code: 'fhir_client_id_taken' });
    const wrong = changeFhirClientScopes(db, clientId, ['system/Patient.rs', 'user/Patient.rs']);
    await expect(wrong).rejects.toBeInstanceOf(DomainError);
    await expect(wrong).rejects.toMatchObject({ code: 'fhir_scope_not_grantable' });
    expect((await fhirClientByClientId(db, 'journal-1'))?.scopes).toEqual(['system/Patient.rs']);
    expect(grantableScopes()).toContain('system/*.rs');
  });

  it('change their scopes and are disabled for good', async () => {
    expect(await changeFhirClientScopes(db, clientId, ['system/*.rs'])).toBe(true);
    expect((await fhirClientByClientId(db, 'journal-1'))?.scopes).toEqual(['system/*.rs']);
    const other = await registerFhirClient(db, {
      name: 'Kommunens system',
      clientId: 'kommun-1',
      unitId: admin.unitId,
      scopes: [],
      createdBy: admin.userId,
    });
    expect(await disableFhirClient(db, other)).toBe(true);
    const disabledAt = (await fhirClientByClientId(db, 'kommun-1'))?.disabledAt;
    expect(disabledAt).toBeInstanceOf(Date);
    await disableFhirClient(db, other);
    expect((await fhirClientByClientId(db, 'kommun-1'))?.disabledAt).toEqual(disabledAt);
    expect(await disableFhirClient(db, '01900000-0000-7000-8000-0000000000ff')).toBe(false);
  });

  it("log a client's reads as format 3 entries naming it, which verify and whose tampering is found", async () => {
    const who = {
      kind: 'fhir_client' as const,
      clientName: 'Journalsystemet',
      tokenScopes: ['system/*.rs'],
      grantedScopes: ['system/*.rs'],
      actor: { userId: clientId, unitId: admin.unitId, role: 'staff' as const, clientAddress: '192.0.2.9' },
    };
    await inChain(db, 9, (trx) => logFhirRead(trx, who, 'fhir_read', [{ personId, sipId: null }]));
    const row = await entryAt(db, 9, 1);
    expect(row).toMatchObject({
      format: 3,
      actorKind: 'fhir_client',
      userId: clientId,
      unitId: admin.unitId,
      role: 'staff',
      action: 'fhir_read',
      personId,
    });
    expect(entryHash(chained(row))).toBe(row.hash);
    expect(chainOf(await verifyAccessLog(db), 9)).toMatchObject({ ok: true, entries: 1 });
    for (const change of [
      sql`UPDATE access_log SET actor_kind = 'staff' WHERE chain = 9 AND seq = 1`,
      sql`UPDATE access_log SET actor_kind = 'e_id' WHERE chain = 9 AND seq = 1`,
      sql`UPDATE access_log SET user_id = ${admin.userId}::uuid WHERE chain = 9 AND seq = 1`,
    ]) {
      const result = await verifyAfterTampering(db, (trx) => change.execute(trx));
      expect(chainOf(result, 9)).toMatchObject({ ok: false, firstBad: { seq: 1, problem: 'altered' } });
    }
    // The person's own view names the unit and, where the county lets names show, the client.
    const seen = await accessToPerson(db, { personId, limit: 10, namesStaff: true });
    expect(seen.map(({ action, who }) => ({ action, who }))).toEqual([
      {
        action: 'fhir_read',
        who: { kind: 'staff', unitName: expect.any(String) as string, staffName: 'Journalsystemet' },
      },
    ]);
  });
});
