import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound, thing } from '../../domain/errors.js';
import type { TemplateView } from '../../shared/api/planTemplates.js';

export const theTemplate = thing('template');

/** Each template's newest version: the one a case uses now. Templates are few, so this reads them all. */
export function currentTemplateVersions(db: Kysely<DB>) {
  return db
    .selectFrom('planTemplateVersions as v')
    .where(
      'v.version',
      '=',
      sql<number>`(SELECT max(n.version) FROM plan_template_versions n WHERE n.template_id = v.template_id)`,
    );
}

function withWriter(db: Kysely<DB>) {
  return currentTemplateVersions(db)
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.templateId', 'v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName']);
}

function present(row: {
  templateId: string;
  version: number;
  content: TemplateView['content'];
  writtenAt: Date;
  writtenByName: string | null;
}): TemplateView {
  return {
    id: row.templateId,
    version: row.version,
    content: row.content,
    writtenAt: row.writtenAt.toISOString(),
    writtenByName: row.writtenByName ?? '',
  };
}

/** Every template as it reads now, by name. */
export async function readTemplates(db: Kysely<DB>): Promise<TemplateView[]> {
  const rows = await withWriter(db).execute();
  return rows.map(present).sort((a, b) => a.content.name.localeCompare(b.content.name, 'sv'));
}

/** One version of a template, as a plan written with it names it (404 when there is no such version). */
export async function readTemplateVersion(
  db: Kysely<DB>,
  templateId: string,
  version: number,
): Promise<TemplateView> {
  const row = await db
    .selectFrom('planTemplateVersions as v')
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.templateId', 'v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName'])
    .where('v.templateId', '=', templateId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound(theTemplate);
  return present(row);
}

/** Who changed a template and when, newest first. */
export async function readTemplateHistory(db: Kysely<DB>, templateId: string) {
  const rows = await db
    .selectFrom('planTemplateVersions as v')
    .leftJoin('users', 'users.id', 'v.writtenBy')
    .select(['v.version', 'v.content', 'v.writtenAt', 'users.displayName as writtenByName'])
    .where('v.templateId', '=', templateId)
    .orderBy('v.version', 'desc')
    .execute();
  if (rows.length === 0) throw notFound(theTemplate);
  return {
    versions: rows.map((row) => ({
      version: row.version,
      name: row.content.name,
      writtenAt: row.writtenAt.toISOString(),
      writtenByName: row.writtenByName ?? '',
    })),
  };
}
