import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound, thing } from '../../domain/errors.js';
import type { TemplateView } from '../../shared/api/planTemplates.js';
import {
  currentTemplatesWithWriters,
  templateVersionsWithWriters,
  templateVersionWithWriter,
} from '../data/planTemplates.js';

export const theTemplate = thing('template');

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
  const rows = await currentTemplatesWithWriters(db);
  return rows.map(present).sort((a, b) => a.content.name.localeCompare(b.content.name, 'sv'));
}

/** One version of a template, as a plan written with it names it (404 when there is no such version). */
export async function readTemplateVersion(
  db: Kysely<DB>,
  templateId: string,
  version: number,
): Promise<TemplateView> {
  const row = await templateVersionWithWriter(db, templateId, version);
  if (!row) throw notFound(theTemplate);
  return present(row);
}

/** Who changed a template and when, newest first. */
export async function readTemplateHistory(db: Kysely<DB>, templateId: string) {
  const rows = await templateVersionsWithWriters(db, templateId);
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
