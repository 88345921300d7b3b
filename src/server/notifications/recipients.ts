import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { emailByDefault } from '../../shared/api/notifications.js';
import { unitMailbox } from '../data/directory.js';
import { noticeReaders } from '../data/notices.js';
import type { Notice } from './notice.js';

/**
 * The addresses a notice is mailed to: the receiving unit's functional mailbox, and those of the unit's case
 * workers and the named users who want this kind by e-mail (their own choice, else the kind's default). Disabled
 * users and empty addresses are left out; an address appears once however many ways it qualifies.
 */
export async function recipientAddresses(db: Kysely<DB>, notice: Notice): Promise<string[]> {
  const mailbox = await unitMailbox(db, notice.unitId);
  const users = await noticeReaders(db, notice.unitId, notice.kind, notice.userIds ?? []);
  const addresses = [
    ...(mailbox ? [mailbox] : []),
    ...users.filter((user) => user.chosen ?? emailByDefault[notice.kind]).map((user) => user.email),
  ];
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
}
