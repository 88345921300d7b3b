import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../../src/shared/api/fieldNames.js';
import { encodeSipListCursor } from '../../src/shared/api/sipListCursor.js';
import type { SipListPage } from '../../src/shared/api/sipList.js';
import { createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { allSipListPages } from '../support/sipList.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Problem {
  code: string;
  messages: { sv: string; en: string };
  errors: { field: string; messages: { sv: string; en: string } }[];
}

describe.each(testDatabaseKinds())('the case list, a page at a time, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  /** The convener's cases, newest activity first, as the list must order them. */
  let ordered: string[];

  /** Sets a case's latest activity to an exact instant, microseconds included. */
  const touch = (sipId: string, instant: string) =>
    sql`UPDATE sips SET updated_at = ${instant}::timestamptz WHERE id = ${sipId}`.execute(server.database.db);

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push((await world.convener.post<{ id: string }>('/api/sips', newSipBody())).body.id);
    // Three cases changed at the same microsecond (the id decides among them), and two a microsecond apart
    // within one millisecond, which a JavaScript Date could not tell apart.
    const times = [
      '2026-03-01T10:00:00.000003Z',
      '2026-03-01T10:00:00.000002Z',
      '2026-03-01T09:00:00Z',
      '2026-03-01T09:00:00Z',
      '2026-03-01T09:00:00Z',
      '2026-02-01T08:00:00.5Z',
      '2026-01-01T08:00:00Z',
      '2025-12-31T23:59:59.999999Z',
    ];
    for (const [index, id] of ids.entries()) await touch(id, times[index]!);
    const tied = ids.slice(2, 5).sort().reverse();
    ordered = [ids[0]!, ids[1]!, ...tied, ...ids.slice(5)];
  });
  afterAll(() => server.close());

  it.each([
    [3, [3, 3, 2]],
    [7, [7, 1]],
  ])(
    'gives every case once, in order of latest activity, in pages of %i, with the total on every page',
    async (limit, sizes) => {
      const pages = await allSipListPages(world.convener, `limit=${String(limit)}`);
      expect(pages.map((page) => page.items.length)).toEqual(sizes);
      expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(ordered);
      for (const page of pages) expect(page.total).toBe(8);
      expect(pages.at(-1)?.nextCursor).toBeNull();
    },
  );

  it('pages 50 cases at a time unless asked for fewer, and at most 100', async () => {
    const { db } = server.database;
    const template = await db
      .selectFrom('sips')
      .selectAll()
      .where('id', '=', ordered[0]!)
      .executeTakeFirstOrThrow();
    // Copies of one case, written straight into the tables: what counts here is how many there are.
    await sql`
      INSERT INTO sips (id, case_number, person_id, convening_unit_id, created_by, phase, initiator_type,
                        target_group, need_description, updated_at)
      SELECT gen_random_uuid(), 'SIP-1999-' || lpad(n::text, 5, '0'), person_id, convening_unit_id, created_by,
             phase, initiator_type, target_group, need_description, '1999-01-01'::timestamptz + n * interval '1 day'
      FROM sips, generate_series(1, 95) AS n WHERE sips.id = ${template.id}`.execute(db);
    await sql`
      INSERT INTO sip_participants (sip_id, unit_id, part)
      SELECT id, convening_unit_id, 'convener' FROM sips WHERE case_number LIKE 'SIP-1999-%'`.execute(db);
    const standard = await world.convener.get<SipListPage>('/api/sips');
    expect(standard.body.items).toHaveLength(50);
    expect(standard.body.total).toBe(103);
    const most = await world.convener.get<SipListPage>(
      `/api/sips?limit=100&cursor=${standard.body.nextCursor!}`,
    );
    expect(most.body.items).toHaveLength(53);
    expect(most.body.nextCursor).toBeNull();
    const pages = await allSipListPages(world.convener, 'limit=100');
    expect(new Set(pages.flatMap((page) => page.items.map((item) => item.id))).size).toBe(103);
    await sql`DELETE FROM sip_participants WHERE sip_id IN (SELECT id FROM sips WHERE case_number LIKE 'SIP-1999-%')`.execute(
      db,
    );
    await sql`DELETE FROM sips WHERE case_number LIKE 'SIP-1999-%'`.execute(db);
  });

  it('shows no case twice and misses none when a case changes while the list is paged', async () => {
    const first = await world.convener.get<SipListPage>('/api/sips?limit=3');
    const seen = first.body.items.map((item) => item.id);
    // Two changes between the pages: one case already shown and one still to come move to the top.
    const shownEarlier = seen[1]!;
    const stillToCome = ordered[6]!;
    await touch(shownEarlier, '2026-04-01T00:00:00Z');
    await touch(stillToCome, '2026-04-01T00:00:01Z');
    const rest = await allSipListPages(world.convener, `limit=3&cursor=${first.body.nextCursor!}`);
    const later = rest.flatMap((page) => page.items.map((item) => item.id));
    const all = [...seen, ...later];
    expect(new Set(all).size).toBe(all.length);
    // The case that moved ahead of the cursor is found at the top of the list, where a new start finds it.
    expect(all.sort()).toEqual(ordered.filter((id) => id !== stillToCome).sort());
    const again = await world.convener.get<SipListPage>('/api/sips?limit=3');
    expect(again.body.items.map((item) => item.id).slice(0, 2)).toEqual([stillToCome, shownEarlier]);
  });

  it('reads a cursor only as a position: one from elsewhere starts there, still within what the unit may see', async () => {
    const position = encodeSipListCursor({
      activityMicros: String(Date.UTC(2026, 1, 15) * 1000),
      sipId: ordered[0]!,
    });
    const page = await world.convener.get<SipListPage>(`/api/sips?cursor=${position}`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    for (const item of page.body.items) expect(item.updatedAt < '2026-02-15').toBe(true);
    const stranger = await world.stranger.get<SipListPage>(`/api/sips?cursor=${position}`);
    expect(stranger.body).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it.each(['', 'phase=need_identified'])(
    'keeps the total when every case after the cursor has moved ahead of it (filter: "%s")',
    async (filter) => {
      const first = await world.convener.get<SipListPage>(`/api/sips?limit=3&${filter}`);
      const seen = new Set(first.body.items.map((item) => item.id));
      const moved = ordered.filter((id) => !seen.has(id));
      const newest = Date.parse(first.body.items[0]!.updatedAt);
      for (const [index, id] of moved.entries())
        await touch(id, new Date(newest + (index + 1) * 1000).toISOString());
      const next = await world.convener.get<SipListPage>(
        `/api/sips?limit=3&${filter}&cursor=${first.body.nextCursor!}`,
      );
      expect(next.body).toEqual({ items: [], total: 8, nextCursor: null });
    },
  );

  it.each([
    ['a cursor that is not base64', 'cursor=%25%25%25', 'querystring.cursor'],
    ['a cursor that decodes to nonsense', `cursor=${btoa('hello')}`, 'querystring.cursor'],
    ['a cursor with a bad id', `cursor=${btoa('1700000000000000.not-an-id')}`, 'querystring.cursor'],
    [
      'a cursor beyond what a time can hold',
      `cursor=${btoa('99999999999999999.018d3a4e-0000-7000-8000-000000000000')}`,
      'querystring.cursor',
    ],
    ['a page of none', 'limit=0', 'querystring.limit'],
    ['a page larger than 100', 'limit=101', 'querystring.limit'],
    ['a page size that is not a number', 'limit=many', 'querystring.limit'],
    ['an unknown phase', 'phase=preparation&phase=dreaming', 'querystring.phase.1'],
    ['an unknown target group', 'targetGroup=everyone', 'querystring.targetGroup.0'],
    ['an unknown part', 'part=owner', 'querystring.part.0'],
    ['a negative number of days', 'dueWithinDays=-1', 'querystring.dueWithinDays'],
    ['an identity number as search', 'caseNumber=19121212-1212', 'querystring.caseNumber'],
    ['a name as search', 'caseNumber=Tove', 'querystring.caseNumber'],
    ['an unknown parameter', 'sort=name', 'querystring.sort'],
  ])('refuses %s with 400, naming the field in Swedish and English', async (_, query, field) => {
    for (const language of ['sv', 'en']) {
      const refused = await world.convener.request<Problem>('GET', `/api/sips?${query}`, undefined, {
        'accept-language': language,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('invalid_request');
      expect(refused.body.errors.map((error) => error.field)).toEqual([field]);
      const [error] = refused.body.errors;
      expect(error!.messages.sv).not.toBe(error!.messages.en);
      expect(refused.body.messages.sv).toContain(`${fieldName(field).sv}: `);
      expect(refused.body.messages.sv).not.toContain(field);
    }
  });

  it('describes the query and the page in the OpenAPI document', async () => {
    const openapi = await world.convener.get<{
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    }>('/api/openapi.json');
    const names = openapi.body.paths['/api/sips']!.get.parameters.map((parameter) => parameter.name);
    expect(names.sort()).toEqual([
      'caseNumber',
      'cursor',
      'dueWithinDays',
      'limit',
      'part',
      'phase',
      'targetGroup',
    ]);
  });
});
