import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { reminders } from '../jobs/registry.js';
import { reminderJobKind, reminderMoment } from '../jobs/reminders/reminder.js';

/**
 * Records what the demo's generated history had fallen due for — follow-ups overdue, invitations unanswered,
 * consents running out — as reminded, the way each reminder's job is kept once it has run. The history is the
 * county's past, told all at once: without this, the scheduler's first round would remind its units of a
 * thousand things at the first start, raising deviations and notices that nobody signs in to read. What falls due
 * from today on is reminded as anywhere else. Only the history's own units are concerned; they take part in no
 * hand-made case, so every reminder of the demo users' cases stays as it was.
 */
export async function settleDemoHistoryReminders(db: Kysely<DB>, unitIds: readonly string[]): Promise<void> {
  const moment = await reminderMoment(db, new Date());
  const ofHistory = new Set(unitIds);
  for (const reminder of reminders) {
    const due = (await reminder.findDue(db, moment, 'not_yet_enqueued')).filter((item) =>
      ofHistory.has(item.unitId),
    );
    if (due.length === 0) continue;
    await db
      .insertInto('jobs')
      .values(
        due.map((item) => ({
          id: uuidv7(),
          kind: reminderJobKind(reminder.kind),
          key: item.key,
          runAt: moment.now,
          payload: JSON.stringify({ subjectId: item.subjectId }),
          status: 'done' as const,
          doneAt: moment.now,
        })),
      )
      .onConflict((conflict) => conflict.columns(['kind', 'key']).doNothing())
      .execute();
  }
}
