import { fileURLToPath } from 'node:url';
import { CamelCasePlugin, sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/** A relation's columns, each with whether it may be null (unknown for a view's, which PostgreSQL does not say). */
type Relations = Record<string, Record<string, boolean | 'unknown'>>;

/** The app's own mapping of names (database.ts): the columns as the schema must name them. */
class Names extends CamelCasePlugin {
  toCamel(name: string): string {
    return this.camelCase(name);
  }
}

/**
 * The tables and views `DB` in src/db/schema.ts declares, read with the TypeScript compiler: each column's name
 * and whether what a query reads from it may be null (a `ColumnType` or `Generated` column by its select type).
 */
function declaredRelations(): Relations {
  const schemaFile = fileURLToPath(new URL('../../src/db/schema.ts', import.meta.url));
  const program = ts.createProgram([schemaFile], {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile)!;
  const db = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'DB',
  )!;
  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbolAtLocation(symbol, db);
  const relations: Relations = {};
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(db))) {
    const columns: Record<string, boolean> = {};
    for (const column of checker.getPropertiesOfType(typeOf(table))) {
      const declared = typeOf(column);
      const selected = declared.getProperty('__select__');
      const read = selected ? typeOf(selected) : declared;
      const parts = read.isUnion() ? read.types : [read];
      columns[column.name] = parts.some((part) => (part.flags & ts.TypeFlags.Null) !== 0);
    }
    relations[table.name] = columns;
  }
  return relations;
}

describe.each(testDatabaseKinds())('the Kysely schema against the migrated database on %s', (kind) => {
  let test: TestDatabase;
  let migrated: Relations;
  const declared = declaredRelations();

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const names = new Names();
    const { rows } = await sql<{ tableName: string; columnName: string; nullable: boolean; view: boolean }>`
      SELECT c.table_name, c.column_name, c.is_nullable = 'YES' AS nullable, t.table_type = 'VIEW' AS view
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public'`.execute(test.database.db);
    migrated = {};
    for (const row of rows) {
      const columns = (migrated[names.toCamel(row.tableName)] ??= {});
      columns[names.toCamel(row.columnName)] = row.view ? 'unknown' : row.nullable;
    }
  });

  afterAll(async () => {
    await test.drop();
  });

  it('declares tables and views that the migrations made', () => {
    expect(Object.keys(declared).length).toBeGreaterThan(30);
    const missing = Object.keys(declared).filter((name) => !(name in migrated));
    expect(missing).toEqual([]);
  });

  it('declares exactly the columns of each, nullable where the column is', () => {
    const differences: string[] = [];
    for (const [table, columns] of Object.entries(declared)) {
      const actual = migrated[table] ?? {};
      for (const name of Object.keys(actual))
        if (!(name in columns)) differences.push(`${table}.${name}: in the database, not in the schema`);
      for (const [name, nullable] of Object.entries(columns)) {
        const found = actual[name];
        if (found === undefined) differences.push(`${table}.${name}: in the schema, not in the database`);
        else if (found !== 'unknown' && found !== nullable)
          differences.push(
            `${table}.${name}: ${found ? 'nullable' : 'not null'} in the database, ${nullable ? 'nullable' : 'not null'} in the schema`,
          );
      }
    }
    expect(differences).toEqual([]);
  });
});
