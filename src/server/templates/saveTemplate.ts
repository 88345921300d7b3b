import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict, notFound, unprocessable } from '../../domain/errors.js';
import type { TemplateContent } from '../../shared/api/planTemplates.js';
import type { Actor } from '../sips/actor.js';
import {
  insertTemplate,
  insertTemplateVersion,
  lockTemplatesBut,
  newestTemplateVersion,
} from '../data/planTemplates.js';
import { readTemplateVersion, theTemplate } from './readTemplates.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { templateRefusalsEn } from '../../shared/words/templateRefusals.en.js';
import { templateRefusalsSv } from '../../shared/words/templateRefusals.sv.js';
import { fill } from '../../shared/words/fill.js';

const words = { sv: templateRefusalsSv, en: templateRefusalsEn };

/**
 * A target group takes one template: two templates claiming it would leave its cases without a rule. Checked
 * with every template locked, so two administrators saving at once cannot both claim the same group.
 */
async function checkTargetGroupsFree(trx: Transaction<DB>, templateId: string, content: TemplateContent) {
  const others = await lockTemplatesBut(trx, templateId);
  for (const group of content.targetGroups) {
    const holder = others.find((other) => other.content.targetGroups.includes(group));
    if (holder) {
      throw unprocessable(
        'target_group_taken',
        bothLanguages(words, (said) => fill(said.targetGroupTaken, { name: holder.content.name })),
        { field: 'content.targetGroups', targetGroup: group, templateId: holder.templateId },
      );
    }
  }
}

/** A new template, as its version 1. `actor` is null for the templates an installation starts with. */
export function createTemplate(db: Kysely<DB>, actor: Actor | null, content: TemplateContent) {
  return inTransaction(db, async (trx) => {
    const id = uuidv7();
    await checkTargetGroupsFree(trx, id, content);
    await insertTemplate(trx, id);
    await insertTemplateVersion(trx, {
      templateId: id,
      version: 1,
      content,
      writtenBy: actor?.userId ?? null,
    });
    return readTemplateVersion(trx, id, 1);
  });
}

/**
 * A change to a template: a new version, the earlier ones kept, since plans name the version they were written
 * with. Based on an older version than the newest it is refused, so one administrator never overwrites another.
 */
export function saveTemplateVersion(
  db: Kysely<DB>,
  actor: Actor,
  templateId: string,
  baseVersion: number,
  content: TemplateContent,
) {
  return inTransaction(db, async (trx) => {
    const current = await newestTemplateVersion(trx, templateId);
    if (current === null) throw notFound(theTemplate);
    await checkTargetGroupsFree(trx, templateId, content);
    if (current !== baseVersion) {
      throw conflict(
        'stale_template',
        bothLanguages(words, (said) => said.staleTemplate),
        { currentVersion: current, current: await readTemplateVersion(trx, templateId, current) },
      );
    }
    await insertTemplateVersion(trx, { templateId, version: current + 1, content, writtenBy: actor.userId });
    return readTemplateVersion(trx, templateId, current + 1);
  });
}
