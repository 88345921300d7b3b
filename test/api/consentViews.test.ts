import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { decideCaseAction } from '../../src/domain/access/policy.js';
import type { UnitPart } from '../../src/domain/sip/allowedActions.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { caseSubject } from '../../src/server/access/caseAccess.js';
import { consentStateFor } from '../../src/server/access/consentInForce.js';
import { createOrganisation, createUser } from '../support/factories.js';
import { isoDay } from '../support/processFixture.js';
import { seedSip } from '../support/statisticsSeed.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/**
 * A step of a case's consent history: a consent recorded (given or declined, ending some days from today or not
 * at all, naming some of the case's units, recorded at one of a few moments so that two may share one, and one
 * recorded later may be dated earlier), or one of the consents recorded so far withdrawn.
 */
type ConsentStep =
  | {
      step: 'record';
      decision: 'given' | 'declined';
      validFor: number | null;
      names: boolean[];
      hour: number;
    }
  | { step: 'withdraw'; which: number };

const unitKeys = ['convener', 'accepted', 'invited', 'effort', 'outsider'] as const;
const parts: Record<(typeof unitKeys)[number], UnitPart[]> = {
  convener: ['convener'],
  accepted: ['accepted'],
  invited: ['invited'],
  effort: ['accepted', 'effort'],
  outsider: [],
};

const consentStep: fc.Arbitrary<ConsentStep> = fc.oneof(
  fc.record({
    step: fc.constant('record' as const),
    decision: fc.constantFrom('given' as const, 'declined' as const),
    validFor: fc.option(fc.integer({ min: -2, max: 2 })),
    names: fc.array(fc.boolean(), { minLength: unitKeys.length, maxLength: unitKeys.length }),
    hour: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ step: fc.constant('withdraw' as const), which: fc.nat() }),
);

/**
 * Whether a consent lets a unit see a case is worked out twice: in SQL by the view the database keeps unit_cases
 * from with every change (0017_unit_cases.sql), which every list and count reads, and in TypeScript by the access
 * policy on the consent state (consentStateOf), which every case route asks. Generated consent histories must
 * leave the two agreeing for every unit, in every part, after every step.
 */
describe.each(testDatabaseKinds())('the consent as SQL and TypeScript see it, on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let units: Record<(typeof unitKeys)[number], string>;
  let userId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
    const municipality = await createOrganisation(db, 'municipality', [...unitKeys]);
    units = Object.fromEntries(unitKeys.map((key) => [key, municipality.units[key]!])) as typeof units;
    userId = (await createUser(db, [units.convener])).id;
  });

  afterAll(async () => {
    await test.drop();
  });

  /** Each unit's view of the case as the table says and as the policy says, and the consent state for it. */
  async function views(sipId: string) {
    const today = stockholmDate();
    const { rows } = await sql<{ unitId: string; visible: boolean | null }>`
      SELECT unit_id, visible_through >= ${today}::date AS visible FROM unit_cases WHERE sip_id = ${sipId}`.execute(
      db,
    );
    const { rows: source } = await sql<{ unitId: string; visible: boolean | null }>`
      SELECT unit_id, visible_through >= ${today}::date AS visible FROM unit_cases_source
      WHERE sip_id = ${sipId}`.execute(db);
    return Promise.all(
      unitKeys.map(async (key) => {
        const unitId = units[key];
        const actor = { userId, unitId, role: 'staff' as const, clientAddress: '127.0.0.1' };
        const subject = await caseSubject(db, sipId, actor);
        return {
          unit: key,
          table: rows.find((row) => row.unitId === unitId)?.visible ?? false,
          view: source.find((row) => row.unitId === unitId)?.visible ?? false,
          policy: decideCaseAction('seeSip', subject).allowed,
          // The state the case routes read and the one the consent pages read, by their separate queries.
          state: subject.consent,
          stateAlone: parts[key].length > 0 ? await consentStateFor(db, sipId, unitId, today) : 'none',
        };
      }),
    );
  }

  it('lets the same units see the case after every step of any consent history', async () => {
    const recordedFrom = Date.parse(`${isoDay(-10)}T08:00:00Z`);
    await fc.assert(
      fc.asyncProperty(fc.array(consentStep, { minLength: 1, maxLength: 6 }), async (steps) => {
        const sipId = await seedSip(db, userId, {
          unitId: units.convener,
          birthDate: null,
          sex: null,
          targetGroup: 'mental_illness',
          initiatorType: 'staff',
          need: new Date(recordedFrom).toISOString(),
        });
        const participations = unitKeys.flatMap((key) =>
          parts[key]
            .filter((part) => part !== 'convener')
            .map((part) => ({ sipId, unitId: units[key], part })),
        );
        await db.insertInto('sipParticipants').values(participations).execute();
        const recorded: string[] = [];
        for (const step of steps) {
          if (step.step === 'withdraw') {
            const consentId = recorded[step.which % Math.max(recorded.length, 1)];
            if (consentId === undefined) continue;
            await db
              .updateTable('consents')
              .set({ withdrawnAt: new Date(), withdrawnBy: userId })
              .where('id', '=', consentId)
              .execute();
          } else {
            const consentId = uuidv7();
            recorded.push(consentId);
            await db
              .insertInto('consents')
              .values({
                id: consentId,
                sipId,
                decision: step.decision,
                method: 'written',
                givenByName: 'Tove Testsson',
                givenByRelation: 'individual',
                givenOn: isoDay(-10),
                validUntil: step.validFor === null ? null : isoDay(step.validFor),
                relativesMayTakePart: false,
                guardians: JSON.stringify([]),
                childView: '',
                consequencesExplained: step.decision === 'declined',
                note: '',
                recordedBy: userId,
                recordedUnitId: units.convener,
                recordedAt: new Date(recordedFrom + step.hour * 3_600_000),
              })
              .execute();
            const named = unitKeys.filter((_, index) => step.names[index]);
            if (named.length > 0)
              await db
                .insertInto('consentScopeUnits')
                .values(named.map((key) => ({ consentId, unitId: units[key] })))
                .execute();
          }
          for (const seen of await views(sipId)) {
            expect(seen.table, `${seen.unit}: the table against the policy`).toBe(seen.policy);
            expect(seen.view, `${seen.unit}: the view against the policy`).toBe(seen.policy);
            expect(seen.stateAlone, `${seen.unit}: the consent state`).toBe(seen.state);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
