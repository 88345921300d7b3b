import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { personStandings } from '../../src/server/data/personRelations.js';
import type { Problem } from '../../src/server/problem.js';
import type { GuardianView, SipDetail } from '../../src/shared/api/responses.js';
import { luhn } from '../support/luhn.js';
import {
  adultIdNumber,
  consentFor,
  createProcessWorld,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { snapshotCaseData } from '../support/snapshot.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A valid personnummer for someone born `yearsAgo` years ago today (less a day), with a serial of three digits. */
function idNumberAged(yearsAgo: number, serial: string): string {
  const today = stockholmDate();
  const year = String(Number(today.slice(0, 4)) - yearsAgo);
  const born = `${year}${today.slice(5, 7)}${today.slice(8, 10) === '29' && today.slice(5, 7) === '02' ? '28' : today.slice(8, 10)}`;
  return `${born}-${serial}${luhn(born.slice(2) + serial)}`;
}

const twelve = (idNumber: string) => idNumber.replace('-', '');

describe.each(testDatabaseKinds())(
  'guardians, a child’s own sign-in and the contact for notices on %s',
  (kind) => {
    let server: TestServer;
    let world: ProcessWorld;
    const mother = idNumberAged(40, '382');
    const father = idNumberAged(42, '417');
    const grandmother = idNumberAged(68, '246');

    beforeAll(async () => {
      server = await startTestServer(kind);
      world = await createProcessWorld(server.database.db, () => server.client());
    });
    afterAll(() => server.close());

    /** A case for a person `age` years old, with consent given and the region's primary care taking part. */
    async function caseFor(age: number, serial: string, protectedIdentity = false): Promise<string> {
      const body = newSipBody(idNumberAged(age, serial));
      const created = await world.convener.post<SipDetail>('/api/sips', {
        ...body,
        person: { ...body.person, protectedIdentity },
      });
      expect(created.status).toBe(201);
      const consent = await world.convener.post(`/api/sips/${created.body.id}/consent`, {
        ...consentFor(world),
        ...(age < 18
          ? {
              givenByRelation: 'guardian',
              guardians: [{ name: 'Sara Testsson' }],
              childView: 'Vill vara med.',
            }
          : {}),
      });
      expect(consent.status).toBe(200);
      return created.body.id;
    }

    /** Refused with this status and code, in both languages, with no case data and no guardian changed. */
    async function expectRefused(
      send: () => Promise<{ status: number; body: unknown }>,
      status: number,
      code: string,
    ): Promise<Problem> {
      const guardiansBefore = await server.database.db
        .selectFrom('caseGuardians')
        .selectAll()
        .orderBy('id')
        .execute();
      const before = await snapshotCaseData(server.database.db);
      const response = await send();
      const problem = response.body as Problem;
      expect({ status: response.status, code: problem.code }).toEqual({ status, code });
      expect(problem.messages.sv.length).toBeGreaterThan(0);
      expect(problem.messages.en.length).toBeGreaterThan(0);
      expect(problem.messages.sv).not.toBe(problem.messages.en);
      expect(await snapshotCaseData(server.database.db)).toEqual(before);
      expect(
        await server.database.db.selectFrom('caseGuardians').selectAll().orderBy('id').execute(),
      ).toEqual(guardiansBefore);
      return problem;
    }

    const logged = (sipId: string, action: string) =>
      server.database.db
        .selectFrom('accessLog')
        .select(['action', 'personId'])
        .where('sipId', '=', sipId)
        .where('action', '=', action)
        .execute();

    it('records both guardians of a child, in the case, its history and the access log, the number as twelve digits', async () => {
      const sipId = await caseFor(10, '123');
      const first = await world.convener.post<SipDetail>(`/api/sips/${sipId}/guardians`, {
        name: 'Sara Testsson',
        idNumber: twelve(mother),
        email: 'sara@example.se',
        mobile: '070-123 45 67',
      });
      expect(first.status).toBe(200);
      expect(first.body.guardians).toEqual([
        expect.objectContaining({
          name: 'Sara Testsson',
          idNumber: mother,
          email: 'sara@example.se',
          mobile: '+46701234567',
        }),
      ]);
      // Written with a hyphen and without century: the same person, stored as twelve digits.
      const second = await world.convener.post<SipDetail>(`/api/sips/${sipId}/guardians`, {
        name: 'Jon Testsson',
        idNumber: father.slice(2),
      });
      expect(second.status).toBe(200);
      expect(second.body.guardians.map((guardian) => guardian.name)).toEqual([
        'Sara Testsson',
        'Jon Testsson',
      ]);
      const stored = await server.database.db
        .selectFrom('caseGuardians')
        .select('idNumber')
        .where('sipId', '=', sipId)
        .orderBy('recordedAt')
        .execute();
      expect(stored.map((row) => row.idNumber)).toEqual([twelve(mother), twelve(father)]);
      expect(second.body.events.filter((event) => event.type === 'recordGuardian')).toHaveLength(2);
      expect(await logged(sipId, 'write:recordGuardian')).toHaveLength(2);
      // The history keeps no identity number.
      const { rows } = await sql<{
        data: string;
      }>`SELECT data::text FROM sip_events WHERE sip_id = ${sipId}`.execute(server.database.db);
      expect(rows.map((row) => row.data).join()).not.toContain(twelve(mother));

      // Recorded, the guardian relates to the case on the individual's side; the grandmother does not.
      const standing = (idNumber: string) =>
        personStandings(
          server.database.db,
          { identityId: '00000000-0000-7000-8000-000000000000', idNumber: twelve(idNumber) },
          { today: stockholmDate(), sipId },
        );
      expect((await standing(mother)).map((s) => s.relation)).toEqual(['guardian']);
      expect(await standing(grandmother)).toEqual([]);

      // The list reads the same, and is logged as a read.
      const list = await world.convener.get<GuardianView[]>(`/api/sips/${sipId}/guardians`);
      expect(list.body.map((guardian) => guardian.idNumber)).toEqual([mother, father]);
      expect(await logged(sipId, 'read_guardians')).toHaveLength(1);

      // A third is refused: a child has two guardians at most.
      await expectRefused(
        () => world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Mormor', idNumber: grandmother }),
        422,
        'two_guardians_at_most',
      );
      // Removing one makes room; the removed guardian no longer relates to the case.
      const removed = await world.convener.post<SipDetail>(
        `/api/sips/${sipId}/guardians/${first.body.guardians[0]!.id}/remove`,
        {},
      );
      expect(removed.status).toBe(200);
      expect(removed.body.guardians.map((guardian) => guardian.name)).toEqual(['Jon Testsson']);
      expect(removed.body.events.some((event) => event.type === 'removeGuardian')).toBe(true);
      expect(await standing(mother)).toEqual([]);
      await expectRefused(
        () => world.convener.post(`/api/sips/${sipId}/guardians/${first.body.guardians[0]!.id}/remove`, {}),
        422,
        'guardian_missing',
      );
      // Recorded again, she is a guardian again.
      const again = await world.convener.post(`/api/sips/${sipId}/guardians`, {
        name: 'Sara',
        idNumber: mother,
      });
      expect(again.status).toBe(200);
    });

    it('refuses a wrong identity number, the same guardian twice, the child itself and an adult’s case', async () => {
      const sipId = await caseFor(9, '234');
      const wrong = await expectRefused(
        () =>
          world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Sara', idNumber: '19800101-1235' }),
        422,
        'invalid_id_number',
      );
      expect(wrong.messages.sv).toMatch(/kontrollsiffra|datum/i);
      await expectRefused(
        () =>
          world.convener.post(`/api/sips/${sipId}/guardians`, {
            name: 'Sara',
            idNumber: 'R12345',
            reserve: true,
          }),
        400,
        'invalid_request',
      );
      await expectRefused(
        () =>
          world.convener.post(`/api/sips/${sipId}/guardians`, {
            name: 'Sara',
            idNumber: mother,
            mobile: '08-123 456 78',
          }),
        400,
        'invalid_request',
      );
      expect(
        (await world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Sara', idNumber: mother }))
          .status,
      ).toBe(200);
      await expectRefused(
        () => world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Sara igen', idNumber: mother }),
        409,
        'guardian_already_recorded',
      );
      const child = (await world.convener.get<SipDetail>(`/api/sips/${sipId}`)).body.person.idNumber;
      await expectRefused(
        () => world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Barnet', idNumber: child }),
        422,
        'guardian_is_the_child',
      );
      const adultCase = await caseFor(30, '345');
      await expectRefused(
        () => world.convener.post(`/api/sips/${adultCase}/guardians`, { name: 'Sara', idNumber: mother }),
        422,
        'guardians_only_for_child',
      );
    });

    it('lets only the convener record guardians; another unit is refused and a stranger learns nothing', async () => {
      const sipId = await caseFor(8, '456');
      const invited = await world.convener.post(`/api/sips/${sipId}/meetings`, {
        startsAt: new Date(Date.now() + 7 * 864e5).toISOString(),
        endsAt: new Date(Date.now() + 7 * 864e5 + 36e5).toISOString(),
        form: 'in_person',
        place: 'Skolan',
        unitIds: [world.region.units.vc],
        message: '',
      });
      expect(invited.status).toBe(200);
      // The page offers what the server lets each unit change.
      expect((await world.convener.get<SipDetail>(`/api/sips/${sipId}`)).body.allowedChanges).toEqual(
        expect.arrayContaining([
          'recordGuardian',
          'removeGuardian',
          'decideChildSignIn',
          'recordPersonContact',
        ]),
      );
      expect((await world.primaryCare.get<SipDetail>(`/api/sips/${sipId}`)).body.allowedChanges).toEqual([]);
      expect(
        (await world.primaryCare.post(`/api/sips/${sipId}/guardians`, { name: 'Sara', idNumber: mother }))
          .status,
      ).toBe(403);
      await expectRefused(
        () => world.stranger.post(`/api/sips/${sipId}/guardians`, { name: 'Sara', idNumber: mother }),
        404,
        'not_found',
      );
      expect((await world.stranger.get(`/api/sips/${sipId}/guardians`)).status).toBe(404);
      expect((await world.stranger.post(`/api/sips/${sipId}/child-sign-in`, { allowed: false })).status).toBe(
        404,
      );
      expect(
        (await world.stranger.put(`/api/sips/${sipId}/person/contact`, { email: '', mobile: '' })).status,
      ).toBe(404);
    });

    it('withholds the guardians’ names and contact, as the child’s, when the child’s identity is protected', async () => {
      const sipId = await caseFor(11, '567', true);
      const recorded = await world.convener.post<SipDetail>(`/api/sips/${sipId}/guardians`, {
        name: 'Sara Hemlig',
        idNumber: mother,
        email: 'sara@example.se',
        mobile: '+46 73 555 12 34',
      });
      expect(recorded.status).toBe(200);
      const list = await world.convener.get<GuardianView[]>(`/api/sips/${sipId}/guardians`);
      for (const shown of [recorded.body.guardians, list.body]) {
        expect(JSON.stringify(shown)).not.toContain('Hemlig');
        expect(shown[0]).toMatchObject({ email: '', mobile: '' });
      }
      const stored = await server.database.db
        .selectFrom('caseGuardians')
        .select(['name', 'mobile'])
        .where('sipId', '=', sipId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ name: 'Sara Hemlig', mobile: '+46735551234' });
    });

    it('gives a child their own sign-in only from the county’s age, never to an adult, and takes it back', async () => {
      const young = await caseFor(10, '678');
      const problem = await expectRefused(
        () => world.convener.post(`/api/sips/${young}/child-sign-in`, { allowed: true }),
        422,
        'child_too_young',
      );
      expect(problem.messages.sv).toContain('12');
      const older = await caseFor(13, '789');
      const child = twelve((await world.convener.get<SipDetail>(`/api/sips/${older}`)).body.person.idNumber);
      const standing = () =>
        personStandings(
          server.database.db,
          { identityId: '00000000-0000-7000-8000-000000000001', idNumber: child },
          { today: stockholmDate(), sipId: older },
        );
      expect(await standing()).toEqual([]);
      const allowed = await world.convener.post<SipDetail>(`/api/sips/${older}/child-sign-in`, {
        allowed: true,
      });
      expect(allowed.status).toBe(200);
      expect(allowed.body.childSignIn).toEqual({ allowed: true, fromAge: 12, mayBeAllowed: true });
      expect(allowed.body.events.some((event) => event.type === 'decideChildSignIn')).toBe(true);
      expect(await logged(older, 'write:decideChildSignIn')).toHaveLength(1);
      expect((await standing()).map((s) => s.relation)).toEqual(['child']);
      // The county lowers the age: the ten-year-old may now be given one.
      await server.database.db.updateTable('countySettings').set({ childSignInAge: 10 }).execute();
      try {
        expect(
          (await world.convener.post(`/api/sips/${young}/child-sign-in`, { allowed: true })).status,
        ).toBe(200);
      } finally {
        await server.database.db.updateTable('countySettings').set({ childSignInAge: 12 }).execute();
      }
      const takenBack = await world.convener.post<SipDetail>(`/api/sips/${older}/child-sign-in`, {
        allowed: false,
      });
      expect(takenBack.body.childSignIn.allowed).toBe(false);
      expect(await standing()).toEqual([]);
      const adult = await caseFor(25, '890');
      await expectRefused(
        () => world.convener.post(`/api/sips/${adult}/child-sign-in`, { allowed: true }),
        422,
        'not_a_child',
      );
      await expectRefused(
        () => world.convener.post(`/api/sips/${adult}/child-sign-in`, { allowed: 'yes' }),
        400,
        'invalid_request',
      );
    });

    it('records where the individual’s notices go, the mobile number as a Swedish one, and refuses others', async () => {
      const created = await world.convener.post<SipDetail>('/api/sips', newSipBody(adultIdNumber));
      const sipId = created.body.id;
      const saved = await world.convener.put<SipDetail>(`/api/sips/${sipId}/person/contact`, {
        email: 'tove@example.se',
        mobile: '0046 76-123 45 67',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.person).toMatchObject({ email: 'tove@example.se', mobile: '+46761234567' });
      expect(saved.body.events.some((event) => event.type === 'recordPersonContact')).toBe(true);
      expect(await logged(sipId, 'write:recordPersonContact')).toHaveLength(1);
      const wrongMobile = await expectRefused(
        () => world.convener.put(`/api/sips/${sipId}/person/contact`, { email: '', mobile: '08-123 456 78' }),
        400,
        'invalid_request',
      );
      expect(JSON.stringify(wrongMobile)).toContain('svenskt mobilnummer');
      expect(JSON.stringify(wrongMobile)).toContain('Swedish mobile number');
      await expectRefused(
        () =>
          world.convener.put(`/api/sips/${sipId}/person/contact`, { email: 'inte en adress', mobile: '' }),
        400,
        'invalid_request',
      );
      // Emptied, both are removed.
      const emptied = await world.convener.put<SipDetail>(`/api/sips/${sipId}/person/contact`, {
        email: '',
        mobile: '',
      });
      expect(emptied.body.person).toMatchObject({ email: '', mobile: '' });
    });

    it('changes nothing on a closed case', async () => {
      const sipId = await caseFor(7, '901');
      expect(
        (await world.convener.post(`/api/sips/${sipId}/close`, { reason: 'individual_ended', note: '' }))
          .status,
      ).toBe(200);
      await expectRefused(
        () => world.convener.post(`/api/sips/${sipId}/guardians`, { name: 'Sara', idNumber: mother }),
        409,
        'sip_closed',
      );
    });
  },
);
