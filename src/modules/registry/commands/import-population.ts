import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { hasRole, isAdministrator, type Actor } from '../../../platform/authz';
import { defineCommand, execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { ValidationError } from '../../../platform/errors';
import { requiredText } from '../../../platform/input';
import { isValidOn } from '../as-of';
import { decodeCsvBytes, parseSsbPopulationCsv } from '../population-csv';
import { authoritiesByCodes } from '../registry.repository';

export const importPopulationInput = z.object({
  /** The file's text, in SSB's StatBank CSV layout (see population-csv.ts). */
  text: z.string().min(1, 'is empty: choose the CSV file exported from SSB'),
  /** Where the figures come from, shown beside them: "SSB, tabell 07459", or "Illustrasjon – ikke offisielle tall". */
  source: requiredText(300),
});
export type ImportPopulationInput = z.input<typeof importPopulationInput>;

export interface ImportPopulationResult {
  imported: number;
  years: number[];
  /** Lines without a figure, and zero rows for codes not valid that year (StatBank fills those with 0). */
  skipped: number;
}

/**
 * Stores population per 1 January from an SSB CSV, replacing earlier figures for the same code and
 * year, all in one transaction with one audit entry. Every code must be in the register, valid on
 * 1 January of its year (a zero for a code that did not exist then is skipped, as StatBank writes it).
 */
export const importPopulation = defineCommand({
  name: 'importPopulation',
  input: importPopulationInput,
  authorize: (actor: Actor) => isAdministrator(actor) || hasRole(actor, 'secretariat'),
  async run(trx, input) {
    const parsed = parseSsbPopulationCsv(input.text);
    const known = new Map((await authoritiesByCodes(trx, [...new Set(parsed.rows.map((r) => r.code))])).map((a) => [a.code, a]));
    const errors: string[] = [];
    let skipped = parsed.skipped.length;
    const rows = parsed.rows.filter((row) => {
      const authority = known.get(row.code);
      if (!authority) {
        errors.push(`line ${row.line}: ${row.code} ${row.name} is not a municipality or county number in the register`);
        return false;
      }
      if (isValidOn({ validFrom: authority.valid_from, validTo: authority.valid_to }, `${row.year}-01-01`)) return true;
      if (row.count === 0) {
        skipped++;
        return false;
      }
      errors.push(`line ${row.line}: ${row.code} (${authority.name}) was not a valid number on 1 January ${row.year}`);
      return false;
    });
    if (errors.length > 0) throw new ValidationError({ file: errors.slice(0, 20) });

    // In chunks, to stay under both engines' limits on bound parameters per statement.
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('population')
        .values(rows.slice(i, i + 500).map((row) => ({ code: row.code, year: row.year, count: row.count, source: input.source })))
        .onConflict((oc) => oc.columns(['code', 'year']).doUpdateSet((eb) => ({ count: eb.ref('excluded.count'), source: eb.ref('excluded.source') })))
        .execute();
    }
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const result: ImportPopulationResult = { imported: rows.length, years, skipped };
    return {
      result,
      audit: [{ action: 'population.import', entityType: 'population', entityId: years.join(','), after: { ...result, source: input.source } }],
    };
  },
});

/** For the CLI (`samrad import population <file> --source …`): reads the file and runs the command. */
export async function importPopulationFile(db: Db, actor: Actor, path: string, source: string): Promise<ImportPopulationResult> {
  const text = decodeCsvBytes(new Uint8Array(await readFile(path)));
  return execute(db, importPopulation, actor, { text, source });
}
