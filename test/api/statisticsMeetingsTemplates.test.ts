import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import type { Actor } from '../../src/server/sips/actor.js';
import { computeStatistics } from '../../src/server/statistics/compute.js';
import { exportTable } from '../../src/server/routes/statistics/exportTable.js';
import type {
  IndicatorKey,
  IndicatorResult,
  StatisticsFilter,
  StatisticsReport,
} from '../../src/shared/api/statistics.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser, type TestOrganisation } from '../support/factories.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
} from '../support/processFixture.js';
import { seedSip, type SeededSip } from '../support/statisticsSeed.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The nearest-rank percentile the definitions name: the value at rank ceil(p × n) in ascending order. */
function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

const days = (values: number[]) => ({
  value: nearestRank(values, 0.5),
  p90: nearestRank(values, 0.9),
  base: values.length,
  suppressed: false,
});

const indicator = (report: StatisticsReport, key: IndicatorKey): IndicatorResult =>
  report.indicators.find((result) => result.key === key)!;

/** A template written straight into its tables (the template API is not what is tested here). */
async function template(db: Kysely<DB>, names: string[]): Promise<string> {
  const id = uuidv7();
  await db.insertInto('planTemplates').values({ id }).execute();
  for (const [index, name] of names.entries()) {
    await db
      .insertInto('planTemplateVersions')
      .values({ templateId: id, version: index + 1, content: JSON.stringify({ name }) })
      .execute();
  }
  return id;
}

const times5 = <T>(values: T[]) => [...values, ...values, ...values, ...values, ...values];

/**
 * Meetings entered afterwards (efterregistrering) are counted on their own and left out of the lead times they
 * would distort; plans established are counted by the template their first version was written with, named by
 * the template's current name. Each SIP of May 2025 below is seeded five times, so the county figures are shown
 * whole; one more plan, with a template of its own, is the small count the county must not see.
 */
describe.each(testDatabaseKinds())(
  'statistics of meetings entered afterwards and of templates on %s',
  (kind) => {
    let server: TestServer;
    let region: TestOrganisation;
    let regionAdmin: ApiClient;
    let coordinator: Actor;
    let children: string;
    let elderly: string;
    let disability: string;

    const may: Pick<StatisticsFilter, 'from' | 'to'> = { from: '2025-05-01', to: '2025-05-31' };
    const ownReport = async () => {
      const { status, body } = await regionAdmin.get<StatisticsReport>(
        `/api/statistics?from=${may.from}&to=${may.to}&scope=organisation&scopeId=${region.id}`,
      );
      expect(status).toBe(200);
      return body;
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      const db = server.database.db;
      region = await createOrganisation(db, 'region', ['vc', 'ward']);
      const municipality = await createOrganisation(db, 'municipality', ['home']);
      const staff = await createUser(db, [region.units.vc!]);
      ({ client: regionAdmin } = await signedInUser(
        db,
        server.client(),
        [region.units.vc!],
        'organisation_admin',
      ));
      const county = await createUser(db, [region.units.vc!], 'county_coordinator');
      coordinator = {
        userId: county.id,
        unitId: region.units.vc!,
        role: 'county_coordinator',
        clientAddress: '127.0.0.1',
      };
      // Renamed since: a plan written with the first version is counted under the name used now.
      children = await template(db, ['Barn och unga', 'Barn och unga – skola, BUP och socialtjänst']);
      elderly = await template(db, ['Äldre med stora behov']);
      disability = await template(db, ['LSS och funktionsnedsättning']);

      const vc = region.units.vc!;
      const adult = {
        unitId: vc,
        birthDate: '1980-01-01',
        sex: 'female',
        targetGroup: 'mental_illness',
      } as const;
      const discharge = (readyAt: string, invitedAt: string, lastDay: string) => ({
        readyAt,
        invitedAt,
        lastDay,
        inpatientUnitId: region.units.ward!,
        municipalityUnitId: municipality.units.home!,
      });
      const seeds: SeededSip[] = [
        // A: called in Samplan, the plan at the meeting with the children's template (version 1); invited two
        // days after ready for discharge, in time.
        {
          ...adult,
          initiatorType: 'staff',
          need: '2025-05-01T09:00:00Z',
          consent: '2025-05-02T09:00:00Z',
          invite: '2025-05-05T09:00:00Z',
          meeting: { startsAt: '2025-05-12T09:00:00Z', individualPresent: true, relativesPresent: false },
          established: {
            at: '2025-05-12T12:00:00Z',
            followUpDate: '2025-11-01',
            template: { id: children, version: 1 },
          },
          discharge: discharge('2025-05-03T09:00:00Z', '2025-05-05T09:00:00Z', '2025-05-06'),
        },
        // B: held on paper and entered afterwards, its plan established when entered, without a template; the
        // invitation Samplan sent afterwards (to the next meeting) is not the SIP's first, nor the discharge's.
        {
          ...adult,
          initiatorType: 'staff',
          need: '2025-05-01T09:00:00Z',
          consent: '2025-05-03T09:00:00Z',
          meeting: {
            startsAt: '2025-05-09T09:00:00Z',
            individualPresent: false,
            relativesPresent: false,
            enteredAfterwards: true,
          },
          established: { at: '2025-05-20T09:00:00Z', followUpDate: '2025-11-01' },
          invite: '2025-05-22T09:00:00Z',
          discharge: discharge('2025-05-04T09:00:00Z', '2025-05-22T09:00:00Z', '2025-05-07'),
        },
        // C: invited in Samplan to a meeting that was cancelled, then met at short notice and entered afterwards.
        {
          ...adult,
          initiatorType: 'staff',
          need: '2025-05-02T09:00:00Z',
          consent: '2025-05-03T09:00:00Z',
          invite: '2025-05-06T09:00:00Z',
          meeting: {
            startsAt: '2025-05-14T09:00:00Z',
            individualPresent: true,
            relativesPresent: false,
            enteredAfterwards: true,
          },
        },
        // D: the first meeting called in Samplan, a later one entered afterwards; the children's template, version 2.
        {
          ...adult,
          initiatorType: 'staff',
          need: '2025-05-02T09:00:00Z',
          consent: '2025-05-04T09:00:00Z',
          invite: '2025-05-05T09:00:00Z',
          meeting: { startsAt: '2025-05-08T09:00:00Z', individualPresent: true, relativesPresent: false },
          laterMeetings: [
            {
              startsAt: '2025-05-20T09:00:00Z',
              individualPresent: false,
              relativesPresent: false,
              enteredAfterwards: true,
            },
          ],
          established: {
            at: '2025-05-08T12:00:00Z',
            followUpDate: '2025-11-01',
            template: { id: children, version: 2 },
          },
        },
        // E: the ordinary course with the elderly template, the plan the day after the meeting.
        {
          ...adult,
          initiatorType: 'staff',
          need: '2025-05-05T09:00:00Z',
          consent: '2025-05-06T09:00:00Z',
          invite: '2025-05-07T09:00:00Z',
          meeting: { startsAt: '2025-05-15T09:00:00Z', individualPresent: true, relativesPresent: false },
          established: {
            at: '2025-05-16T09:00:00Z',
            followUpDate: '2025-11-01',
            template: { id: elderly, version: 1 },
          },
        },
      ];
      // F: once only, with the disability template.
      const single: SeededSip = {
        ...adult,
        initiatorType: 'staff',
        need: '2025-05-06T09:00:00Z',
        consent: '2025-05-07T09:00:00Z',
        invite: '2025-05-08T09:00:00Z',
        meeting: { startsAt: '2025-05-13T09:00:00Z', individualPresent: true, relativesPresent: false },
        established: {
          at: '2025-05-13T12:00:00Z',
          followUpDate: '2025-11-01',
          template: { id: disability, version: 1 },
        },
      };
      for (const seed of [...times5(seeds), single]) await seedSip(db, staff.id, seed);
    });

    afterAll(async () => {
      await server.close();
    });

    it('counts meetings entered afterwards on the day they were held', async () => {
      const report = await ownReport();
      // B's, C's and D's later meeting, five of each.
      expect(indicator(report, 'meetingsEnteredAfterwards').current).toMatchObject({ value: 15, base: 15 });
      expect(indicator(report, 'meetingsEnteredAfterwards').previous).toMatchObject({ value: 0 });
      // As any held meeting for participation: A, C, D, E and F had the individual there; B and D's later not.
      expect(indicator(report, 'individualPresentShare').current).toMatchObject({ value: 21 / 31, base: 31 });
      // The first meetings of A–F, B's and C's entered afterwards among them.
      expect(indicator(report, 'meetingsWithPlanShare').current).toMatchObject({ value: 21 / 26, base: 26 });
    });

    it('leaves meetings entered afterwards out of the lead times they would distort', async () => {
      const report = await ownReport();
      const current = (key: IndicatorKey) => indicator(report, key).current;
      // A 3, C 3 (its Samplan invitation came before the meeting), D 1, E 1, F 1; B's came after its meeting.
      expect(current('leadTimeConsentToInvitation')).toEqual(days([...times5([3, 3, 1, 1]), 1]));
      // A 7, D 3 (its first meeting was called in Samplan), E 8, F 5; B's and C's first meetings were entered.
      expect(current('leadTimeInvitationToMeeting')).toEqual(days([...times5([7, 3, 8]), 5]));
      // A 0, D 0, E 1, F 0; B's plan was established when its paper meeting was entered.
      expect(current('leadTimeMeetingToPlan')).toEqual(days([...times5([0, 0, 1]), 0]));
      // Need → plan counts every plan on the day Samplan established it: A 11, B 19, D 6, E 11, F 7.
      expect(current('leadTimeNeedToPlan')).toEqual(days([...times5([11, 19, 6, 11]), 7]));
      // Only A's discharge: B's invitation in Samplan came after its meeting entered afterwards.
      expect(current('dischargeReadyToInvitation')).toEqual(days(times5([2])));
      expect(current('dischargeWithinDeadlineShare')).toMatchObject({ value: 1, base: 5 });
    });

    it('counts plans established by the template of their first version, by its current name', async () => {
      const report = await ownReport();
      const byTemplate = indicator(report, 'plansByTemplate');
      expect(byTemplate.current.value).toBe(indicator(report, 'sipsEstablished').current.value);
      expect(byTemplate.current.value).toBe(21);
      // In the order of the names, plans without a template last.
      expect(byTemplate.categories?.map((category) => [category.key, category.current.value])).toEqual([
        [children, 10],
        [disability, 1],
        [elderly, 5],
        ['none', 5],
      ]);
      expect(report.templates).toEqual([
        { id: children, name: 'Barn och unga – skola, BUP och socialtjänst' },
        { id: disability, name: 'LSS och funktionsnedsättning' },
        { id: elderly, name: 'Äldre med stora behov' },
      ]);
      // The exported file names the templates as the page does.
      const names = (language: 'sv' | 'en') =>
        exportTable(report, language)
          .filter(
            (row) =>
              row[1] === region.name &&
              row[2] ===
                (language === 'sv' ? 'Fastställda planer per mall' : 'Plans established by template'),
          )
          .map((row) => [row[3], row[5]]);
      expect(names('sv')).toEqual([
        ['', 21],
        ['Barn och unga – skola, BUP och socialtjänst', 10],
        ['LSS och funktionsnedsättning', 1],
        ['Äldre med stora behov', 5],
        ['Utan mall', 5],
      ]);
      expect(names('en').at(-1)).toEqual(['No template', 5]);
    });

    it('gives the county the same figures from the rollup as from the facts, the small template suppressed', async () => {
      const filter: StatisticsFilter = { ...may, scope: 'county' };
      const rollup = await computeStatistics(server.database.db, coordinator, filter);
      const facts = await computeStatistics(server.database.db, coordinator, filter, { rollup: false });
      expect(rollup).toEqual(facts);
      expect(indicator(rollup, 'meetingsEnteredAfterwards').current).toMatchObject({ value: 15 });
      expect(indicator(rollup, 'leadTimeInvitationToMeeting').current.base).toBe(16);
      expect(indicator(rollup, 'leadTimeMeetingToPlan').current.base).toBe(16);
      const categories = indicator(rollup, 'plansByTemplate').categories!;
      const shown = (key: string) => categories.find((category) => category.key === key)!.current;
      // One plan with the disability template is too few to show across organisations; the template is still named.
      expect(shown(disability)).toMatchObject({ value: null, suppressed: true });
      expect(shown(children)).toMatchObject({ value: 10, suppressed: false });
      expect(rollup.templates.map((t) => t.id)).toContain(disability);
    });

    it('follows a meeting entered afterwards through the steps, into the facts and the rollup', async () => {
      const db = server.database.db;
      const world = await createProcessWorld(db, () => server.client());
      const { client: manager } = await signedInUser(
        db,
        server.client(),
        [world.municipality.units.ifo!],
        'unit_manager',
      );
      const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
      const path = `/api/sips/${created.body.id}`;
      await world.convener.post(`${path}/consent`, consentFor(world));
      const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
      const entered = await world.convener.post(`${path}/meetings/held`, {
        startsAt: hoursAgo(50),
        endsAt: hoursAgo(49),
        form: 'in_person',
        place: 'Socialkontoret, på papper',
        individualPresent: true,
        relativesPresent: false,
        note: 'Samplan låg nere.',
        attendance: [{ unitId: world.region.units.vc, attendance: 'present' }],
      });
      expect(entered.status).toBe(200);
      await world.convener.put(`${path}/plan`, { baseRevision: 0, content: completePlan(world) });
      expect((await world.convener.post(`${path}/plan/establish`, { baseRevision: 1 })).status).toBe(200);
      // The next meeting is called in Samplan: its invitation is not the SIP's first.
      expect((await world.convener.post(`${path}/meetings`, meetingFor(world))).status).toBe(200);

      const { body } = await manager.get<StatisticsReport>(
        `/api/statistics?from=${isoDay(-3)}&to=${isoDay(0)}&scope=unit&scopeId=${world.municipality.units.ifo!}`,
      );
      const current = (key: IndicatorKey) => indicator(body, key).current;
      expect(current('meetingsEnteredAfterwards')).toMatchObject({ value: 1 });
      expect(current('leadTimeConsentToInvitation').base).toBe(0);
      expect(current('leadTimeInvitationToMeeting').base).toBe(0);
      expect(current('leadTimeMeetingToPlan').base).toBe(0);
      expect(current('leadTimeNeedToPlan').base).toBe(1);
      expect(
        indicator(body, 'plansByTemplate').categories?.map((category) => [
          category.key,
          category.current.value,
        ]),
      ).toEqual([['none', 1]]);

      // The rollup moved with each step as a rebuild counts it.
      const counted = sql`SELECT indicator, principal, day::text, category, value, n::int, hits::int
      FROM statistics_rollup WHERE n <> 0 OR hits <> 0 ORDER BY 1, 2, 3, 4, 5`;
      const live = (await counted.execute(db)).rows;
      await sql`SELECT rebuild_statistics_facts()`.execute(db);
      expect((await counted.execute(db)).rows).toEqual(live);
    });
  },
);
