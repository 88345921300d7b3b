import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { outboxPageSize, type mailStatuses } from '../../shared/api/notifications.js';
import { administeredOrganisationIds } from '../audit/reviewScope.js';
import type { Actor } from '../sips/actor.js';

/**
 * The outbox as an administrator may read it: a system administrator every mail, an organisation administrator
 * the mail to their organisations' units. Written into the query, so a mail outside the scope is never read.
 */
function readableBy(reader: Actor) {
  if (reader.role === 'system_admin') return sql<SqlBool>`TRUE`;
  if (reader.role !== 'organisation_admin') return sql<SqlBool>`FALSE`;
  return sql<SqlBool>`units.organisation_id IN (${administeredOrganisationIds(reader.userId)})`;
}

/** A page of the mails the reader may see (in a status, when given), newest first, with how many there are in all. */
export async function outboxPage(
  db: Kysely<DB>,
  reader: Actor,
  filter: { page: number; status?: (typeof mailStatuses)[number] },
) {
  let scoped = db
    .selectFrom('mailOutbox')
    .innerJoin('notices', 'notices.id', 'mailOutbox.noticeId')
    .innerJoin('units', 'units.id', 'notices.unitId')
    .where(readableBy(reader));
  if (filter.status !== undefined) scoped = scoped.where('mailOutbox.status', '=', filter.status);
  const [mails, count] = await Promise.all([
    scoped
      .select([
        'mailOutbox.id',
        'mailOutbox.toAddress',
        'mailOutbox.subject',
        'mailOutbox.textBody',
        'mailOutbox.ical',
        'mailOutbox.status',
        'mailOutbox.attempts',
        'mailOutbox.lastError',
        'mailOutbox.createdAt',
        'mailOutbox.sentAt',
        'units.name as unitName',
      ])
      .orderBy('mailOutbox.createdAt', 'desc')
      .orderBy('mailOutbox.id', 'desc')
      .limit(outboxPageSize)
      .offset((filter.page - 1) * outboxPageSize)
      .execute(),
    scoped.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { mails, total: Number(count.total) };
}
