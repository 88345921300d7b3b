import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TemplateContent } from '../../shared/api/planTemplates.js';

/**
 * The plan templates' reads and writes: each template kept as versions that are never changed, the newest being
 * the one a case uses now, and the template a case uses and a plan names.
 */

/** Each template's newest version: the one a case uses now. Templates are few, so this reads them all. */
function currentTemplateVersions(db: Kysely<DB>) {
  return db
    .selectFrom('planTemplateVersions as v')
    .where(
      'v.version',
      '=',
      sql<number>`(SELECT max(n.version) FROM plan_template_versions n WHERE n.template_id = v.template_id)`,
    );
}

/** Every template as it reads now, with the name of who wrote its newest version. */
export function currentTemplatesWithWriters(db: Kysely<DB>) {
  return currentTemplateVersions(db)
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.templateId', 'v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName'])
    .execute();
}

/** One version of a template with the name of who wrote it; undefined when there is no such version. */
export function templateVersionWithWriter(db: Kysely<DB>, templateId: string, version: number) {
  return db
    .selectFrom('planTemplateVersions as v')
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.templateId', 'v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName'])
    .where('v.templateId', '=', templateId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

/** A template's versions with who wrote each, newest first; none when there is no such template. */
export function templateVersionsWithWriters(db: Kysely<DB>, templateId: string) {
  return db
    .selectFrom('planTemplateVersions as v')
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName'])
    .where('v.templateId', '=', templateId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Whether there is such a template. */
export async function templateExists(db: Kysely<DB>, templateId: string): Promise<boolean> {
  const found = await currentTemplateVersions(db)
    .select('v.templateId')
    .where('v.templateId', '=', templateId)
    .executeTakeFirst();
  return found !== undefined;
}

/** A template's newest version number; null when there is no such template. */
export async function newestTemplateVersion(db: Kysely<DB>, templateId: string): Promise<number | null> {
  const newest = await db
    .selectFrom('planTemplateVersions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('templateId', '=', templateId)
    .executeTakeFirst();
  return newest?.version ?? null;
}

/**
 * Locks every template and gives the others' contents as they read now: what a save checks its target groups
 * against, so two administrators saving at once cannot both claim the same group.
 */
export async function lockTemplatesBut(db: Kysely<DB>, templateId: string) {
  await db.selectFrom('planTemplates').select('id').forUpdate().execute();
  return currentTemplateVersions(db)
    .select(['v.templateId', 'v.content'])
    .where('v.templateId', '<>', templateId)
    .execute();
}

/** A new template, without versions yet. */
export async function insertTemplate(db: Kysely<DB>, templateId: string): Promise<void> {
  await db.insertInto('planTemplates').values({ id: templateId }).execute();
}

/** A template's version written now; `writtenBy` is null for the templates an installation starts with. */
export async function insertTemplateVersion(
  db: Kysely<DB>,
  version: { templateId: string; version: number; content: TemplateContent; writtenBy: string | null },
): Promise<void> {
  await db
    .insertInto('planTemplateVersions')
    .values({ ...version, content: JSON.stringify(version.content) })
    .execute();
}

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
 * The template's name and newest version for a query over plans or plan versions under `alias`, for the reads
 * that are not the case record (which names them in its own statement).
 */
export function templateNames(alias: string) {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return [
    sql<string | null>`(SELECT tv.content ->> 'name' FROM plan_template_versions tv
      WHERE tv.template_id = ${column('template_id')} AND tv.version = ${column('template_version')})`.as(
      'templateName',
    ),
    sql<number | null>`(SELECT max(tv.version) FROM plan_template_versions tv
      WHERE tv.template_id = ${column('template_id')})`.as('templateNewestVersion'),
  ];
}
