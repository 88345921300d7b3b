import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logPersonAccess } from '../../src/server/audit/logPersonAccess.js';
import type { AccessLogEntry, AccessLogResponse } from '../../src/shared/api/accessLog.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { appendAt, createIdentity } from '../support/accessLogFixture.js';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import {
  createProcessWorld,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const secret = { givenName: 'Hemlig', familyName: 'Hemligsson', idNumber: '19380624-9235' };

describe.each(testDatabaseKinds())('people signed in with e-ID in the access-log review on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  /** Manager of the convening unit: reviews every entry about the SIPs it convenes. */
  let ifoManager: ApiClient;
  let caseA: string;
  let caseProtected: string;
  let guardianId: string;
  let protectedSelfId: string;

  async function review(query: string) {
    const response = await ifoManager.get<AccessLogResponse>(`/api/access-log?pageSize=200${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }
  const byEId = (entries: AccessLogEntry[]) => entries.filter((entry) => entry.actorKind === 'e_id');

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    ifoManager = (await signedInUser(db, server.client(), [world.municipality.units.ifo!], 'unit_manager'))
      .client;

    const sipA = await sipWithMeetingHeld(world);
    const detailA = (await world.convener.get<SipDetail>(`/api/sips/${sipA.id}`)).body;
    caseA = detailA.caseNumber;
    guardianId = await createIdentity(db, 'Greta Gustafsson');
    // A guardian reads the plan late on a Saturday evening: nothing unusual for someone who is not staff.
    await appendAt(db, new Date('2026-05-16T23:30:00+02:00'), {
      actorKind: 'e_id',
      userId: guardianId,
      unitId: null,
      role: 'guardian',
      action: 'person:readPlan',
      personId: detailA.person.id,
      sipId: sipA.id,
      clientAddress: '198.51.100.7',
    });

    // The person with a protected identity opens their own SIP: their name from the e-ID must not show either.
    const body = newSipBody(secret.idNumber);
    const created = await world.convener.post<SipDetail>('/api/sips', {
      ...body,
      person: { ...body.person, ...secret, protectedIdentity: true },
    });
    caseProtected = created.body.caseNumber;
    protectedSelfId = await createIdentity(db, 'Hemlig Hemligsson');
    await logPersonAccess(
      db,
      { identityId: protectedSelfId, relation: 'individual', clientAddress: '198.51.100.8' },
      'person:seeCase',
      { sipId: created.body.id, personId: created.body.person.id },
    );
  });
  afterAll(() => server.close());

  it('shows the e-ID actor by the name their e-ID gave and their relation, with no unit and no flag', async () => {
    const { entries, summary } = await review(`&caseNumber=${caseA}`);
    expect(byEId(entries)).toEqual([
      expect.objectContaining({
        actorKind: 'e_id',
        user: { id: guardianId, name: 'Greta Gustafsson', username: '' },
        unit: null,
        role: 'guardian',
        action: 'person:readPlan',
        clientAddress: '198.51.100.7',
        unusual: [],
      }),
    ]);
    // Staff entries stay as they were.
    expect(entries.filter((entry) => entry.actorKind === 'staff').length).toBeGreaterThan(0);
    // Only staff entries count as outside working hours (the test's own run after 18:00 makes some); the
    // guardian's Saturday night does not.
    expect(summary.outsideWorkingHours).toBe(
      entries.filter(
        (entry) => entry.actorKind === 'staff' && entry.unusual.includes('outside_working_hours'),
      ).length,
    );
    // Filtered by action; a filter by user is a staff user's and finds no e-ID actor.
    expect(byEId((await review(`&action=person:readPlan`)).entries)).toHaveLength(1);
    expect((await review(`&user=${guardianId}`)).entries).toEqual([]);
  });

  it('masks the name of an e-ID actor in an entry about a protected identity', async () => {
    const { entries } = await review(`&caseNumber=${caseProtected}`);
    const [seen] = byEId(entries);
    expect(seen).toMatchObject({
      user: { id: protectedSelfId, name: 'Skyddad identitet' },
      role: 'individual',
    });
    expect(JSON.stringify(entries)).not.toContain('Hemlig');
  });

  it('exports the e-ID actor with the relation in words', async () => {
    const csv = await ifoManager.requestText('GET', `/api/access-log/export.csv?caseNumber=${caseA}`);
    expect(csv.status).toBe(200);
    const rows: string[][] = parseCsv(csv.text.slice(1));
    const byGuardian = rows.filter((row) => row[5] === 'person:readPlan');
    expect(byGuardian.map((row) => row.slice(1, 6))).toEqual([
      ['Greta Gustafsson', '', '', 'Vårdnadshavare', 'person:readPlan'],
    ]);
  });
});
