import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  emailByDefault,
  noticeKinds,
  type NoticeKind,
  type NotificationPreferences,
} from '../../shared/api/notifications.js';

/** A user's choice per kind, with the kind's default where they have not chosen, and whether mail can reach them. */
export async function readPreferences(db: Kysely<DB>, userId: string): Promise<NotificationPreferences> {
  const chosen = await db
    .selectFrom('notificationPreferences')
    .select(['kind', 'email'])
    .where('userId', '=', userId)
    .execute();
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const byKind = new Map(chosen.map((row) => [row.kind, row.email]));
  return {
    preferences: noticeKinds.map((kind) => ({ kind, email: byKind.get(kind) ?? emailByDefault[kind] })),
    hasAddress: user.email.trim() !== '',
  };
}

export async function savePreferences(
  db: Kysely<DB>,
  userId: string,
  preferences: { kind: NoticeKind; email: boolean }[],
): Promise<void> {
  for (const { kind, email } of preferences) {
    await db
      .insertInto('notificationPreferences')
      .values({ userId, kind, email, updatedAt: new Date() })
      .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet({ email, updatedAt: new Date() }))
      .execute();
  }
}
