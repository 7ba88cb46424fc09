import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, RefusedError } from '../../bench/data/generate';
import { readManifest, writeManifest, type Manifest } from '../../bench/data/manifest';
import { createTextGenerator } from '../../bench/data/norwegian-text';
import type { Options } from '../../bench/data/options';
import { buildWorld } from '../../bench/data/world';
import { openPostgres, openSqlite } from '../../src/platform/db/database';
import type { Database } from '../../src/platform/db/schema';
import { searchDocuments } from '../../src/modules/archive';
import { loadRegistryData } from '../../src/modules/registry/registry-data';
import { stemsOf } from '../../src/platform/search';
import { createEmptyPostgresDatabase } from '../support/test-database';

// The generator at a tiny scale, on the engine the suite runs on (DATABASE_URL → PostgreSQL): the
// counts follow the scale, a seed gives the same data twice, a non-empty target is refused untouched,
// --resume finishes a stopped run, and the text is varied, searchable Norwegian.

const SCALE = 0.002;
const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
const dropAfter: (() => Promise<void>)[] = [];

interface Run {
  options: Options;
  manifest: Manifest;
}

async function newTarget(name: string, seed: number): Promise<Options> {
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    const pg = await createEmptyPostgresDatabase();
    dropAfter.push(pg.drop);
    databaseUrl = pg.url;
  }
  return { scale: SCALE, seed, out: join(dir, `${name}.sqlite`), manifest: join(dir, `${name}.manifest.json`), databaseUrl, resume: false, progress: false, quiet: true };
}

async function withDb<T>(options: Options, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const open = options.databaseUrl ? await openPostgres(options.databaseUrl) : openSqlite(dir, options.out.slice(dir.length + 1));
  try {
    return await work(open.db);
  } finally {
    await open.close();
  }
}

/** A fingerprint of the generated content: chosen columns of the main tables, in id order. */
async function fingerprint(options: Options): Promise<string> {
  return withDb(options, async (db) => {
    const hash = createHash('sha256');
    const parts = [
      sql`select id, cooperation_id, title, proposal_text, background from cases order by id`,
      sql`select id, meeting_id, body_id, position, case_id, number, number_year from agenda_items order by id`,
      sql`select id, kind, title, text, case_id from documents order by id`,
      sql`select document_id, tokens from search_entries order by document_id`,
      sql`select id, member_code, status, outcome, resolution_text from joint_case_councils order by id`,
      sql`select id, survey_id, role, municipality_code, answers from survey_responses order by id`,
    ];
    for (const part of parts) hash.update(JSON.stringify((await part.execute(db)).rows));
    return hash.digest('hex');
  });
}

let first: Run;
let second: Run;

beforeAll(async () => {
  const a = await newTarget('a', 7);
  const b = await newTarget('b', 7);
  first = { options: a, manifest: await generate(a) };
  second = { options: b, manifest: await generate(b) };
}, 60_000);

afterAll(async () => {
  for (const drop of dropAfter) await drop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('bench:data at a tiny scale', () => {
  it('writes the counts the scale asks for, and the whole register', async () => {
    const counts = first.manifest.counts!;
    expect(counts.authorities).toBe(loadRegistryData().authorities.length);
    expect(counts.cases).toBe(Math.round(100_000 * SCALE));
    expect(counts.documents).toBe(Math.round(300_000 * SCALE));
    expect(counts.search_entries).toBe(counts.documents);
    expect(counts.survey_answers).toBe(Math.round(500_000 * SCALE));
    expect(counts.cooperations).toBe(3);
    expect(counts.surveys).toBe(2);
    expect(first.manifest.pages!.jointCase.councils).toBe(40);
    expect(first.manifest.queries).toHaveLength(300);
    expect(first.manifest.complete).toBe(true);
    // What the manifest says is what the database holds.
    await withDb(first.options, async (db) => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from documents`.execute(db);
      expect(Number(rows[0]!.n)).toBe(counts.documents);
    });
  });

  it('keeps the case numbers of each body and year gapless, and the sequences in step', async () => {
    await withDb(first.options, async (db) => {
      const { rows } = await sql<{ body_id: number; number_year: number; n: number; top: number; last_number: number }>`
        select a.body_id, a.number_year, count(*) as n, max(a.number) as top, s.last_number
        from agenda_items a join case_number_sequences s on s.body_id = a.body_id and s.year = a.number_year
        where a.number is not null group by a.body_id, a.number_year, s.last_number`.execute(db);
      expect(rows.length).toBeGreaterThan(10);
      for (const r of rows) expect([Number(r.n), Number(r.top)]).toEqual([Number(r.last_number), Number(r.last_number)]);
    });
  });

  it('gives the same data for the same seed, and other data for another seed', async () => {
    const [a, b] = [await fingerprint(first.options), await fingerprint(second.options)];
    expect(a).toBe(b);
    // A third database would cost seconds: the seed's reach is shown on the frame and the text instead.
    const members = (seed: number) => JSON.stringify(buildWorld(seed, SCALE).cooperations.map((c) => c.memberships));
    expect(members(7)).toBe(members(7));
    expect(members(8)).not.toBe(members(7));
    expect(createTextGenerator(8, ['Ås']).casePaper(200)).not.toBe(createTextGenerator(7, ['Ås']).casePaper(200));
  });

  it('refuses a target that is not empty, and leaves it as it was', async () => {
    const before = await fingerprint(first.options);
    const fileBefore = first.options.databaseUrl ? null : sha(readFileSync(first.options.out));
    await expect(generate(first.options)).rejects.toThrow(RefusedError);
    await expect(generate(first.options)).rejects.toThrow(/is not empty.*--resume/);
    if (fileBefore) expect(sha(readFileSync(first.options.out))).toBe(fileBefore);
    expect(await fingerprint(first.options)).toBe(before);
  });

  it('resumes after the last completed stage and ends with the same data', async () => {
    const whole = await fingerprint(second.options);
    // As if the run had stopped during the surveys: their rows gone, the stage not recorded.
    await withDb(second.options, async (db) => {
      await db.deleteFrom('survey_responses').execute();
      await db.deleteFrom('survey_invitations').execute();
      await db.deleteFrom('surveys').execute();
    });
    const stopped = readManifest(second.options.manifest)!;
    writeManifest(second.options.manifest, { ...stopped, completedStages: stopped.completedStages.filter((s) => s !== 'surveys'), complete: false });
    await expect(generate({ ...second.options, resume: true, seed: 9 })).rejects.toThrow(/--seed 7/);
    const resumed = await generate({ ...second.options, resume: true });
    expect(resumed.complete).toBe(true);
    expect(resumed.counts!.survey_answers).toBe(Math.round(500_000 * SCALE));
    expect(await fingerprint(second.options)).toBe(whole);
    // Rows carry explicit ids: the application's next insert must still get a free one.
    await withDb(second.options, async (db) => {
      const row = await db.insertInto('persons').values({ name: 'Rolle uten navn', created_at: new Date().toISOString() } as never).returning('id').executeTakeFirstOrThrow();
      expect(row.id).toBe(resumed.counts!.persons! + 1);
    });
  }, 30_000);

  it('indexes the documents so that the manifest\'s queries find what they should', async () => {
    const queries = first.manifest.queries!;
    await withDb(first.options, async (db) => {
      const search = (q: string) => searchDocuments(db, q, { publicOnly: true }, { page: 1, limit: 5 });
      const prefix = queries.find((q) => q.kind === 'prefix')!.q;
      expect((await search(prefix)).items.length).toBeGreaterThan(0);
      expect((await search(queries.find((q) => q.kind === 'no_hits')!.q)).items).toEqual([]);
      expect((await search('kommune')).items.length).toBeGreaterThan(0);
    });
  });
});

describe('the Norwegian text generator', () => {
  it('writes varied Norwegian: no paragraph twice, æ ø å, a wide vocabulary, words search can stem', () => {
    const g = createTextGenerator(1, ['Tromsø', 'Bærum', 'Ås']);
    const paragraphs = Array.from({ length: 2_000 }, () => g.paragraph());
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    const text = paragraphs.join('\n');
    for (const letter of ['æ', 'ø', 'å']) expect(text).toContain(letter);
    const words = new Set(text.toLowerCase().match(/\p{L}+/gu));
    expect(words.size).toBeGreaterThan(2_000);
    expect(stemsOf(text).length).toBeGreaterThan(words.size);
    const paper = g.casePaper(400).split(/\s+/).length;
    expect(paper).toBeGreaterThanOrEqual(400);
    expect(paper).toBeLessThan(600);
    expect(createTextGenerator(1, ['Tromsø']).casePaper(300)).toBe(createTextGenerator(1, ['Tromsø']).casePaper(300));
  });
});

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
