import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../../db/schema.js';

/** Every established version of the case's plan with its approval, newest first, without its content. */
export function versionsOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('planVersions')
    .select(['version', 'createdAt', 'reason', 'approvedAt', 'approvalMethod'])
    .where('sipId', '=', sipId)
    .orderBy('version', 'desc')
    .execute();
}

/** What the individual or a guardian said was wrong with the versions, oldest first. */
export function objectionsOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('planVersionObjections')
    .select(['version', 'text', 'createdAt'])
    .where('sipId', '=', sipId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** One version's content; undefined when the case has no such version. */
export function versionContent(db: Kysely<DB>, sipId: string, version: number) {
  return db
    .selectFrom('planVersions')
    .select('content')
    .where('sipId', '=', sipId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The case's plan in force: its version number, or null before the plan is established. */
export async function versionInForce(db: Kysely<DB>, sipId: string): Promise<number | null> {
  const plan = await db.selectFrom('plans').select('establishedVersion').where('sipId', '=', sipId).executeTakeFirst();
  return plan?.establishedVersion ?? null;
}

/** "Something is wrong": said now about one version by the signed-in person. */
export async function addObjection(
  db: Kysely<DB>,
  objection: { sipId: string; version: number; identityId: string; text: string },
): Promise<void> {
  await db
    .insertInto('planVersionObjections')
    .values({ id: uuidv7(), ...objection })
    .execute();
}
