import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Every write on a case takes the case's lock first, the invited unit's answers too: two writes on one case run
 * one after the other, the later seeing what the earlier wrote, and the loser is told why with a 409, never a 500.
 */
describe.each(testDatabaseKinds())('writes on one case under its lock on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  /** A SIP whose meeting has invited primary care, and primary care's invitation to it. */
  async function invitedCase(): Promise<{ path: string; invitationId: string }> {
    const created = await world.convener.post<SipDetail>('/api/sips', newSipBody());
    const path = `/api/sips/${created.body.id}`;
    expect((await world.convener.post(`${path}/consent`, consentFor(world))).status).toBe(200);
    const invited = await world.convener.post<SipDetail>(`${path}/meetings`, meetingFor(world));
    expect(invited.status).toBe(200);
    const invitation = invited.body.invitations.find((i) => i.unitId === world.region.units.vc);
    return { path, invitationId: invitation!.id };
  }

  const invitationIn = async (path: string, invitationId: string) =>
    (await world.convener.get<SipDetail>(path)).body.invitations.find((i) => i.id === invitationId)!;

  it('lets one of two answers given at once win, and refuses the other with 409', async () => {
    const { path, invitationId } = await invitedCase();
    const [accepted, declined] = await Promise.all([
      world.primaryCare.post<Problem>(`/api/invitations/${invitationId}/accept`, { attendees: 'Anna Lind' }),
      world.primaryCareColleague.post<Problem>(`/api/invitations/${invitationId}/decline`, {
        reason: 'Ingen kan komma.',
      }),
    ]);
    expect([accepted.status, declined.status].sort()).toEqual([200, 409]);
    const loser = accepted.status === 409 ? accepted : declined;
    expect(loser.body.code).toBe('invitation_already_answered');
    const winner = accepted.status === 200 ? 'accepted' : 'declined';
    expect((await invitationIn(path, invitationId)).status).toBe(winner);
    const answers = (await world.convener.get<SipDetail>(path)).body.events.filter((event) =>
      ['invitationAccepted', 'invitationDeclined'].includes(event.type),
    );
    expect(answers).toHaveLength(1);
  });

  it('ends an answer racing the meeting’s cancellation either answered before it or refused after it', async () => {
    for (let round = 0; round < 4; round++) {
      const { path, invitationId } = await invitedCase();
      const [answer, cancel] = await Promise.all([
        world.primaryCare.post<Problem>(`/api/invitations/${invitationId}/accept`, {
          attendees: 'Anna Lind',
        }),
        world.convener.post<SipDetail>(`${path}/meeting/cancel`, { reason: 'Personen är sjuk.' }),
      ]);
      expect(cancel.status).toBe(200);
      const invitation = await invitationIn(path, invitationId);
      if (answer.status === 200) {
        expect(invitation.status).toBe('accepted');
        // Answered while the meeting was still ahead: before it was cancelled, not after.
        const times = await server.database.db
          .selectFrom('invitations')
          .innerJoin('meetings', 'meetings.id', 'invitations.meetingId')
          .select(['invitations.answeredAt', 'meetings.cancelledAt'])
          .where('invitations.id', '=', invitationId)
          .executeTakeFirstOrThrow();
        expect(times.answeredAt!.getTime()).toBeLessThanOrEqual(times.cancelledAt!.getTime());
      } else {
        expect(answer.status).toBe(409);
        expect(answer.body.code).toBe('invitation_no_longer_open');
        expect(invitation.status).toBe('sent');
      }
    }
  });

  // Only a server has a second connection to hold the lock from while the answer waits for it.
  it.runIf(kind === 'postgresql')(
    'makes an answer wait for the case’s lock, and see the cancellation made while it waited',
    async () => {
      const { path, invitationId } = await invitedCase();
      const sipId = path.split('/').at(-1)!;
      let settled = false;
      // Handed out in an object: returned bare, the transaction would wait for the answer that waits for it.
      const { waiting } = await server.database.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 FROM sips WHERE id = ${sipId} FOR UPDATE`.execute(trx);
        const waiting = world.primaryCare
          .post<Problem>(`/api/invitations/${invitationId}/accept`, { attendees: 'Anna Lind' })
          .finally(() => (settled = true));
        await sleep(300);
        expect(settled).toBe(false);
        await sql`UPDATE meetings SET status = 'cancelled' WHERE sip_id = ${sipId}`.execute(trx);
        return { waiting };
      });
      const answered = await waiting;
      expect(answered.status).toBe(409);
      expect(answered.body.code).toBe('invitation_no_longer_open');
      expect((await invitationIn(path, invitationId)).status).toBe('sent');
    },
  );
});
