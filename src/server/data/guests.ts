import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, GuestsTable } from '../../db/schema.js';

/**
 * The guest aggregate's reads and writes: the grants the individual (or staff with their consent) gave, each with
 * its single-use link by hash, who used it, and its revocation. A grant's identity number is read only to match
 * the e-ID at redemption; no read here hands it on.
 */

/** What a guest list shows of a grant, with the organisation guest's unit name. */
const listed = [
  'guests.id',
  'guests.kind',
  'guests.name',
  'guests.scope',
  'guests.expiresAt',
  'guests.redeemedAt',
  'guests.revokedAt',
  'guests.invitedByUserId',
  'guests.createdAt',
  'units.name as unitName',
] as const;

function withUnit(db: Kysely<DB>) {
  return db.selectFrom('guests').leftJoin('units', 'units.id', 'guests.unitId');
}

export type ListedGuest = Awaited<ReturnType<typeof guestsOfSip>>[number];

/** The case's guests, the newest first, revoked and run-out ones too: the individual sees whom they let in. */
export function guestsOfSip(db: Kysely<DB>, sipId: string) {
  return withUnit(db)
    .select(listed)
    .where('guests.sipId', '=', sipId)
    .orderBy('guests.createdAt', 'desc')
    .orderBy('guests.id', 'desc')
    .execute();
}

export function listedGuest(db: Kysely<DB>, sipId: string, guestId: string) {
  return withUnit(db)
    .select(listed)
    .where('guests.sipId', '=', sipId)
    .where('guests.id', '=', guestId)
    .executeTakeFirst();
}

export async function insertGuest(
  db: Kysely<DB>,
  grant: Omit<Insertable<GuestsTable>, 'redeemedAt' | 'redeemedIdentityId' | 'redeemedUserId' | 'revokedAt'>,
): Promise<void> {
  await db.insertInto('guests').values(grant).execute();
}

/** Revoked now, unless it was already; the caller reads the grant back either way. */
export async function revokeGuest(db: Kysely<DB>, sipId: string, guestId: string): Promise<void> {
  await db
    .updateTable('guests')
    .set({ revokedAt: new Date(), linkTokenHash: null })
    .where('sipId', '=', sipId)
    .where('id', '=', guestId)
    .where('revokedAt', 'is', null)
    .execute();
}

/** A grant as its link's redemption reads it, locked so a link is used once even by two requests at a time. */
export function grantToRedeem(db: Kysely<DB>, guestId: string) {
  return db
    .selectFrom('guests')
    .innerJoin('sips', 'sips.id', 'guests.sipId')
    .select([
      'guests.id',
      'guests.sipId',
      'sips.personId',
      'guests.kind',
      'guests.idNumber',
      'guests.unitId',
      'guests.expiresAt',
      'guests.linkTokenHash',
      'guests.redeemedIdentityId',
      'guests.redeemedUserId',
      'guests.revokedAt',
    ])
    .where('guests.id', '=', guestId)
    .forUpdate('guests')
    .executeTakeFirst();
}

/** The link used: who used it is kept, the token's hash is cleared so the link works no more. */
export async function markRedeemed(
  db: Kysely<DB>,
  guestId: string,
  by: { redeemedIdentityId: string } | { redeemedUserId: string },
): Promise<void> {
  await db
    .updateTable('guests')
    .set({ ...by, redeemedAt: new Date(), linkTokenHash: null })
    .where('id', '=', guestId)
    .execute();
}

/** A grant to an organisation's unit that is in use: its link used, neither revoked nor run out. */
function liveGrantsOf(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('guests')
    .innerJoin('sips', 'sips.id', 'guests.sipId')
    .innerJoin('persons', 'persons.id', 'sips.personId')
    .select([
      'guests.id',
      'guests.sipId',
      'guests.kind',
      'guests.scope',
      'guests.expiresAt',
      'sips.caseNumber',
      'sips.phase',
      'sips.personId',
      'persons.givenName',
      'persons.familyName',
      'persons.protectedIdentity',
    ])
    .where('guests.unitId', '=', unitId)
    .where('guests.redeemedUserId', 'is not', null)
    .where('guests.revokedAt', 'is', null)
    .where('guests.expiresAt', '>', sql<Date>`now()`);
}

export type LiveUnitGrant = Awaited<ReturnType<typeof liveUnitGrants>>[number];

/** The unit's grants in use, the latest to run out first. */
export function liveUnitGrants(db: Kysely<DB>, unitId: string) {
  return liveGrantsOf(db, unitId).orderBy('guests.expiresAt', 'desc').orderBy('guests.id').execute();
}

/** One grant of the unit that is in use; undefined for any other unit, or once revoked or run out. */
export function liveUnitGrant(db: Kysely<DB>, unitId: string, guestId: string) {
  return liveGrantsOf(db, unitId).where('guests.id', '=', guestId).executeTakeFirst();
}

/** How long a guest may be let in at most, as the county set it (90 days unless changed). */
export async function countyGuestDays(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('countySettings').select('guestDays').executeTakeFirstOrThrow();
  return row.guestDays;
}

/** The case's latest meeting, held or not: the one a guest is told of. */
export function latestMeeting(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('meetings')
    .select(['startsAt', 'endsAt', 'form', 'place', 'status'])
    .where('sipId', '=', sipId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The case's follow-ups with who recorded them, the latest first. */
export function followUpsWithRecorders(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('followUps as f')
    .innerJoin('users as recorder', 'recorder.id', 'f.recordedBy')
    .innerJoin('units as unit', 'unit.id', 'f.recordedUnitId')
    .selectAll('f')
    .select(['recorder.displayName as recordedByName', 'unit.name as recordedUnitName'])
    .where('f.sipId', '=', sipId)
    .orderBy('f.heldOn', 'desc')
    .orderBy('f.recordedAt', 'desc')
    .execute();
}
