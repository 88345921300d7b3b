import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { needSchema } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { updateNeed } from '../../data/cases.js';

export function editNeed(db: Kysely<DB>, actor: Actor, sipId: string, need: z.infer<typeof needSchema>) {
  return runSipCommand(db, actor, sipId, 'editNeed', async ({ trx }) => {
    await updateNeed(trx, sipId, {
      initiatorType: need.initiatorType,
      initiatorUnitId: need.initiatorUnitId,
      initiatorName: need.initiatorName,
      targetGroup: need.targetGroup,
      needDescription: need.description,
    });
    return { result: undefined, eventData: { targetGroup: need.targetGroup } };
  });
}
