import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';
import { runSipCommand } from '../sips/command.js';
import { templateExists } from '../data/planTemplates.js';
import { choosePlanTemplateFor } from '../data/cases.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { templateRefusalsEn } from '../../shared/words/templateRefusals.en.js';
import { templateRefusalsSv } from '../../shared/words/templateRefusals.sv.js';

const words = { sv: templateRefusalsSv, en: templateRefusalsEn };

/**
 * Chooses another template for the case than its target group's (null goes back to the target group's). The
 * plan already written keeps its words; the next save records the template it was written with.
 */
export function choosePlanTemplate(db: Kysely<DB>, actor: Actor, sipId: string, templateId: string | null) {
  return runSipCommand(db, actor, sipId, 'choosePlanTemplate', async ({ trx }) => {
    if (templateId !== null && !(await templateExists(trx, templateId))) {
      throw unprocessable(
        'unknown_template',
        bothLanguages(words, (said) => said.unknownTemplate),
        { field: 'templateId' },
      );
    }
    await choosePlanTemplateFor(trx, sipId, templateId);
    return { result: undefined, eventData: { templateId } };
  });
}
