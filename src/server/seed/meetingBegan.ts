import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The clock of a told story moves on: the SIP's booked meeting — set ahead, as the step requires — began
 * `hoursAgo` hours ago and lasts an hour. For the demo county's history and for tests that hold a meeting;
 * attendance can be recorded only once a meeting has begun.
 */
export async function meetingBegan(db: Kysely<DB>, sipId: string, hoursAgo: number): Promise<void> {
  await sql`UPDATE meetings SET starts_at = now() - make_interval(hours => ${hoursAgo}),
      ends_at = now() - make_interval(hours => ${hoursAgo}) + interval '1 hour'
    WHERE sip_id = ${sipId} AND status = 'scheduled'`.execute(db);
}
