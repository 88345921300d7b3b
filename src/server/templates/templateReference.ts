import { sql } from 'kysely';
import type { TemplateReference } from '../../shared/api/planTemplates.js';

/** A stored plan (or plan version) row's template columns, with the names the reads add. */
export interface TemplateColumns {
  templateId: string | null;
  templateVersion: number | null;
  templateName: string | null;
  templateNewestVersion: number | null;
}

/** The template a plan was written with, as the API names it; null when it was written without one. */
export function templateReferenceOf(row: TemplateColumns): TemplateReference | null {
  if (row.templateId === null || row.templateVersion === null) return null;
  return {
    id: row.templateId,
    version: row.templateVersion,
    name: row.templateName ?? '',
    newerVersion: (row.templateNewestVersion ?? row.templateVersion) > row.templateVersion,
  };
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
