import { z } from 'zod';
import type { JobHandler, Sweep } from '../job.js';
import { enqueueJob } from '../queue.js';
import { reminderJobKind, reminderMoment, type Reminder } from './reminder.js';

const reminderPayload = z.object({ subjectId: z.uuid() });

/**
 * Enqueues a job for everything each reminder finds due and not yet enqueued. Every instance sweeps each round;
 * the job's key makes a second enqueue of the same occasion a no-op, whichever instance comes second.
 */
export function reminderSweep(reminders: readonly Reminder[]): Sweep {
  return async function sweepReminders(db, now) {
    const moment = await reminderMoment(db, now);
    for (const reminder of reminders) {
      for (const due of await reminder.findDue(db, moment, 'not_yet_enqueued')) {
        await enqueueJob(db, {
          kind: reminderJobKind(reminder.kind),
          key: due.key,
          runAt: now,
          payload: { subjectId: due.subjectId },
        });
      }
    }
  };
}

/**
 * Runs one reminder's job: asks again, inside the job's transaction, whether its subject is still due under the
 * same key — an invitation answered, a meeting moved or a follow-up held since the sweep is not reminded of — and
 * if so tells whom it concerns.
 */
export function reminderHandler(reminder: Reminder): JobHandler {
  return async (trx, job) => {
    const { subjectId } = reminderPayload.parse(job.payload);
    const moment = await reminderMoment(trx, new Date());
    const [due] = await reminder.findDue(trx, moment, { subjectId });
    if (due?.key === job.key) await reminder.remind(trx, due);
  };
}
