import { migrateToLatest } from '../../src/platform/db/migrate';
import { syncRegistry } from '../../src/modules/registry';
import { countRows, findPages, readManifest, writeManifest, type Manifest } from './manifest';
import type { Options } from './options';
import { createProgress } from './progress';
import { searchQueries } from './queries';
import { writeFrame } from './stages/frame';
import { writeJointCases } from './stages/joint-cases';
import { answerCount, writeSurveys } from './stages/surveys';
import { writeYear } from './stages/year';
import { shares } from './stages/year-model';
import { existingContent, openTarget, type Writer } from './target';
import { buildWorld, FIRST_YEAR, LAST_YEAR } from './world';

/** A refusal the user can act on (non-empty target, a resume that does not match): exit code 2. */
export class RefusedError extends Error {}

export const FULL = { cases: 100_000, documents: 300_000 } as const;
const ANSWERS_PER_UNIT = 25;

interface Stage {
  name: string;
  /** Units for the progress bar: documents and survey answers, the bulk of the work. */
  units: number;
  run(w: Writer | null): Promise<Record<string, number>>;
}

/** Builds the dataset described in bench/README.md; returns the final manifest. */
export async function generate(options: Options): Promise<Manifest> {
  const existing = await existingContent(options);
  const previous = readManifest(options.manifest);
  if (existing && !options.resume) {
    throw new RefusedError(`${existing}. Delete it (or choose another --out) to build afresh, or add --resume to continue a run that stopped.`);
  }
  if (options.resume && existing) {
    if (!previous) throw new RefusedError(`${existing}, and there is no manifest at ${options.manifest} to resume from. Delete the target and start again.`);
    if (previous.seed !== options.seed || previous.scale !== options.scale) {
      throw new RefusedError(`The run at ${options.manifest} was made with --seed ${previous.seed} --scale ${previous.scale}; resume with the same values, or delete the target.`);
    }
  }
  const started = Date.now();
  const target = await openTarget(options);
  const resumed = options.resume && existing && previous ? previous : null;
  const manifest: Manifest = resumed ?? {
    format: 'samrad-bench-data/1',
    seed: options.seed,
    scale: options.scale,
    database: target.dialect,
    location: target.location,
    completedStages: [],
    stageSeconds: {},
    stageCounts: {},
    complete: false,
  };
  manifest.complete = false;
  writeManifest(options.manifest, manifest);

  const world = buildWorld(options.seed, options.scale);
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const casesPerYear = shares(Math.round(FULL.cases * options.scale), years.map(() => 1));
  const documentsPerYear = shares(Math.round(FULL.documents * options.scale), years.map(() => 1));
  // Work units for the bar: a document (text, stems, index) costs about as much as 25 survey answers.
  const answerUnits = (answers: number) => answers / ANSWERS_PER_UNIT;
  const progress = createProgress(Math.round(FULL.documents * options.scale + answerUnits(answerCount(options.scale))), options.progress, options.quiet);

  const stages: Stage[] = [
    {
      name: 'schema',
      units: 0,
      async run() {
        await migrateToLatest(target.db);
        const sync = await syncRegistry(target.db);
        return { authorities: sync.authorities, authority_names: sync.names, authority_changes: sync.changes };
      },
    },
    { name: 'frame', units: 0, run: (w) => writeFrame(w!, world) },
    ...years.map((year, i) => ({
      name: `year-${year}`,
      units: documentsPerYear[i]!,
      run: (w: Writer | null) => writeYear(w!, world, options.seed, { year, cases: casesPerYear[i]!, documents: documentsPerYear[i]! }, (n) => progress.add(n)),
    })),
    { name: 'joint-cases', units: 0, run: (w) => writeJointCases(w!, world, options.seed, options.scale) },
    { name: 'surveys', units: answerUnits(answerCount(options.scale)), run: (w) => writeSurveys(w!, world, options.seed, options.scale, (n) => progress.add(answerUnits(n))) },
  ];

  try {
    for (const stage of stages) {
      if (manifest.completedStages.includes(stage.name)) {
        progress.add(stage.units);
        continue;
      }
      progress.stage(stage.name);
      const t = Date.now();
      const counts = stage.name === 'schema' ? await stage.run(null) : await target.stage((w) => stage.run(w));
      const seconds = (Date.now() - t) / 1000;
      manifest.completedStages.push(stage.name);
      manifest.stageSeconds[stage.name] = seconds;
      manifest.stageCounts[stage.name] = counts;
      writeManifest(options.manifest, manifest);
      progress.stageDone(stage.name, seconds, counts);
    }
    progress.stage('finishing');
    const queries = searchQueries(options.seed, world.placeNames);
    manifest.counts = { ...(await countRows(target.db)), survey_answers: manifest.stageCounts.surveys?.survey_answers ?? 0 };
    manifest.pages = await findPages(target.db, world, queries[0]!.q);
    manifest.queries = queries;
  } catch (error) {
    progress.stop();
    await target.close();
    throw error;
  }
  progress.stop();
  await target.finish();
  manifest.complete = true;
  manifest.totalSeconds = (resumed?.totalSeconds ?? 0) + (Date.now() - started) / 1000;
  writeManifest(options.manifest, manifest);
  return manifest;
}
