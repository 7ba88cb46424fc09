import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * "As of date D", the one rule every period in Samråd follows: both ends inclusive, a null start or
 * end open. `from` and `to` are column references such as `'m.start_on'`.
 */
export function coversDate(from: string, to: string, date: string): Expression<SqlBool> {
  const start = sql.ref(from);
  const end = sql.ref(to);
  return sql<SqlBool>`((${start} is null or ${start} <= ${date}) and (${end} is null or ${end} >= ${date}))`;
}
