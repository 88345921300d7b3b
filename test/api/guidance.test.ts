import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCounty } from '../../src/db/seed/seedDemo.js';
import type { Problem } from '../../src/server/problem.js';
import { seedDemoRoutineTexts } from '../../src/server/seed/demoRoutineTexts.js';
import type {
  GuidanceResponse,
  RoutineTextVersion,
  RoutineTextVersionsResponse,
} from '../../src/shared/api/guidance.js';
import { guidanceSteps, routineTextMaxLength } from '../../src/shared/guidance.js';
import type { Role } from '../../src/shared/api/vocabulary.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser, type TestOrganisation } from '../support/factories.js';
import { createTestDatabase, testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('guidance in the tool on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let admin: ApiClient;
  let staff: ApiClient;

  const signIn = async (role: Role) =>
    (await signedInUser(server.database.db, server.client(), [region.units.office!], role)).client;
  const storedVersions = (step: string) =>
    server.database.db
      .selectFrom('routineTextVersions')
      .select(['version', 'markdown'])
      .where('step', '=', step as 'need')
      .orderBy('version')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    region = await createOrganisation(server.database.db, 'region', ['office']);
    admin = await signIn('system_admin');
    staff = await signIn('staff');
  });
  afterAll(() => server.close());

  it("gives every signed-in user each step's law text, in the process's order, and no routine text yet", async () => {
    const read = await staff.get<GuidanceResponse>('/api/guidance');
    expect(read.status).toBe(200);
    expect(read.body.mayEdit).toBe(false);
    expect(read.body.steps.map((step) => step.step)).toEqual([...guidanceSteps]);
    for (const step of read.body.steps) {
      expect(step.routine, step.step).toBeNull();
      expect(step.law.excerpts.length, step.step).toBeGreaterThan(0);
      expect(step.law.summary.sv.length, step.step).toBeGreaterThan(40);
      expect(step.law.summary.en.length, step.step).toBeGreaterThan(40);
    }
    const plan = read.body.steps.find((step) => step.step === 'plan')!;
    expect(plan.law.excerpts.map((excerpt) => `${excerpt.statute} ${excerpt.reference}`)).toEqual([
      'Hälso- och sjukvårdslag (2017:30) 16 kap. 4 § tredje stycket',
      'Socialtjänstlag (2001:453) 2 kap. 7 § tredje stycket',
    ]);
    expect(plan.law.excerpts[0]!.paragraphs[0]).toContain(
      '4. vem av huvudmännen som ska ha det övergripande ansvaret för planen.',
    );
    const discharge = read.body.steps.find((step) => step.step === 'discharge')!;
    expect(discharge.law.excerpts[0]!.statute).toMatch(/^Lag \(2017:612\)/);

    expect((await admin.get<GuidanceResponse>('/api/guidance')).body.mayEdit).toBe(true);
    expect((await server.client().get('/api/guidance')).status).toBe(401);
  });

  it('lets only the system administrator change a routine text, and changes nothing when it refuses', async () => {
    for (const role of ['staff', 'unit_manager', 'organisation_admin', 'county_coordinator'] as const) {
      const client = await signIn(role);
      const refused = await client.put<Problem>('/api/guidance/consent', {
        markdown: '# Min egen rutin',
        baseVersion: 0,
      });
      expect(refused.status, role).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.messages.sv).toMatch(/systemadministratören/);
      expect(refused.body.messages.en).toMatch(/system administrator/);
    }
    expect(
      (await server.client().put('/api/guidance/consent', { markdown: 'x', baseVersion: 0 })).status,
    ).toBe(401);
    expect(await storedVersions('consent')).toEqual([]);
  });

  it('saves each edit as a new version with who and when, for every reader, and keeps the history', async () => {
    const first = await admin.put<RoutineTextVersion>('/api/guidance/need', {
      markdown: '## När\n\nErbjud SIP när [rutinen](https://example.se/sip) säger det.',
      baseVersion: 0,
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    expect(first.body.writtenByName).toMatch(/^Test User/);
    expect(Date.now() - Date.parse(first.body.writtenAt)).toBeLessThan(60_000);

    const second = await admin.put<RoutineTextVersion>('/api/guidance/need', {
      markdown: '## När\n\nErbjud SIP utan dröjsmål.',
      baseVersion: 1,
    });
    expect(second.body.version).toBe(2);

    const read = await staff.get<GuidanceResponse>('/api/guidance');
    const need = read.body.steps.find((step) => step.step === 'need')!;
    expect(need.routine).toEqual(second.body);
    expect(read.body.steps.find((step) => step.step === 'consent')!.routine).toBeNull();

    const history = await staff.get<RoutineTextVersionsResponse>('/api/guidance/need/versions');
    expect(history.status).toBe(200);
    expect(history.body.step).toBe('need');
    expect(history.body.versions.map((version) => [version.version, version.markdown])).toEqual([
      [2, '## När\n\nErbjud SIP utan dröjsmål.'],
      [1, '## När\n\nErbjud SIP när [rutinen](https://example.se/sip) säger det.'],
    ]);

    // The same text again is no change: no version is made.
    const again = await admin.put<RoutineTextVersion>('/api/guidance/need', {
      markdown: '## När\n\nErbjud SIP utan dröjsmål.',
      baseVersion: 2,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(second.body);
    // Removing the text is an edit like any other.
    const emptied = await admin.put<RoutineTextVersion>('/api/guidance/need', {
      markdown: '',
      baseVersion: 2,
    });
    expect(emptied.body).toMatchObject({ version: 3, markdown: '' });
    expect((await storedVersions('need')).map((version) => version.version)).toEqual([1, 2, 3]);
  });

  it('refuses an edit from a version that is no longer current (409) with the text as it now reads', async () => {
    const saved = await admin.put<RoutineTextVersion>('/api/guidance/plan', {
      markdown: 'Planen skrivs på mötet.',
      baseVersion: 0,
    });
    const otherAdmin = await signIn('system_admin');
    for (const baseVersion of [0, 2]) {
      const stale = await otherAdmin.put<Problem & { current: RoutineTextVersion }>('/api/guidance/plan', {
        markdown: 'Planen skrivs efteråt.',
        baseVersion,
      });
      expect(stale.status, String(baseVersion)).toBe(409);
      expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(stale.body.code).toBe('routine_text_changed');
      expect(stale.body.messages.sv).toMatch(/Någon annan har ändrat rutintexten/);
      expect(stale.body.messages.en).toMatch(/Someone else has changed the routine text/);
      expect(stale.body.current).toEqual(saved.body);
    }
    expect((await storedVersions('plan')).map((version) => version.markdown)).toEqual([
      'Planen skrivs på mötet.',
    ]);

    // Two saves from the same version at once: one is the next version, the other is told to look again.
    const both = await Promise.all(
      ['Första ändringen.', 'Andra ändringen.'].map((markdown, index) =>
        (index === 0 ? admin : otherAdmin).put<RoutineTextVersion | Problem>('/api/guidance/plan', {
          markdown,
          baseVersion: 1,
        }),
      ),
    );
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const kept = both.find((answer) => answer.status === 200)!.body as RoutineTextVersion;
    const refused = both.find((answer) => answer.status === 409)!.body as Problem;
    expect(kept.version).toBe(2);
    expect(refused.current).toEqual(kept);
    expect(await storedVersions('plan')).toHaveLength(2);
  });

  it('refuses an unknown step, an oversized text and wrong types with 400, naming the field', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/guidance/invitation', { markdown: 'x', baseVersion: 0 }, 'params.step'],
      [
        '/api/guidance/closing',
        { markdown: 'x'.repeat(routineTextMaxLength + 1), baseVersion: 0 },
        'body.markdown',
      ],
      ['/api/guidance/closing', { markdown: 5, baseVersion: 0 }, 'body.markdown'],
      ['/api/guidance/closing', { markdown: 'x' }, 'body.baseVersion'],
      ['/api/guidance/closing', { markdown: 'x', baseVersion: '0' }, 'body.baseVersion'],
      ['/api/guidance/closing', { markdown: 'x', baseVersion: -1 }, 'body.baseVersion'],
      ['/api/guidance/closing', { markdown: 'x', baseVersion: 0.5 }, 'body.baseVersion'],
      ['/api/guidance/closing', { markdown: 'x', baseVersion: 0, author: 'someone' }, 'body.author'],
    ];
    for (const [path, body, field] of cases) {
      const refused = await admin.put<Problem>(path, body);
      expect(refused.status, field).toBe(400);
      expect(
        refused.body.errors?.map((error) => error.field),
        field,
      ).toEqual([field]);
      expect(refused.body.messages.sv).toMatch(/Begäran innehåller fel/);
    }
    const unknownHistory = await staff.get<Problem>('/api/guidance/invitation/versions');
    expect(unknownHistory.status).toBe(400);
    expect(unknownHistory.body.errors?.map((error) => error.field)).toEqual(['params.step']);

    // The longest text allowed is saved whole.
    const longest = 'å'.repeat(routineTextMaxLength);
    const saved = await admin.put<RoutineTextVersion>('/api/guidance/closing', {
      markdown: longest,
      baseVersion: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.markdown).toBe(longest);
  });

  it('shows a new user the first-time guide until they close it, and remembers when they did', async () => {
    const { client, user } = await signedInUser(
      server.database.db,
      server.client(),
      [region.units.office!],
      'staff',
    );
    expect((await client.get<{ showFirstGuide: boolean }>('/api/me')).body.showFirstGuide).toBe(true);

    // A state change like any other: without the session's CSRF token it is refused.
    const forged = await client.request<Problem>(
      'POST',
      '/api/me/first-guide',
      {},
      { 'x-csrf-token': 'forged' },
    );
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf_token_invalid');
    expect((await server.client().post('/api/me/first-guide')).status).toBe(401);

    expect((await client.post('/api/me/first-guide')).status).toBe(204);
    expect((await client.get<{ showFirstGuide: boolean }>('/api/me')).body.showFirstGuide).toBe(false);
    const closedAt = async () =>
      (
        await server.database.db
          .selectFrom('users')
          .select('firstGuideDoneAt')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).firstGuideDoneAt;
    const first = await closedAt();
    expect(first).toBeInstanceOf(Date);
    expect((await client.post('/api/me/first-guide')).status).toBe(204);
    expect(await closedAt()).toEqual(first);
    // Only this user: the others still see it.
    expect((await staff.get<{ showFirstGuide: boolean }>('/api/me')).body.showFirstGuide).toBe(true);
  });
});

describe.each(testDatabaseKinds())("the demo county's routine texts on %s", (kind) => {
  it('has a routine text in Markdown for every step, written by its system administrator', async () => {
    const testDatabase = await createTestDatabase(kind);
    try {
      const db = testDatabase.database.db;
      const county = await seedDemoCounty(db);
      await seedDemoRoutineTexts(db, county!);
      const rows = await db
        .selectFrom('routineTextVersions')
        .innerJoin('users', 'users.id', 'routineTextVersions.writtenBy')
        .select(['step', 'version', 'markdown', 'users.username'])
        .execute();
      expect(rows.map((row) => row.step).sort()).toEqual([...guidanceSteps].sort());
      for (const row of rows) {
        expect(row.version, row.step).toBe(1);
        expect(row.username, row.step).toBe('admin');
        expect(row.markdown, row.step).toMatch(/^## /);
        expect(row.markdown, row.step).toMatch(/^(- |1\. )/m);
        expect(row.markdown.length, row.step).toBeLessThanOrEqual(routineTextMaxLength);
      }
      const links = rows.flatMap((row) => [...row.markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!));
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) expect(link).toMatch(/^(https:\/\/|\/)/);
    } finally {
      await testDatabase.drop();
    }
  });
});
