import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';
import { runSipCommand } from '../sips/command.js';
import { currentTemplateVersions } from './readTemplates.js';
import { choosePlanTemplateFor } from '../data/cases.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { templateRefusalsEn } from '../../shared/words/templateRefusals.en.js';
import { templateRefusalsSv } from '../../shared/words/templateRefusals.sv.js';

const words = { sv: templateRefusalsSv, en: templateRefusalsEn };

/**
 * The template a case uses now, at its newest version: the one chosen for the case, or else the one whose target
 * groups include the case's. As SQL on a row `s` of sips, for the statements that read the case in one go.
 */
export const caseTemplateSql = (sipRow: string) => sql`(
  SELECT v.template_id AS id, v.version, v.content ->> 'name' AS name, ${sql.ref(`${sipRow}.plan_template_id`)} IS NOT NULL AS chosen
  FROM plan_template_versions v
  WHERE v.version = (SELECT max(n.version) FROM plan_template_versions n WHERE n.template_id = v.template_id)
    AND (v.template_id = ${sql.ref(`${sipRow}.plan_template_id`)}
      OR (${sql.ref(`${sipRow}.plan_template_id`)} IS NULL
        AND v.content -> 'targetGroups' @> jsonb_build_array(${sql.ref(`${sipRow}.target_group`)})))
  ORDER BY v.template_id LIMIT 1
)`;

/** The template version a plan saved now is written with, or null when the case has none. */
export async function caseTemplateVersion(
  db: Kysely<DB>,
  sipId: string,
): Promise<{ templateId: string; templateVersion: number } | null> {
  const { rows } = await sql<{ id: string; version: number }>`
    SELECT t.id, t.version FROM sips s CROSS JOIN LATERAL ${caseTemplateSql('s')} t WHERE s.id = ${sipId}`.execute(
    db,
  );
  const row = rows[0];
  return row ? { templateId: row.id, templateVersion: row.version } : null;
}

/**
 * Chooses another template for the case than its target group's (null goes back to the target group's). The
 * plan already written keeps its words; the next save records the template it was written with.
 */
export function choosePlanTemplate(db: Kysely<DB>, actor: Actor, sipId: string, templateId: string | null) {
  return runSipCommand(db, actor, sipId, 'choosePlanTemplate', async ({ trx }) => {
    if (templateId !== null) {
      const found = await currentTemplateVersions(trx)
        .select('v.templateId')
        .where('v.templateId', '=', templateId)
        .executeTakeFirst();
      if (!found) {
        throw unprocessable(
          'unknown_template',
          bothLanguages(words, (said) => said.unknownTemplate),
          { field: 'templateId' },
        );
      }
    }
    await choosePlanTemplateFor(trx, sipId, templateId);
    return { result: undefined, eventData: { templateId } };
  });
}
