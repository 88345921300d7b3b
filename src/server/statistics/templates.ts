import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { IndicatorResult, ReportTemplate } from '../../shared/api/statistics.js';
import { noTemplate } from '../../shared/api/statisticsNames.js';

/**
 * The templates plansByTemplate's categories stand for, each by its current name (its latest version's): a
 * template renamed since a plan was written with it is shown by the name the county uses now. The categories are
 * put in the order of those names, plans without a template last, so the page and the files list them alike.
 */
export async function nameTemplates(
  db: Kysely<DB>,
  result: IndicatorResult | undefined,
): Promise<ReportTemplate[]> {
  const categories = result?.categories;
  if (!categories) return [];
  const ids = categories.map((category) => category.key).filter((key) => key !== noTemplate);
  const templates =
    ids.length === 0
      ? []
      : (
          await sql<ReportTemplate>`
            SELECT DISTINCT ON (template_id) template_id::text AS id, content ->> 'name' AS name
            FROM plan_template_versions WHERE template_id = ANY (${ids}::uuid[])
            ORDER BY template_id, version DESC`.execute(db)
        ).rows;
  const byName = (a: ReportTemplate, b: ReportTemplate) =>
    a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : 1);
  templates.sort(byName);
  const rank = (key: string) => {
    const index = templates.findIndex((template) => template.id === key);
    return index === -1 ? templates.length : index;
  };
  categories.sort((a, b) => rank(a.key) - rank(b.key));
  return templates;
}
