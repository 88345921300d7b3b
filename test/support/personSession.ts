import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { csrfTokenFor } from '../../src/server/auth/csrf.js';
import { identityOnSignIn } from '../../src/server/eId/identities.js';
import { personCsrfCookie, personSessionCookie } from '../../src/server/eId/personCookies.js';
import { createPersonSession } from '../../src/server/eId/personSessions.js';
import type { ApiClient } from './apiClient.js';

/**
 * A client signed in on the individual's side as the holder of `idNumber` (twelve digits), as a finished e-ID
 * sign-in leaves it: the identity, a session, and its cookies. The e-ID flow itself is tested against a real
 * OIDC provider in personSignIn.test.ts; everything else starts from here.
 */
export async function signedInPerson(
  db: Kysely<DB>,
  client: ApiClient,
  idNumber: string,
  name = 'Testperson',
): Promise<{ client: ApiClient; identityId: string; token: string }> {
  const identityId = await identityOnSignIn(db, idNumber, name);
  const session = await createPersonSession(db, identityId, 'test', 60);
  client.setCookie(personSessionCookie, session.token);
  client.setCookie(personCsrfCookie, csrfTokenFor(session.token));
  return { client, identityId, token: session.token };
}
