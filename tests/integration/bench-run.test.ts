import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/run/options';
import { prepareDatabase } from '../../src/boot';
import { loadConfig } from '../../src/platform/config';
import { openSqlite } from '../../src/platform/db/database';
import { todayInOslo } from '../../src/platform/i18n';
import { createLogger } from '../../src/platform/logger';
import { runNodeScript, type ProcessResult } from '../support/process';

// `npm run bench` end to end at the smallest size, on the demo in SQLite (the benchmark needs a file):
// two pages, one-second loads at 5 connections. It checks the results file's shape and that every
// figure is a plausible measurement, never how fast: timings are the benchmark's to judge, not a test's.
describe('npm run bench (smoke)', () => {
  let dir: string;
  let run: ProcessResult;
  let result: Record<string, any>;
  const file = () => join(dir, 'results', `${todayInOslo()}-sqlite`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samrad-bench-run-'));
    const config = loadConfig({ DATA_DIR: join(dir, 'demo'), SEED_DEMO: 'auto', LOG_LEVEL: 'silent' });
    await (await prepareDatabase(config, createLogger('silent'))).close();
    run = await runNodeScript(
      'bench/run/main.ts',
      ['--data', join(dir, 'demo', 'samrad.sqlite'), '--duration', '1', '--connections', '5', '--pages', 'home,case', '--startups', '0', '--out', join(dir, 'results')],
      // SQLite only, even when the suite runs with DATABASE_URL.
      { env: { DATABASE_URL: undefined }, timeoutMs: 170_000 },
    );
    if (existsSync(`${file()}.json`)) result = JSON.parse(readFileSync(`${file()}.json`, 'utf8'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs to the end and writes the JSON and the Markdown', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(`${file()}.json`)).toBe(true);
    expect(readFileSync(`${file()}.md`, 'utf8')).toMatch(/\| Start-up ≤ 2 s \| \d+ ms \| (met|NOT met) \|/);
  });

  it('has exactly the shape the issue fixes', () => {
    expect(Object.keys(result)).toEqual(['database', 'date', 'commit', 'pages', 'search', 'writes', 'startup_ms', 'peak_rss_mb']);
    expect(result.database).toBe('sqlite');
    expect(result.date).toBe(todayInOslo());
    expect(result.commit === null || /^[0-9a-f]{40}$/.test(result.commit)).toBe(true);
    expect(Object.keys(result.search)).toEqual(['queries', 'p50_ms', 'p95_ms']);
    expect(Object.keys(result.writes)).toEqual(['survey_responses_per_s', 'cases_per_s']);
    expect(result.pages.map((p: any) => `${p.name}:${p.cached}`)).toEqual(['home:true', 'home:false', 'case:true', 'case:false']);
    for (const page of result.pages) expect(Object.keys(page)).toEqual(['name', 'rps', 'p50_ms', 'p99_ms', 'ceiling_rps', 'ratio', 'cached']);
  });

  it('holds plausible measurements', () => {
    for (const p of result.pages) {
      expect(p.rps, p.name).toBeGreaterThan(0);
      expect(p.ceiling_rps, p.name).toBeGreaterThan(0);
      expect(p.p99_ms, p.name).toBeGreaterThanOrEqual(p.p50_ms);
      expect(p.ratio, p.name).toBeCloseTo(p.rps / p.ceiling_rps, 2);
    }
    expect(result.search.queries).toBe(300);
    expect(result.search.p95_ms).toBeGreaterThanOrEqual(result.search.p50_ms);
    expect(result.search.p50_ms).toBeGreaterThan(0);
    expect(result.writes.survey_responses_per_s).toBeGreaterThan(0);
    expect(result.writes.cases_per_s).toBeGreaterThan(0);
    expect(result.startup_ms).toBeGreaterThan(0);
    expect(result.peak_rss_mb).toBeGreaterThan(20);
    expect(result.peak_rss_mb).toBeLessThan(8000);
  });

  it('stored the writes it counted, through the commands, and closed its survey', async () => {
    const { db, close } = openSqlite(join(dir, 'demo'));
    try {
      const survey = await db.selectFrom('surveys').select(['id', 'status']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(survey.status).toBe('closed');
      const responses = await db.selectFrom('survey_responses').where('survey_id', '=', survey.id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(responses.n)).toBeGreaterThanOrEqual(result.writes.survey_responses_per_s);
      const audited = await db.selectFrom('audit_events').where('action', '=', 'case.create').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(audited.n)).toBeGreaterThanOrEqual(result.writes.cases_per_s);
    } finally {
      await close();
    }
  });

  it('refuses a bad option with a line that names it', () => {
    expect(() => parseOptions(['--duration', '0'])).toThrow(/--duration must be a number of seconds from 1 to 600/);
    expect(() => parseOptions(['--only', 'everything'])).toThrow(/--only must be one of startup, pages, search, writes/);
    expect(() => parseOptions(['--pages', 'home,frontpage'])).toThrow(/not known: frontpage/);
  });
});
