import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailDelivery, type MailDelivery } from '../../src/server/mail/delivery.js';
import type { GuestView } from '../../src/shared/api/guests.js';
import type { ApiClient } from '../support/apiClient.js';
import { luhn } from '../support/luhn.js';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import { signedInPerson } from '../support/personSession.js';
import { consentFor, createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const publicUrl = 'https://samplan.example.se';

/** A valid personnummer (twelve digits) born on 19`yymmdd`, told apart by `serial`. */
function idNumberOf(yymmdd: string, serial: number): string {
  const nine = `${yymmdd}${String(serial).padStart(3, '0')}`;
  return `19${nine}${luhn(nine)}`;
}

/**
 * Guests on the individual's side and by staff with the individual's consent: who may invite whom, the link's
 * single use by the named person, expiry and revocation, and the mail that carries the link and nothing else.
 */
describe.each(testDatabaseKinds())('guests the individual lets in, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let smtp: MailCatcher;
  let delivery: MailDelivery;
  let serial = 100;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    const settings = { smtpUrl: smtp.url, publicUrl, mailFrom: 'samplan@example.se' };
    server = await startTestServer(kind, settings);
    delivery = startMailDelivery(server.database.db, settings, pino({ level: 'silent' }), { pollMs: 50 });
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(async () => {
    await delivery.stop();
    await server.close();
    await smtp.close();
  });

  /** A new SIP for a new adult, with the consent given as `consent` changes it (or none at all). */
  async function newCase(consent: Record<string, unknown> | null = {}) {
    const idNumber = idNumberOf('800101', (serial += 1));
    const created = await world.convener.post<{ id: string; caseNumber: string }>(
      '/api/sips',
      newSipBody(idNumber),
    );
    expect(created.status).toBe(201);
    if (consent)
      expect(
        (
          await world.convener.post(`/api/sips/${created.body.id}/consent`, {
            ...consentFor(world),
            ...consent,
          })
        ).status,
      ).toBe(200);
    const individual = (await signedInPerson(server.database.db, server.client(), idNumber, 'Tove Testsson'))
      .client;
    return { id: created.body.id, caseNumber: created.body.caseNumber, idNumber, individual };
  }

  /** Someone else, signed in with their own e-ID. */
  async function personWithEId(idNumber = idNumberOf('700202', (serial += 1))) {
    const signedIn = await signedInPerson(server.database.db, server.client(), idNumber, 'Rut Relativ');
    return { ...signedIn, idNumber };
  }

  const relative = (idNumber: string, email: string, more: Record<string, unknown> = {}) => ({
    kind: 'relative',
    name: 'Rut Relativ',
    idNumber,
    email,
    scope: 'plan',
    ...more,
  });

  /** The token in the fragment of the link mailed to `email`. */
  async function linkMailedTo(email: string): Promise<{ token: string; text: string; raw: string }> {
    const [mail] = await smtp.waitFor((each) => each.to.includes(email));
    const text = mail!.parsed.text ?? '';
    const token = /#([A-Za-z0-9._-]+)/.exec(text)?.[1];
    if (!token) throw new Error('the mail holds no link');
    return { token, text, raw: mail!.raw };
  }

  const guestsOf = (sipId: string) =>
    server.database.db.selectFrom('guests').selectAll().where('sipId', '=', sipId).execute();

  it('lets the individual invite a relative by e-mail: a link, and nothing about the person', async () => {
    const sip = await newCase();
    const guest = await personWithEId();
    const email = `rut.${sip.id}@example.se`;
    const invited = await sip.individual.post<GuestView>(
      `/api/person/sips/${sip.id}/guests`,
      relative(guest.idNumber, email, { days: 30 }),
    );
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      kind: 'relative',
      scope: 'plan',
      status: 'invited',
      invitedBy: 'person',
    });
    expect(JSON.stringify(invited.body)).not.toContain(guest.idNumber);
    const days = (Date.parse(invited.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    const mail = await linkMailedTo(email);
    expect(mail.text).toContain(`${publicUrl}/mina/gast#${mail.token}`);
    for (const personal of [
      'Tove',
      'Testsson',
      'Rut',
      sip.idNumber,
      sip.idNumber.slice(2, 8),
      sip.caseNumber,
    ])
      expect(mail.raw).not.toContain(personal);
    // Only the token's hash is kept.
    const [row] = await guestsOf(sip.id);
    expect(row!.linkTokenHash).not.toContain(mail.token);
    expect(row!.invitedByIdentityId).not.toBeNull();

    const listed = await sip.individual.get<GuestView[]>(`/api/person/sips/${sip.id}/guests`);
    expect(listed.body.map((each) => each.name)).toEqual(['Rut Relativ']);
    expect((await world.convener.get<GuestView[]>(`/api/sips/${sip.id}/guests`)).body).toHaveLength(1);
    expect((await world.stranger.get(`/api/sips/${sip.id}/guests`)).status).toBe(404);
  });

  it('lets staff invite only with a consent in force, and records who invited', async () => {
    const sip = await newCase();
    const guest = await personWithEId();
    const invited = await world.convener.post<GuestView>(
      `/api/sips/${sip.id}/guests`,
      relative(guest.idNumber, 'trustee@example.se', { kind: 'trustee', name: 'Gode Man' }),
    );
    expect(invited.status).toBe(201);
    expect(invited.body.invitedBy).toBe('staff');
    expect((await guestsOf(sip.id))[0]!.invitedByUserId).not.toBeNull();
    expect(
      (await world.stranger.post(`/api/sips/${sip.id}/guests`, relative(guest.idNumber, 'x@example.se')))
        .status,
    ).toBe(404);

    const withoutConsent = await newCase(null);
    const refused = await world.convener.post(
      `/api/sips/${withoutConsent.id}/guests`,
      relative(guest.idNumber, 'nobody@example.se'),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('consent_not_in_force');
    expect(await guestsOf(withoutConsent.id)).toHaveLength(0);
    // On the individual's side the policy says the same.
    const own = await withoutConsent.individual.post(
      `/api/person/sips/${withoutConsent.id}/guests`,
      relative(guest.idNumber, 'nobody@example.se'),
    );
    expect(own.status).toBe(403);
    expect(await guestsOf(withoutConsent.id)).toHaveLength(0);
  });

  it('refuses a relative or trustee where the consent does not let relatives take part, not an organisation', async () => {
    const sip = await newCase({ relativesMayTakePart: false });
    const guest = await personWithEId();
    for (const kindOfGuest of ['relative', 'trustee']) {
      const refused = await sip.individual.post(
        `/api/person/sips/${sip.id}/guests`,
        relative(guest.idNumber, 'rel@example.se', { kind: kindOfGuest }),
      );
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'relatives_not_allowed' });
    }
    expect(await guestsOf(sip.id)).toHaveLength(0);
    const school = await sip.individual.post(`/api/person/sips/${sip.id}/guests`, {
      kind: 'school',
      name: 'Skolan',
      unitId: world.school.units.school,
      email: 'skolan@example.se',
      scope: 'meeting',
    });
    expect(school.status).toBe(201);
  });

  it('says clearly in both languages what is wrong with an invitation, and records nothing', async () => {
    const sip = await newCase();
    const path = `/api/person/sips/${sip.id}/guests`;
    const badNumber = await sip.individual.post<{ code: string; messages: { sv: string; en: string } }>(
      path,
      relative('19121212-1213', 'a@example.se'),
    );
    expect(badNumber.status).toBe(422);
    expect(badNumber.body.code).toBe('invalid_id_number');
    expect(badNumber.body.messages.sv).not.toBe(badNumber.body.messages.en);

    const noNumber = await sip.individual.post<{ errors: { field: string; messages: { sv: string } }[] }>(
      path,
      {
        kind: 'relative',
        name: 'Rut',
        email: 'a@example.se',
        scope: 'plan',
      },
    );
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.errors[0]!.messages.sv).toContain('personnummer');

    const unknownUnit = await sip.individual.post(path, {
      kind: 'employment_service',
      name: 'Arbetsförmedlingen',
      unitId: '01900000-0000-7000-8000-000000000000',
      email: 'af@example.se',
      scope: 'meeting',
    });
    expect(unknownUnit.status).toBe(422);
    expect(unknownUnit.body.code).toBe('unit_not_registered');

    const tooLong = await sip.individual.post(
      path,
      relative(idNumberOf('700202', 1), 'a@example.se', { days: 91 }),
    );
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.code).toBe('too_many_days');
    expect(await guestsOf(sip.id)).toHaveLength(0);
  });

  it('lets only the named person use the link, once, and revoking takes effect at once', async () => {
    const sip = await newCase();
    const guest = await personWithEId();
    const email = `named.${sip.id}@example.se`;
    const invited = await sip.individual.post<GuestView>(
      `/api/person/sips/${sip.id}/guests`,
      relative(guest.idNumber, email),
    );
    const { token } = await linkMailedTo(email);
    const redeem = (client: ApiClient) => client.post('/api/person/guest-links/redeem', { token });

    const someoneElse = await personWithEId();
    const wrong = await redeem(someoneElse.client);
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'guest_link_other_person' });
    expect(String((wrong.body as { messages: { sv: string } }).messages.sv)).toContain(
      'Länken är till någon annan',
    );

    const used = await redeem(guest.client);
    expect(used.status).toBe(200);
    expect(used.body).toEqual({ sipId: sip.id });
    const [row] = await guestsOf(sip.id);
    expect(row!.linkTokenHash).toBeNull();
    expect(row!.redeemedIdentityId).toBe(guest.identityId);
    // The guest's own again leads back to the case; anyone else finds it used.
    expect((await redeem(guest.client)).status).toBe(200);
    const again = await redeem(someoneElse.client);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'guest_link_used' });

    // A guest is in the case (refused what the scope does not hold, not told it is unknown) until revoked.
    const asGuest = () => guest.client.get(`/api/person/sips/${sip.id}/guests`);
    expect((await asGuest()).status).toBe(403);
    const revoked = await sip.individual.post<GuestView>(
      `/api/person/sips/${sip.id}/guests/${invited.body.id}/revoke`,
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect((await asGuest()).status).toBe(404);
    expect((await redeem(guest.client)).body).toMatchObject({ code: 'guest_revoked' });
    // Each use and change is in the access log, by the e-ID identity of who did it, in their relation.
    const entries = await server.database.db
      .selectFrom('accessLog')
      .select(['actorKind', 'userId', 'role', 'action'])
      .where('sipId', '=', sip.id)
      .where('actorKind', '=', 'e_id')
      .orderBy('occurredAt')
      .execute();
    expect(entries.filter((entry) => entry.userId === guest.identityId)).toEqual([
      { actorKind: 'e_id', userId: guest.identityId, role: 'guest', action: 'redeem_guest_link' },
      { actorKind: 'e_id', userId: guest.identityId, role: 'guest', action: 'redeem_guest_link' },
    ]);
    expect(entries.filter((entry) => entry.role === 'individual').map((entry) => entry.action)).toEqual([
      'person:manageGuests',
      'person:manageGuests',
    ]);
    // Another case's individual cannot revoke this case's guest.
    const other = await newCase();
    expect(
      (await other.individual.post(`/api/person/sips/${sip.id}/guests/${invited.body.id}/revoke`)).status,
    ).toBe(404);
    expect(
      (await other.individual.post(`/api/person/sips/${other.id}/guests/${invited.body.id}/revoke`)).status,
    ).toBe(404);
  });

  it('refuses a link that ran out, was revoked before use, or is not a link', async () => {
    const sip = await newCase();
    const guest = await personWithEId();
    const expiring = `expiring.${sip.id}@example.se`;
    const first = await sip.individual.post<GuestView>(
      `/api/person/sips/${sip.id}/guests`,
      relative(guest.idNumber, expiring),
    );
    const expired = await linkMailedTo(expiring);
    await sql`UPDATE guests SET expires_at = now() - interval '1 minute' WHERE sip_id = ${sip.id}`.execute(
      server.database.db,
    );
    const late = await guest.client.post('/api/person/guest-links/redeem', { token: expired.token });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'guest_link_expired' });

    const revoking = `revoking.${sip.id}@example.se`;
    const second = await sip.individual.post<GuestView>(
      `/api/person/sips/${sip.id}/guests`,
      relative(guest.idNumber, revoking),
    );
    const { token } = await linkMailedTo(revoking);
    await sip.individual.post(`/api/person/sips/${sip.id}/guests/${second.body.id}/revoke`);
    const afterRevoke = await guest.client.post('/api/person/guest-links/redeem', { token });
    expect(afterRevoke.status).toBe(409);
    expect(afterRevoke.body).toMatchObject({ code: 'guest_revoked' });

    // A grant's id with a secret that is not its own, and no link at all, are alike unknown.
    for (const wrongToken of [`${first.body.id}.${'A'.repeat(43)}`, 'x'.repeat(60)]) {
      const unknown = await guest.client.post('/api/person/guest-links/redeem', { token: wrongToken });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'guest_link_unknown' });
    }
  });
});
