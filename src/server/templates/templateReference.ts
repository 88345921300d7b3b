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
