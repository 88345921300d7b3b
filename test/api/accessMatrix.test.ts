import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentStates,
  decideCaseAction,
  unitRelations,
  type CaseAction,
  type ConsentState,
  type UnitRelation,
} from '../../src/domain/access/policy.js';
import { roles, type Role } from '../../src/shared/api/vocabulary.js';
import { emptyPlan } from '../../src/shared/plan.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser } from '../support/factories.js';
import { isoDay } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * The whole access matrix over HTTP: every route guarded by a case policy × every role × every part the unit can
 * have × every consent state. The answer must be the policy's: 404 or 403 when it refuses; when it allows, the
 * request reaches validation (a probe body with an unknown field gets 400) or, for a read, is answered.
 */
describe.each(testDatabaseKinds())('the access matrix on %s', (kind) => {
  let server: TestServer;
  const clients = new Map<Role, ApiClient>();
  const sipByConsent = new Map<ConsentState, string>();
  let unitId = '';
  let routes: { method: string; url: string; action: CaseAction }[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    const municipality = await createOrganisation(db, 'municipality', ['convener', 'tested']);
    unitId = municipality.units.tested!;
    const convenerUnit = municipality.units.convener!;
    const author = await createUser(db, [convenerUnit]);
    for (const role of roles) {
      clients.set(role, (await signedInUser(db, server.client(), [unitId], role)).client);
    }
    const personId = uuidv7();
    await db
      .insertInto('persons')
      .values({
        id: personId,
        idKind: 'reservnummer',
        idNumber: `MATRIX-${personId.slice(-6)}`,
        givenName: 'M',
        familyName: 'X',
        birthDate: null,
        sex: null,
      })
      .execute();
    for (const consent of consentStates) {
      const sipId = uuidv7();
      sipByConsent.set(consent, sipId);
      await db
        .insertInto('sips')
        .values({
          id: sipId,
          caseNumber: `M-${consent}-${sipId.slice(-6)}`,
          personId,
          conveningUnitId: convenerUnit,
          createdBy: author.id,
          phase: 'plan_established',
          phaseBeforePause: null,
          initiatorType: 'staff',
          initiatorUnitId: null,
          targetGroup: 'other',
          needDescription: 'Matris',
          nextFollowUpOn: null,
          closureReason: null,
          closedAt: null,
        })
        .execute();
      await db
        .insertInto('plans')
        .values({
          sipId,
          content: JSON.stringify(emptyPlan()),
          revision: 1,
          establishedVersion: 1,
          updatedBy: author.id,
        })
        .execute();
      await db
        .insertInto('planVersions')
        .values({
          sipId,
          version: 1,
          content: JSON.stringify(emptyPlan()),
          reason: '',
          authorId: author.id,
          authorUnitId: convenerUnit,
          approvedAt: null,
          approvalMethod: null,
          approvalRecordedBy: null,
        })
        .execute();
      if (consent === 'none') continue;
      const consentId = uuidv7();
      await db
        .insertInto('consents')
        .values({
          id: consentId,
          sipId,
          decision: consent === 'declined' ? 'declined' : 'given',
          method: 'oral',
          givenByName: 'M X',
          givenByRelation: 'individual',
          givenOn: isoDay(-30),
          validUntil: consent === 'expired' ? isoDay(-1) : isoDay(300),
          relativesMayTakePart: false,
          guardians: '[]',
          childView: '',
          consequencesExplained: consent === 'declined',
          note: '',
          recordedBy: author.id,
          recordedUnitId: convenerUnit,
          withdrawnAt: consent === 'withdrawn' ? new Date() : null,
          withdrawnBy: consent === 'withdrawn' ? author.id : null,
        })
        .execute();
      const scope = consent === 'scope_excludes_unit' ? [convenerUnit] : [convenerUnit, unitId];
      await db
        .insertInto('consentScopeUnits')
        .values(scope.map((scoped) => ({ consentId, unitId: scoped })))
        .execute();
    }
    routes = [...server.app.routePolicies]
      .filter(([, policy]) => policy.startsWith('case:'))
      .map(([route, policy]) => {
        const [method, url] = route.split(' ') as [string, string];
        return { method, url, action: policy.slice('case:'.length) as CaseAction };
      });
  });
  afterAll(() => server.close());

  async function setRelation(sipId: string, relation: UnitRelation) {
    const db = server.database.db;
    await db.deleteFrom('sipParticipants').where('sipId', '=', sipId).where('unitId', '=', unitId).execute();
    // The coordinator's unit is the one the established plan names; any other relation, no one named.
    const plan = emptyPlan();
    if (relation === 'coordinator') plan.coordinator.unitId = unitId;
    await db
      .updateTable('plans')
      .set({ content: JSON.stringify(plan) })
      .where('sipId', '=', sipId)
      .execute();
    // A unit that declined keeps no part; `none` never had one; the coordinator's is its plan's naming it.
    if (relation === 'none' || relation === 'declined' || relation === 'coordinator') return;
    await db.insertInto('sipParticipants').values({ sipId, unitId, part: relation }).execute();
  }

  // About three thousand requests: some 10 s alone, several times that while other files share the cores.
  it('answers every combination as the policy decides', { timeout: 300_000 }, async () => {
    expect(routes.length).toBeGreaterThanOrEqual(18);
    // Reporting a deviation is a case action like any other, so the matrix covers it too.
    expect(routes.map((route) => route.action)).toContain('reportDeviation');
    // So does offering a feedback link, which only the convener may do.
    expect(routes.map((route) => route.action)).toContain('offerFeedback');
    let checked = 0;
    const mismatches: string[] = [];
    for (const consent of consentStates) {
      const sipId = sipByConsent.get(consent)!;
      for (const relation of unitRelations) {
        await setRelation(sipId, relation);
        for (const role of roles) {
          const client = clients.get(role)!;
          for (const route of routes) {
            const decision = decideCaseAction(route.action, {
              role,
              relations: new Set([relation]),
              consent,
            });
            const path = route.url.replace(':id', sipId).replace(':version', '1');
            // Not every answer is JSON (a plan version's PDF): only the status and a refusal's code count here.
            const answered = await client.requestRaw(
              route.method,
              path,
              route.method === 'GET' ? undefined : { probe: true },
            );
            const response = {
              status: answered.status,
              body: (answered.headers.get('content-type')?.includes('json') ? await answered.json() : {}) as {
                code?: string;
              },
            };
            const expected = decision.allowed
              ? route.method === 'GET'
                ? [200, 400]
                : [400]
              : [decision.status];
            // A read let through may find nothing to read (a case without the child's picture): a 404 that names
            // the missing thing, not the hidden case.
            const foundNothing =
              decision.allowed && response.status === 404 && response.body.code !== 'not_found';
            if (!expected.includes(response.status) && !foundNothing) {
              mismatches.push(
                `${route.method} ${route.url} role=${role} relation=${relation} consent=${consent}: ${response.status}, expected ${expected.join('/')}`,
              );
            }
            checked += 1;
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(consentStates.length * unitRelations.length * roles.length * routes.length);
    await sql`SELECT 1`.execute(server.database.db);
  });
});
