import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildStatisticsFacts } from '../../src/server/statistics/rebuild.js';
import type { IndicatorKey, IndicatorResult, StatisticsReport } from '../../src/shared/api/statistics.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, createUser, signedInUser, type TestOrganisation } from '../support/factories.js';
import { createProcessWorld, isoDay, sipWithMeetingHeld } from '../support/processFixture.js';
import { seedSip, type SeededSip } from '../support/statisticsSeed.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The nearest-rank percentile the definitions name: the value at rank ceil(p × n) in ascending order. */
function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

const indicator = (report: StatisticsReport, key: IndicatorKey): IndicatorResult =>
  report.indicators.find((result) => result.key === key)!;

describe.each(testDatabaseKinds())('statistics: every indicator exact on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let municipality: TestOrganisation;
  let regionAdmin: ApiClient;

  const march = (query = '') =>
    regionAdmin.get<StatisticsReport>(
      `/api/statistics?from=2025-03-01&to=2025-03-31&scope=organisation&scopeId=${region.id}${query}`,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    region = await createOrganisation(db, 'region', ['vc', 'psyk', 'ward']);
    municipality = await createOrganisation(db, 'municipality', ['home']);
    const staff = await createUser(db, [region.units.vc!]);
    ({ client: regionAdmin } = await signedInUser(
      db,
      server.client(),
      [region.units.vc!],
      'organisation_admin',
    ));
    const vc = region.units.vc!;
    const psyk = region.units.psyk!;
    const home = municipality.units.home!;
    const discharge = (readyAt: string, invitedAt: string, lastDay: string) => ({
      readyAt,
      invitedAt,
      lastDay,
      inpatientUnitId: region.units.ward!,
      municipalityUnitId: home,
    });
    // March 2025 in Stockholm: CET (+01) until the 30th, CEST (+02) from then on.
    const seeds: SeededSip[] = [
      // S1: a child with a plan past its follow-up date; the home care stayed away without notice.
      {
        unitId: vc,
        birthDate: '2015-06-01',
        sex: 'female',
        targetGroup: 'children_disability',
        initiatorType: 'relative',
        childView: true,
        need: '2025-03-01T09:00:00Z',
        consent: '2025-03-02T09:00:00Z',
        invite: '2025-03-04T09:00:00Z',
        meeting: { startsAt: '2025-03-11T09:00:00Z', individualPresent: true, relativesPresent: true },
        attendance: [
          { unitId: psyk, obliged: true, attendance: 'present' },
          { unitId: home, obliged: true, attendance: 'absent_without_notice' },
        ],
        established: { at: '2025-03-11T12:00:00Z', followUpDate: '2025-03-20' },
      },
      // S2: from a discharge invited a day late; two follow-ups, the first on time, the second late.
      {
        unitId: vc,
        birthDate: '1950-01-01',
        sex: 'male',
        targetGroup: 'elderly_multimorbid',
        initiatorType: 'staff',
        need: '2025-03-03T09:00:00Z',
        consent: '2025-03-06T09:00:00Z',
        invite: '2025-03-07T09:00:00Z',
        meeting: { startsAt: '2025-03-14T09:00:00Z', individualPresent: false, relativesPresent: true },
        attendance: [{ unitId: psyk, obliged: true, attendance: 'present' }],
        established: { at: '2025-03-21T09:00:00Z', followUpDate: '2025-03-28' },
        followUps: [
          { heldOn: '2025-03-28', nextDate: '2025-03-29' },
          { heldOn: '2025-03-30', nextDate: '2025-06-01' },
        ],
        discharge: discharge('2025-03-03T10:00:00Z', '2025-03-07T09:00:00Z', '2025-03-06'),
      },
      // S3: a meeting without a plan; from a discharge invited in time.
      {
        unitId: vc,
        birthDate: '1990-05-05',
        sex: 'female',
        targetGroup: 'mental_illness',
        initiatorType: 'staff',
        need: '2025-03-05T09:00:00Z',
        consent: '2025-03-12T09:00:00Z',
        invite: '2025-03-13T09:00:00Z',
        meeting: { startsAt: '2025-03-28T09:00:00Z', individualPresent: true, relativesPresent: false },
        attendance: [{ unitId: psyk, obliged: true, attendance: 'absent_with_notice' }],
        discharge: discharge('2025-03-12T08:00:00Z', '2025-03-13T09:00:00Z', '2025-03-15'),
      },
      // S4: a child at psychiatry with consent the same day and no view recorded.
      {
        unitId: psyk,
        birthDate: '2010-02-02',
        sex: 'male',
        targetGroup: 'children_psychosocial',
        initiatorType: 'school',
        need: '2025-03-10T10:00:00Z',
        consent: '2025-03-10T11:00:00Z',
      },
      // S5: 23:30 on the last day in Stockholm (21:30 UTC): in the period.
      {
        unitId: vc,
        birthDate: '1940-01-01',
        sex: 'female',
        targetGroup: 'elderly_multimorbid',
        initiatorType: 'staff',
        need: '2025-03-31T21:30:00Z',
      },
      // S6: 00:30 on 1 April in Stockholm (22:30 UTC on 31 March): out of the period.
      {
        unitId: vc,
        birthDate: '1940-01-01',
        sex: 'male',
        targetGroup: 'elderly_multimorbid',
        initiatorType: 'staff',
        need: '2025-03-31T22:30:00Z',
      },
      // S7: need in the previous period, consent on 1 March, invited 23:30 on 31 March.
      {
        unitId: vc,
        birthDate: '1980-01-01',
        sex: 'male',
        targetGroup: 'substance_abuse',
        initiatorType: 'staff',
        need: '2025-02-15T09:00:00Z',
        consent: '2025-03-01T09:00:00Z',
        invite: '2025-03-31T21:30:00Z',
      },
      // S8: from December, closed in March without a plan (moved).
      {
        unitId: vc,
        birthDate: '1980-01-01',
        sex: 'female',
        targetGroup: 'mental_illness',
        initiatorType: 'staff',
        need: '2024-12-01T09:00:00Z',
        closed: { at: '2025-03-20T09:00:00Z', reason: 'moved' },
      },
      // S9: begun and closed without a plan in the previous period.
      {
        unitId: vc,
        birthDate: '1980-01-01',
        sex: 'male',
        targetGroup: 'mental_illness',
        initiatorType: 'staff',
        need: '2025-02-20T09:00:00Z',
        closed: { at: '2025-02-25T09:00:00Z', reason: 'goals_reached' },
      },
      // S10: identified at the primary care centre and convened by psychiatry since; consent declined.
      {
        unitId: vc,
        conveningUnitNowId: psyk,
        birthDate: null,
        sex: null,
        targetGroup: 'other',
        initiatorType: 'individual',
        need: '2025-03-15T09:00:00Z',
        declined: '2025-03-16T09:00:00Z',
      },
    ];
    for (const seed of seeds) await seedSip(db, staff.id, seed);
  });

  afterAll(async () => {
    await server.close();
  });

  it('counts SIPs initiated, established, active and closed by Stockholm days, with the previous period', async () => {
    const { status, body } = await march();
    expect(status).toBe(200);
    expect(body.previousPeriod).toEqual({ from: '2025-01-29', to: '2025-02-28' });
    const counts = (key: IndicatorKey) => [
      indicator(body, key).current.value,
      indicator(body, key).previous.value,
    ];
    // S1–S5 and S10 (S6 is 1 April in Stockholm); before: S7 and S9.
    expect(counts('sipsInitiated')).toEqual([6, 2]);
    expect(counts('sipsEstablished')).toEqual([2, 0]);
    // Open some day of March: S1–S5, S7, S8, S10; of the period before: S7, S8, S9.
    expect(counts('sipsActive')).toEqual([8, 3]);
    expect(counts('sipsClosed')).toEqual([1, 1]);
    const ended = indicator(body, 'needsEndedWithoutPlan');
    expect(ended.current.value).toBe(2);
    expect(ended.categories?.map((c) => [c.key, c.current.value, c.previous.value])).toEqual([
      ['consent_declined', 1, 0],
      ['goals_reached', 0, 1],
      ['moved', 1, 0],
    ]);
    expect(indicator(body, 'initiatorType').categories?.map((c) => [c.key, c.current.value])).toEqual([
      ['individual', 1],
      ['relative', 1],
      ['school', 1],
      ['staff', 3],
    ]);
    expect(indicator(body, 'convenerProfession').categories?.map((c) => [c.key, c.current.value])).toEqual([
      ['psyk', 1],
      ['vc', 5],
    ]);
  });

  it('puts 23:30 on the last day in the period and 00:30 the day after out of it', async () => {
    const day = async (date: string) =>
      (
        await regionAdmin.get<StatisticsReport>(
          `/api/statistics?from=${date}&to=${date}&scope=unit&scopeId=${region.units.vc!}`,
        )
      ).body;
    expect(indicator(await day('2025-03-31'), 'sipsInitiated').current.value).toBe(1);
    expect(indicator(await day('2025-04-01'), 'sipsInitiated').current.value).toBe(1);
    expect(indicator(await day('2025-04-01'), 'sipsInitiated').previous.value).toBe(1);
  });

  it('counts a SIP for the unit that convened it at the need, even when another convenes it now', async () => {
    const { body } = await march();
    const rows = body.breakdown!.rows.map((row) => [
      row.id,
      row.indicators.find((result) => result.key === 'sipsInitiated')!.current.value,
    ]);
    expect(body.breakdown!.level).toBe('unit');
    // S10 is convened by psychiatry now but was identified at the primary care centre: it counts there.
    expect(rows).toEqual(
      expect.arrayContaining([
        [region.units.vc!, 5],
        [region.units.psyk!, 1],
      ]),
    );
  });

  it('gives lead times as nearest-rank median and 90th percentile in days', async () => {
    expect(nearestRank([0, 1, 3, 7, 14], 0.5)).toBe(3);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    const { body } = await march();
    const days = (key: IndicatorKey) => {
      const { value, p90, base } = indicator(body, key).current;
      return { median: value, p90, base };
    };
    // Consents given in March: S1 1 day, S2 3, S3 7, S4 0, S7 14 (15 February → 1 March).
    const needToConsent = [1, 3, 7, 0, 14];
    expect(days('leadTimeNeedToConsent')).toEqual({
      median: nearestRank(needToConsent, 0.5),
      p90: nearestRank(needToConsent, 0.9),
      base: 5,
    });
    expect(days('leadTimeNeedToConsent')).toEqual({ median: 3, p90: 14, base: 5 });
    // First invitations in March: S1 2, S2 1, S3 1, S7 30 (its 23:30 on 31 March is that day in Stockholm).
    expect(days('leadTimeConsentToInvitation')).toEqual({ median: 1, p90: 30, base: 4 });
    // First meetings in March: S1 7, S2 7, S3 15.
    expect(days('leadTimeInvitationToMeeting')).toEqual({ median: 7, p90: 15, base: 3 });
    // Plans established in March: S1 0 and S2 7 days after the meeting; 10 and 18 days after the need.
    expect(days('leadTimeMeetingToPlan')).toEqual({ median: 0, p90: 7, base: 2 });
    expect(days('leadTimeNeedToPlan')).toEqual({ median: 10, p90: 18, base: 2 });
    // Discharges invited in March: S2 4 days after ready (deadline the 6th: late), S3 1 day (in time).
    expect(days('dischargeReadyToInvitation')).toEqual({ median: 1, p90: 4, base: 2 });
  });

  it('gives attendance, meetings with a plan, follow-ups and participation as shares', async () => {
    const { body } = await march();
    const share = (key: IndicatorKey) => [
      indicator(body, key).current.value,
      indicator(body, key).current.base,
    ];
    // The region's obliged invitations (psychiatry's): present at S1 and S2, absent with notice at S3. The home
    // care's absence counts for the municipality, not here.
    expect(share('invitedPrincipalAttendance')).toEqual([2 / 3, 3]);
    expect(share('absencesWithoutNotice')).toEqual([0, 0]);
    // First meetings in March: S1, S2 and S3; S1 and S2 have a plan.
    expect(share('meetingsWithPlanShare')).toEqual([2 / 3, 3]);
    expect(share('dischargeWithinDeadlineShare')).toEqual([1 / 2, 2]);
    // S2's follow-ups: on 28 March (due 28 March, on time), on 30 March (due 29 March, late).
    expect(share('followUpsOnTimeShare')).toEqual([1 / 2, 2]);
    // S1's follow-up date 20 March has passed by 31 March; S2's is in June.
    expect(share('plansPastFollowUpDate')).toEqual([1, 1]);
    expect(indicator(body, 'plansPastFollowUpDate').previous.value).toBe(0);
    // Meetings: the individual at S1 and S3, relatives at S1 and S2.
    expect(share('individualPresentShare')).toEqual([2 / 3, 3]);
    expect(share('relativesPresentShare')).toEqual([2 / 3, 3]);
    // Children initiated in March: S1 with a view recorded, S4 without.
    expect(share('childViewRecordedShare')).toEqual([1 / 2, 2]);
  });

  it('counts an absence without notice for the unit that stayed away', async () => {
    const { client } = await signedInUser(
      server.database.db,
      server.client(),
      [municipality.units.home!],
      'organisation_admin',
    );
    const { body } = await client.get<StatisticsReport>(
      `/api/statistics?from=2025-03-01&to=2025-03-31&scope=organisation&scopeId=${municipality.id}`,
    );
    expect(indicator(body, 'absencesWithoutNotice').current.value).toBe(1);
    expect(indicator(body, 'invitedPrincipalAttendance').current).toMatchObject({ value: 0, base: 1 });
    expect(indicator(body, 'sipsInitiated').current.value).toBe(0);
  });

  it('narrows by target group, age band and sex', async () => {
    const value = async (query: string, key: IndicatorKey = 'sipsInitiated') =>
      indicator((await march(query)).body, key).current.value;
    expect(await value('&targetGroup=elderly_multimorbid')).toBe(2);
    expect(await value('&ageBand=0-17')).toBe(2);
    expect(await value('&ageBand=unknown')).toBe(1);
    expect(await value('&sex=female')).toBe(3);
    expect(await value('&sex=female&ageBand=0-17')).toBe(1);
  });

  it('keeps the facts current as the process runs, in the step’s own transaction', async () => {
    const world = await createProcessWorld(server.database.db, () => server.client());
    await sipWithMeetingHeld(world);
    const { client } = await signedInUser(
      server.database.db,
      server.client(),
      [world.municipality.units.ifo!],
      'unit_manager',
    );
    const today = isoDay(0);
    const { body } = await client.get<StatisticsReport>(
      `/api/statistics?from=${today}&to=${today}&scope=unit&scopeId=${world.municipality.units.ifo!}`,
    );
    expect(indicator(body, 'sipsInitiated').current.value).toBe(1);
    expect(indicator(body, 'leadTimeNeedToConsent').current).toMatchObject({ value: 0, p90: 0, base: 1 });
    expect(indicator(body, 'leadTimeConsentToInvitation').current).toMatchObject({ value: 0, base: 1 });
  });

  it('names the pairs of units most often in the same active SIP', async () => {
    const { body } = await march();
    const pairs = body.collaboration.map((pair) => [
      new Set(pair.units.map((unit) => unit.id)),
      pair.sips.value,
    ]);
    // Primary care and psychiatry take part together in S1, S2 and S3; the home care joins them in S1 only.
    expect(pairs).toEqual([
      [new Set([region.units.vc!, region.units.psyk!]), 3],
      expect.anything(),
      expect.anything(),
    ]);
    expect(
      pairs.slice(1).map(([units, sips]) => [(units as Set<string>).has(municipality.units.home!), sips]),
    ).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it('averages the feedback scores from five answers, and gives none under a filter the answers lack', async () => {
    const db = server.database.db;
    const respect = [5, 4, 4, 3, 5];
    for (const [index, score] of respect.entries()) {
      await db
        .insertInto('feedbackAnswers')
        .values({
          conveningUnitId: region.units.vc!,
          organisationId: region.id,
          meetingMonth: '2025-03-01',
          respect: score,
          // One "vet ej": four answers to this question are too few to show.
          coDetermination: index === 0 ? null : 4,
        })
        .execute();
    }
    const { body } = await march();
    // (5 + 4 + 4 + 3 + 5) / 5 = 4.2
    expect(indicator(body, 'feedbackRespect').current).toMatchObject({
      value: 4.2,
      base: 5,
      suppressed: false,
    });
    expect(indicator(body, 'feedbackCoDetermination').current).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(indicator(body, 'feedbackRespect').previous).toMatchObject({ value: null, base: 0 });
    const filtered = (await march('&sex=female')).body;
    expect(indicator(filtered, 'feedbackRespect').current).toEqual({
      value: null,
      base: null,
      suppressed: false,
    });
  });

  it('gives the same figures after the facts are rebuilt from the case tables', async () => {
    const before = (await march()).body;
    await rebuildStatisticsFacts(server.database.db);
    expect((await march()).body).toEqual(before);
  });

  it('refuses a malformed filter with the field named, and changes nothing', async () => {
    for (const query of [
      'from=2025-03-31&to=2025-03-01&scope=county',
      'from=2025-02-30&to=2025-03-01&scope=county',
      'from=2025-03-01&to=2025-03-31&scope=organisation',
      'from=2025-03-01&to=2025-03-31&scope=planet',
      `from=2025-03-01&to=2025-03-31&scope=unit&scopeId=${region.units.vc!}&principal=region`,
      'from=2020-01-01&to=2025-03-31&scope=county',
      'from=2025-03-01&to=2025-03-31&scope=county&name=x',
    ]) {
      const { status, body } = await regionAdmin.get<{
        errors: { field: string; messages: { sv: string; en: string } }[];
      }>(`/api/statistics?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors[0]?.field, query).toMatch(/^querystring\./);
      expect(body.errors[0]?.messages.sv, query).toBeTruthy();
      expect(body.errors[0]?.messages.en, query).toBeTruthy();
    }
  });
});
