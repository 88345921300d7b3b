import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { emailByDefault, noticeKinds, type NotificationPreferences } from '../../shared/api/notifications.js';
import { userMailAddress } from '../data/directory.js';
import { chosenNoticeKinds } from '../data/notices.js';

/** A user's choice per kind, with the kind's default where they have not chosen, and whether mail can reach them. */
export async function readPreferences(db: Kysely<DB>, userId: string): Promise<NotificationPreferences> {
  const chosen = await chosenNoticeKinds(db, userId);
  const address = await userMailAddress(db, userId);
  const byKind = new Map(chosen.map((row) => [row.kind, row.email]));
  return {
    preferences: noticeKinds.map((kind) => ({ kind, email: byKind.get(kind) ?? emailByDefault[kind] })),
    hasAddress: address.trim() !== '',
  };
}
