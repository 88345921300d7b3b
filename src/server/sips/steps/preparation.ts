import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { preparationBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { writePreparation } from '../../data/meetings.js';

export function savePreparation(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof preparationBody>,
) {
  return runSipCommand(db, actor, sipId, 'savePreparation', async ({ trx }) => {
    await writePreparation(trx, { sipId, ...body, updatedBy: actor.userId });
    return { result: undefined, eventData: { meetingForm: body.meetingForm } };
  });
}
