import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * One migration history for both engines: these helpers pick the column type each engine does best
 * while keeping what the application reads back identical (see schema.ts for the conventions).
 */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export function columnTypes(db: Kysely<any>) {
  const pg = isPostgres(db);
  return {
    date: pg ? ('date' as const) : ('text' as const),
    instant: pg ? ('timestamptz' as const) : ('text' as const),
    /** Adds an auto-numbered integer primary key called `id`. */
    id<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
      return table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) =>
        pg ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
      );
    },
    now: pg ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
  };
}

/** A CHECK expression `column in ('a', 'b')` for a fixed list of codes (values are ours, never user input). */
export function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
}
