import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB, Role } from '../../src/db/schema.js';
import { hash } from '@node-rs/argon2';
import type { ApiClient } from './apiClient.js';

export const testPassword = 'Test-password-1';
/**
 * argon2id at its smallest cost (64 KiB, one pass): a sign-in checks a password with the cost stored in its hash,
 * so the test users' sign-ins take well under a millisecond instead of tens, while the app's own hashing keeps its
 * defaults and every sign-in still runs the real check.
 */
let hashed: Promise<string> | undefined;

export interface TestOrganisation {
  id: string;
  name: string;
  kind: 'region' | 'municipality' | 'other';
  units: Record<string, string>;
}

let counter = 0;

/** A new organisation with the named units, so each test works with its own and never depends on another's. */
export async function createOrganisation(
  db: Kysely<DB>,
  kind: TestOrganisation['kind'],
  unitNames: string[],
): Promise<TestOrganisation> {
  counter += 1;
  const id = uuidv7();
  const name = `${kind === 'region' ? 'Region' : kind === 'municipality' ? 'Kommun' : 'Aktör'} ${counter}`;
  await db.insertInto('organisations').values({ id, name, kind }).execute();
  const units: Record<string, string> = {};
  for (const unitName of unitNames) {
    const unitId = uuidv7();
    units[unitName] = unitId;
    await db
      .insertInto('units')
      .values({
        id: unitId,
        organisationId: id,
        parentId: null,
        name: `${unitName} ${counter}`,
        category: unitName,
      })
      .execute();
  }
  return { id, name, kind, units };
}

/** A user holding the given role in each of the given units, signing in with `testPassword`. */
export async function createUser(
  db: Kysely<DB>,
  unitIds: string[],
  role: Role = 'staff',
): Promise<{ id: string; username: string }> {
  counter += 1;
  hashed ??= hash(testPassword, { memoryCost: 64, timeCost: 1 });
  const id = uuidv7();
  const username = `user${counter}-${id.slice(-6)}`;
  await db
    .insertInto('users')
    .values({
      id,
      username,
      displayName: `Test User ${counter}`,
      passwordHash: await hashed,
      disabledAt: null,
    })
    .execute();
  for (const unitId of unitIds)
    await db.insertInto('userUnits').values({ userId: id, unitId, role }).execute();
  return { id, username };
}

/** A new user holding the role in the units, signed in on the given client, as one browser of that user. */
export async function signedInUser(
  db: Kysely<DB>,
  client: ApiClient,
  unitIds: string[],
  role: Role = 'staff',
): Promise<{ client: ApiClient; user: { id: string; username: string } }> {
  const user = await createUser(db, unitIds, role);
  await client.login(user.username, testPassword);
  return { client, user };
}
