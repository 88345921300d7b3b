import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCounty } from '../../src/db/seed/seedDemo.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { personStandings } from '../../src/server/data/personRelations.js';
import { identityOnSignIn } from '../../src/server/eId/identities.js';
import { seedDemoCases } from '../../src/server/seed/demoCases.js';
import { demoGuardians } from '../../src/server/seed/demoPeople.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/** The demo's child case: both guardians the demo sign-in offers are recorded on it, as staff record them. */
describe.each(testDatabaseKinds())('the demo’s child and her guardians on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const county = (await seedDemoCounty(test.database.db))!;
    await seedDemoCases(test.database.db, county);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('relates each demo guardian to the child’s case, called to a meeting with consent that lets relatives in', async () => {
    const { db } = test.database;
    const cases = new Set<string>();
    for (const guardian of demoGuardians) {
      const identityId = await identityOnSignIn(db, guardian.idNumber, guardian.name);
      const standings = await personStandings(
        db,
        { identityId, idNumber: guardian.idNumber },
        { today: stockholmDate() },
      );
      expect(standings).toEqual([
        expect.objectContaining({
          relation: 'guardian',
          consent: 'given',
          relativesMayTakePart: true,
          phase: 'invitation',
        }),
      ]);
      cases.add(standings[0]!.sipId);
    }
    expect(cases.size).toBe(1);
    const [sipId] = [...cases];
    const child = await db
      .selectFrom('sips')
      .innerJoin('persons', 'persons.id', 'sips.personId')
      .select(['persons.birthDate', 'sips.targetGroup'])
      .where('sips.id', '=', sipId!)
      .executeTakeFirstOrThrow();
    expect(child.targetGroup).toBe('children_psychosocial');
    const age = Number(stockholmDate().slice(0, 4)) - Number(child.birthDate!.slice(0, 4));
    expect(age).toBeGreaterThanOrEqual(9);
    expect(age).toBeLessThan(13);
    // The history records both guardians, as every staff step is recorded.
    const recorded = await db
      .selectFrom('sipEvents')
      .select('type')
      .where('sipId', '=', sipId!)
      .where('type', '=', 'recordGuardian')
      .execute();
    expect(recorded).toHaveLength(2);
  });
});
