import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartResponse } from '../../src/shared/api/responses.js';
import type { SipListPage } from '../../src/shared/api/sipList.js';
import type { ApiClient } from '../support/apiClient.js';
import {
  consentFor,
  createProcessWorld,
  isoDay,
  isoTime,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { allSipListPages } from '../support/sipList.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('the case list filtered and counted on the server on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  /** The convener's cases by what is special about them. */
  const cases: Record<string, { id: string; caseNumber: string }> = {};

  const set = (id: string, phase: string, followUpOn: string | null, targetGroup = 'mental_illness') =>
    sql`UPDATE sips SET phase = ${phase}, next_follow_up_on = ${followUpOn}::date, target_group = ${targetGroup}
        WHERE id = ${id}`.execute(server.database.db);

  async function create(name: string, prepare?: (path: string) => Promise<unknown>) {
    const created = await world.convener.post<{ id: string; caseNumber: string }>('/api/sips', newSipBody());
    cases[name] = created.body;
    await prepare?.(`/api/sips/${created.body.id}`);
    return created.body.id;
  }

  /** The ids listed for `query`, across every page, with the total the pages gave. */
  async function listed(client: ApiClient, query = '') {
    const pages = await allSipListPages(client, `limit=2&${query}`);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    for (const page of pages) expect(page.total).toBe(ids.length);
    return ids.sort();
  }
  const idsOf = (...names: string[]) => names.map((name) => cases[name]!.id).sort();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    const held = await sipWithMeetingHeld(world);
    cases.held = {
      id: held.id,
      caseNumber: (await world.convener.get<{ caseNumber: string }>(held.path)).body.caseNumber,
    };
    // Primary care and the school invited to a meeting in a week, not yet answered.
    await create('meetingSoon', async (path) => {
      await world.convener.post(`${path}/consent`, consentFor(world));
      await world.convener.post(`${path}/meetings`, meetingFor(world));
    });
    await set(await create('newChild'), 'need_identified', null, 'children_disability');
    const overdue = await create('overdue');
    await set(overdue, 'plan_established', isoDay(-3));
    // Primary care is responsible for an effort here, but no consent has been recorded for it to see the case.
    await sql`INSERT INTO sip_participants (sip_id, unit_id, part) VALUES (${overdue}, ${world.region.units.vc!}, 'effort')`.execute(
      server.database.db,
    );
    await set(await create('upcoming'), 'plan_established', isoDay(10));
    await set(await create('later'), 'plan_established', isoDay(30));
    await set(await create('closed'), 'closed', isoDay(-10));
    // A follow-up meeting booked in three weeks: the meeting, not the earlier follow-up date, is what comes next.
    const booked = await create('followUpMeeting', async (path) => {
      await world.convener.post(`${path}/consent`, consentFor(world));
      await world.convener.post(`${path}/meetings`, {
        ...meetingFor(world),
        startsAt: isoTime(21, 8),
        endsAt: isoTime(21, 9),
      });
    });
    await set(booked, 'plan_established', isoDay(5));
  });
  afterAll(() => server.close());

  it('counts every case the convener may see, and no others', async () => {
    expect(await listed(world.convener)).toEqual(
      Object.values(cases)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('filters by one phase or several', async () => {
    expect(await listed(world.convener, 'phase=plan_established')).toEqual(
      idsOf('overdue', 'upcoming', 'later', 'followUpMeeting'),
    );
    expect(await listed(world.convener, 'phase=closed&phase=need_identified')).toEqual(
      idsOf('closed', 'newChild'),
    );
  });

  it('filters by target group', async () => {
    expect(await listed(world.convener, 'targetGroup=children_disability')).toEqual(idsOf('newChild'));
    expect(await listed(world.convener, 'targetGroup=discharge')).toEqual([]);
  });

  it("filters by the unit's part", async () => {
    expect(await listed(world.convener, 'part=convener')).toEqual(
      Object.values(cases)
        .map((c) => c.id)
        .sort(),
    );
    expect(await listed(world.convener, 'part=invited')).toEqual([]);
    expect(await listed(world.primaryCare, 'part=accepted')).toEqual(idsOf('held'));
    expect(await listed(world.primaryCare, 'part=invited')).toEqual(idsOf('meetingSoon', 'followUpMeeting'));
    expect(await listed(world.primaryCare, 'part=accepted&part=invited&phase=invitation')).toEqual(
      idsOf('meetingSoon'),
    );
  });

  it('filters by the next date: due within the days given, or already past', async () => {
    expect(await listed(world.convener, 'dueWithinDays=14')).toEqual(
      idsOf('meetingSoon', 'overdue', 'upcoming'),
    );
    expect(await listed(world.convener, 'dueWithinDays=0')).toEqual(idsOf('overdue'));
    expect(await listed(world.convener, 'dueWithinDays=30')).toEqual(
      idsOf('meetingSoon', 'overdue', 'upcoming', 'later', 'followUpMeeting'),
    );
  });

  it('searches a piece of the case number, upper or lower case', async () => {
    const { caseNumber } = cases.upcoming!;
    expect(await listed(world.convener, `caseNumber=${caseNumber.toLowerCase()}`)).toEqual(idsOf('upcoming'));
    expect(await listed(world.convener, `caseNumber=${caseNumber.slice(-5)}`)).toEqual(idsOf('upcoming'));
    expect(await listed(world.convener, 'caseNumber=SIP-1999')).toEqual([]);
  });

  it('shows a unit that takes part only the cases the consent in force names it for', async () => {
    // Primary care takes part in four: the effort of the case without consent is not counted.
    expect(await listed(world.primaryCare)).toEqual(idsOf('held', 'meetingSoon', 'followUpMeeting'));
    await sql`UPDATE consents SET valid_until = ${isoDay(-1)}::date WHERE sip_id = ${cases.meetingSoon!.id}`.execute(
      server.database.db,
    );
    expect(await listed(world.primaryCare)).toEqual(idsOf('held', 'followUpMeeting'));
    expect(await listed(world.primaryCare, 'dueWithinDays=14')).toEqual([]);
    expect(await listed(world.convener, 'dueWithinDays=14')).toContain(cases.meetingSoon!.id);
    await world.convener.post(`/api/sips/${cases.held!.id}/consent/withdraw`, { note: 'Vill inte längre.' });
    expect(await listed(world.primaryCare)).toEqual(idsOf('followUpMeeting'));
    expect(await listed(world.schoolStaff)).toEqual(idsOf('followUpMeeting'));
  });

  it('shows a stranger unit nothing, whatever the filter', async () => {
    for (const query of [
      '',
      'phase=plan_established',
      'part=convener',
      'dueWithinDays=365',
      `caseNumber=${cases.held!.caseNumber}`,
    ]) {
      const page = await world.stranger.get<SipListPage>(`/api/sips?${query}`);
      expect(page.body).toEqual({ items: [], total: 0, nextCursor: null });
    }
  });

  it('logs each page that shows cases as one access, and an empty one not at all', async () => {
    const { db } = server.database;
    const logged = async (userId: string) =>
      (
        await db
          .selectFrom('accessLog')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('userId', '=', userId)
          .where('action', '=', 'list_cases')
          .executeTakeFirstOrThrow()
      ).n;
    const me = async (client: ApiClient) => (await client.get<{ id: string }>('/api/me')).body.id;
    const convener = await me(world.convener);
    const before = Number(await logged(convener));
    const pages = await allSipListPages(world.convener, 'limit=3');
    expect(Number(await logged(convener)) - before).toBe(pages.length);
    const stranger = await me(world.stranger);
    await world.stranger.get('/api/sips');
    expect(Number(await logged(stranger))).toBe(0);
  });

  it('starts with the first page of cases and the follow-ups due, counted over every case', async () => {
    const start = await world.convener.get<StartResponse>('/api/start');
    expect(start.body.sips.total).toBe(Object.keys(cases).length);
    expect(start.body.sips.items).toHaveLength(Object.keys(cases).length);
    expect(start.body.followUpsDue).toEqual({
      items: [
        expect.objectContaining({ sipId: cases.overdue!.id, followUpOn: isoDay(-3), overdue: true }),
        expect.objectContaining({ sipId: cases.upcoming!.id, followUpOn: isoDay(10), overdue: false }),
      ],
      more: false,
    });
    // Many more overdue plans than the start page shows: the oldest first, and word that there are more.
    const { db } = server.database;
    await sql`
      INSERT INTO sips (id, case_number, person_id, convening_unit_id, created_by, phase, initiator_type,
                        target_group, need_description, next_follow_up_on, updated_at)
      SELECT gen_random_uuid(), 'SIP-1998-' || lpad(n::text, 5, '0'), person_id, convening_unit_id, created_by,
             'plan_established', initiator_type, target_group, need_description, ${isoDay(-30)}::date + n,
             '1998-01-01'::timestamptz
      FROM sips, generate_series(1, 25) AS n WHERE sips.id = ${cases.overdue!.id}`.execute(db);
    await sql`
      INSERT INTO sip_participants (sip_id, unit_id, part)
      SELECT id, convening_unit_id, 'convener' FROM sips WHERE case_number LIKE 'SIP-1998-%'`.execute(db);
    const busy = await world.convener.get<StartResponse>('/api/start');
    expect(busy.body.followUpsDue.items).toHaveLength(20);
    expect(busy.body.followUpsDue.items[0]?.followUpOn).toBe(isoDay(-29));
    expect(busy.body.followUpsDue.more).toBe(true);
    const many = Object.keys(cases).length + 25;
    expect(busy.body.sips.items).toHaveLength(many);
    expect(busy.body.sips.total).toBe(many);
    const stranger = await world.stranger.get<StartResponse>('/api/start');
    expect(stranger.body.sips).toEqual({ items: [], total: 0, nextCursor: null });
    expect(stranger.body.followUpsDue).toEqual({ items: [], more: false });
  });
});
