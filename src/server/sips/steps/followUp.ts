import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { unprocessable } from '../../../domain/errors.js';
import { checkFollowUpCoversPlan } from '../../../domain/followUp/followUp.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { followUpBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { setNextFollowUp } from '../../data/cases.js';
import { insertFollowUp } from '../../data/followUps.js';
import { planVersionInForce } from '../../data/plans.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { planRefusalsEn } from '../../../shared/words/planRefusals.en.js';
import { planRefusalsSv } from '../../../shared/words/planRefusals.sv.js';

const words = { sv: planRefusalsSv, en: planRefusalsEn };

/** A follow-up of the established plan: an outcome for each goal and effort, and when to meet next. */
export function recordFollowUp(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof followUpBody>,
) {
  return runSipCommand(db, actor, sipId, 'recordFollowUp', async ({ trx }) => {
    const today = stockholmDate();
    if (body.heldOn > today) {
      throw unprocessable(
        'date_in_future',
        bothLanguages(words, (said) => said.followUpNotHeldYet),
        { field: 'heldOn' },
      );
    }
    const version = await planVersionInForce(trx, sipId);
    checkFollowUpCoversPlan(version.content, body.items, body.nextDate, today);
    await insertFollowUp(trx, {
      id: uuidv7(),
      sipId,
      planVersion: version.version,
      heldOn: body.heldOn,
      items: body.items,
      notes: body.notes,
      problems: body.problems,
      nextDate: body.nextDate,
      recordedBy: actor.userId,
      recordedUnitId: actor.unitId,
    });
    await setNextFollowUp(trx, sipId, body.nextDate);
    const outcomes: Record<string, number> = {};
    for (const item of body.items) outcomes[item.outcome] = (outcomes[item.outcome] ?? 0) + 1;
    return {
      result: undefined,
      eventData: { planVersion: version.version, heldOn: body.heldOn, nextDate: body.nextDate, outcomes },
    };
  });
}
