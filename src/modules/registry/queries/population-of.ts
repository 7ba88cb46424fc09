import type { Db } from '../../../platform/db/database';

export interface PopulationFigure {
  count: number;
  source: string;
}

/** Population on 1 January of `year` for the given codes; a code without a figure is absent. */
export async function populationOf(db: Db, codes: readonly string[], year: number): Promise<Map<string, PopulationFigure>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('population')
    .select(['code', 'count', 'source'])
    .where('year', '=', year)
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, { count: r.count, source: r.source }]));
}

/** The years with any population recorded, newest first, with how many codes each has. */
export async function populationYears(db: Db): Promise<Array<{ year: number; codes: number }>> {
  const rows = await db
    .selectFrom('population')
    .select((eb) => ['year', eb.fn.countAll<number>().as('codes')])
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ year: r.year, codes: Number(r.codes) }));
}
