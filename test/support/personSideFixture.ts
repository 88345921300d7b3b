import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../src/db/schema.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { identityOnSignIn } from '../../src/server/eId/identities.js';
import type { ApiClient } from './apiClient.js';
import { luhn } from './luhn.js';
import { signedInPerson } from './personSession.js';
import { consentFor, newSipBody, type ProcessWorld } from './processFixture.js';

/** A valid personnummer for someone born `yearsAgo` years ago today, with a serial of three digits. */
export function idNumberAged(yearsAgo: number, serial: string): string {
  const today = stockholmDate();
  const year = String(Number(today.slice(0, 4)) - yearsAgo);
  const leapDay = today.slice(5) === '02-29';
  const born = `${year}${today.slice(5, 7)}${leapDay ? '28' : today.slice(8, 10)}`;
  return `${born}-${serial}${luhn(born.slice(2) + serial)}`;
}

/** The twelve digits the e-ID gives for a personnummer as staff type it. */
export const twelve = (idNumber: string) => idNumber.replace('-', '');

/** Someone signed in on the individual's side with the e-ID of `idNumber`. */
export async function personWithEId(
  db: Kysely<DB>,
  client: ApiClient,
  idNumber: string,
  name = 'Testperson',
): Promise<{ client: ApiClient; identityId: string }> {
  return signedInPerson(db, client, twelve(idNumber), name);
}

/** A case for the person of `idNumber` with consent given (by the guardians for a child). */
export async function caseWithConsent(
  world: ProcessWorld,
  idNumber: string,
  options: { child?: boolean; relativesMayTakePart?: boolean; protectedIdentity?: boolean } = {},
): Promise<string> {
  const body = newSipBody(idNumber);
  const created = await world.convener.post<{ id: string }>('/api/sips', {
    ...body,
    person: { ...body.person, protectedIdentity: options.protectedIdentity ?? false },
  });
  if (created.status !== 201) throw new Error(`case not created: ${JSON.stringify(created.body)}`);
  const consent = await world.convener.post(`/api/sips/${created.body.id}/consent`, {
    ...consentFor(world),
    relativesMayTakePart: options.relativesMayTakePart ?? true,
    ...(options.child
      ? { givenByRelation: 'guardian', guardians: [{ name: 'Sara Testsson' }], childView: 'Vill vara med.' }
      : {}),
  });
  if (consent.status !== 200) throw new Error(`consent not recorded: ${JSON.stringify(consent.body)}`);
  return created.body.id;
}

/** A guardian recorded on the case, as staff record one. */
export async function recordGuardian(db: Kysely<DB>, sipId: string, idNumber: string): Promise<void> {
  const { createdBy } = await db
    .selectFrom('sips')
    .select('createdBy')
    .where('id', '=', sipId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('caseGuardians')
    .values({ id: uuidv7(), sipId, idNumber: twelve(idNumber), name: 'Sara Testsson', recordedBy: createdBy })
    .execute();
}

/** A guest of the case who used their link, signed in with the e-ID of `idNumber`. */
export async function redeemedGuest(
  db: Kysely<DB>,
  sipId: string,
  guest: {
    idNumber: string;
    kind: 'relative' | 'trustee';
    scope: 'meeting' | 'plan' | 'plan_and_follow_ups';
  },
): Promise<string> {
  const identityId = await identityOnSignIn(db, twelve(guest.idNumber), 'Gästen');
  const { createdBy } = await db
    .selectFrom('sips')
    .select('createdBy')
    .where('id', '=', sipId)
    .executeTakeFirstOrThrow();
  const id = uuidv7();
  await db
    .insertInto('guests')
    .values({
      id,
      sipId,
      kind: guest.kind,
      name: 'Gästen',
      idNumber: twelve(guest.idNumber),
      email: 'gast@example.se',
      scope: guest.scope,
      expiresAt: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      redeemedAt: new Date(),
      redeemedIdentityId: identityId,
      invitedByUserId: createdBy,
    })
    .execute();
  return id;
}

/** Every access-log entry about the case, oldest first, with who (user_id holds the e-ID identity for them). */
export function accessEntries(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('accessLog')
    .select(['action', 'userId', 'role', 'actorKind'])
    .where('sipId', '=', sipId)
    .orderBy('occurredAt')
    .execute();
}
