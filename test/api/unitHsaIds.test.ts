import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  formatOrganisations,
  formatUnits,
  listOrganisations,
  listUnits,
  setOrganisationHsaId,
  setUnitHsaId,
} from '../../src/cli/unitHsaIds.js';
import type { DatabaseKind } from '../../src/db/database.js';
import { createOrganisation } from '../support/factories.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

describe.each(testDatabaseKinds())('samplan units and unit-hsa-id on %s', (kind: DatabaseKind) => {
  let testDatabase: TestDatabase;
  let units: Record<string, string>;
  let organisationId: string;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    const organisation = await createOrganisation(testDatabase.database.db, 'region', [
      'Vårdcentral',
      'Avdelning',
    ]);
    units = organisation.units;
    organisationId = organisation.id;
  });
  afterAll(() => testDatabase.drop());

  it('sets, lists and clears the HSA id of a unit', async () => {
    const db = testDatabase.database.db;
    expect(await setUnitHsaId(db, units.Vårdcentral!, 'SE2321000016-15CQ')).toContain('SE2321000016-15CQ');
    const listing = await listUnits(db);
    expect(listing.find((unit) => unit.id === units.Vårdcentral)?.hsaId).toBe('SE2321000016-15CQ');
    expect(formatUnits(listing)).toContain(`${units.Vårdcentral}\tSE2321000016-15CQ\t`);
    await setUnitHsaId(db, units.Vårdcentral!, '-');
    expect((await listUnits(db)).find((unit) => unit.id === units.Vårdcentral)?.hsaId).toBeNull();
  });

  it('refuses what is not an HSA id, an unknown unit, and an HSA id another unit has', async () => {
    const db = testDatabase.database.db;
    await expect(setUnitHsaId(db, units.Avdelning!, 'vårdcentralen')).rejects.toThrow(/not an HSA id/);
    await expect(setUnitHsaId(db, 'not-a-uuid', 'SE2321000016-15CQ')).rejects.toThrow(/not a unit id/);
    await expect(setUnitHsaId(db, uuidv7(), 'SE2321000016-15CQ')).rejects.toThrow(/No unit has the id/);
    await setUnitHsaId(db, units.Vårdcentral!, 'SE2321000016-AAAA');
    await expect(setUnitHsaId(db, units.Avdelning!, 'SE2321000016-AAAA')).rejects.toThrow(
      /already the HSA id of/,
    );
    expect((await listUnits(db)).find((unit) => unit.id === units.Avdelning)?.hsaId).toBeNull();
  });

  it("sets, lists and clears an organisation's HSA id as a care giver, refusing one another organisation has", async () => {
    const db = testDatabase.database.db;
    const other = await createOrganisation(db, 'municipality', ['Hemtjänst']);
    expect(await setOrganisationHsaId(db, organisationId, 'SE2321000016-39KJ')).toContain(
      'SE2321000016-39KJ',
    );
    expect(formatOrganisations(await listOrganisations(db))).toContain(
      `${organisationId}\tSE2321000016-39KJ\t`,
    );
    await expect(setOrganisationHsaId(db, other.id, 'SE2321000016-39KJ')).rejects.toThrow(
      /already the HSA id of/,
    );
    await expect(setOrganisationHsaId(db, other.id, 'kommunen')).rejects.toThrow(/not an HSA id/);
    await expect(setOrganisationHsaId(db, uuidv7(), 'SE2120000001-1')).rejects.toThrow(
      /No organisation has the id/,
    );
    await expect(setOrganisationHsaId(db, units.Vårdcentral!, 'SE2120000001-1')).rejects.toThrow(
      /No organisation has the id/,
    );
    await setOrganisationHsaId(db, organisationId, '-');
    expect((await listOrganisations(db)).find((row) => row.id === organisationId)?.hsaId).toBeNull();
  });
});
