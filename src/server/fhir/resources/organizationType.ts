import { sql, type Expression, type SqlBool } from 'kysely';
import { directoryEntry, searchDirectory, type DirectoryRow } from '../../data/fhirOrganizations.js';
import { isUuid, keysetCondition, keysetDirection, keysetLimit, pageOf, uuidWindow } from '../paging.js';
import type { Found, ResourceType } from '../registry.js';
import type { ParsedSearch } from '../searchParameters.js';
import { tokenMatches } from '../searchSql.js';
import { referenceCondition } from './appointmentSearch.js';
import { hsaIdSystem, organizationTypeSystem, organisationResource, unitResource } from './organization.js';

/** An organisation or a unit as its Organization; about no person, so nothing of it is logged. */
function found(row: DirectoryRow): Found {
  const resource =
    row.level === 'organisation'
      ? organisationResource({ id: row.id, name: row.name, kind: row.kind ?? 'other' })
      : unitResource({ ...row, organisationId: row.organisationId ?? '' });
  return { resource, concerns: null };
}

/** Either of the conditions, as a search's alternatives (`a,b`) are; none matches nothing. */
function anyOf(conditions: Expression<SqlBool>[]): Expression<SqlBool> {
  return conditions.length > 0 ? sql<SqlBool>`(${sql.join(conditions, sql` OR `)})` : sql<SqlBool>`FALSE`;
}

/** Units by their HSA id: a value without a system, or with the HSA id's, names one; `system|` any unit with one. */
function identifierCondition(search: ParsedSearch): Expression<SqlBool> | null {
  const values = search.tokens.get('identifier');
  if (!values) return null;
  return anyOf(
    values
      .filter((value) => value.system === null || value.system === hsaIdSystem)
      .map((value) =>
        value.code === null ? sql<SqlBool>`o.hsa_id IS NOT NULL` : sql<SqlBool>`o.hsa_id = ${value.code}`,
      ),
  );
}

/** Each of the types Samplan gives (organization-type), as a condition on the directory. */
const typeConditions: { code: string; condition: Expression<SqlBool> }[] = [
  { code: 'govt', condition: sql<SqlBool>`o.kind IN ('region', 'municipality')` },
  { code: 'other', condition: sql<SqlBool>`o.kind = 'other'` },
  { code: 'dept', condition: sql<SqlBool>`o.level = 'unit'` },
];

function typeCondition(search: ParsedSearch): Expression<SqlBool> | null {
  const values = search.tokens.get('type');
  if (!values) return null;
  return anyOf(
    typeConditions
      .filter(({ code }) => values.some((value) => tokenMatches(value, organizationTypeSystem, code)))
      .map(({ condition }) => condition),
  );
}

/** The county's organisations and units (docs/fhir-mapping.md, Organization). */
export const organizationType: ResourceType = {
  type: 'Organization',
  searchParameters: [
    { name: 'identifier', type: 'token', description: 'A unit by its HSA id (urn:oid:1.2.752.29.4.19)' },
    {
      name: 'partof',
      type: 'reference',
      target: ['Organization'],
      description: 'The units directly under an organisation or a unit',
    },
    {
      name: 'type',
      type: 'token',
      description: 'govt (region, municipality), other (other actor) or dept (unit)',
    },
  ],

  async read(context, id) {
    if (!isUuid(id)) return null;
    const row = await directoryEntry(context.db, id);
    return row ? found(row) : null;
  },

  async search(context, search, window) {
    const keyed = uuidWindow(window);
    const conditions = [
      identifierCondition(search),
      referenceCondition(search, 'partof', sql<string>`coalesce(o.parent_id, o.organisation_id)`),
      typeCondition(search),
    ].filter((condition) => condition !== null);
    const { rows, total } = await searchDirectory(context.db, {
      conditions,
      keyset: keysetCondition(sql.ref('o.id'), keyed),
      direction: keysetDirection(keyed),
      limit: keysetLimit(keyed),
    });
    const page = pageOf(rows, keyed, (row) => row.id);
    return { found: page.rows.map(found), total, nextKey: page.nextKey, previousKey: page.previousKey };
  },
};
