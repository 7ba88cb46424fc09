import cliProgress from 'cli-progress';

/**
 * Progress on stderr: a bar with the stage, counts, rate and time left when stderr is a terminal (or
 * with --progress), otherwise one line per stage, so logs of CI runs stay readable.
 */
export interface Progress {
  stage(name: string): void;
  add(units: number): void;
  stageDone(name: string, seconds: number, counts: Record<string, number>): void;
  stop(): void;
}

export function createProgress(total: number, forceBar: boolean, quiet = false): Progress {
  const started = Date.now();
  let value = 0;
  let current = '';
  const multi =
    !quiet && (process.stderr.isTTY || forceBar)
      ? new cliProgress.MultiBar(
          {
            stream: process.stderr,
            format: '{bar} {percentage}% | {stage} | {value}/{total} work units (a document, or 25 survey answers) | {rate}/s | {duration_formatted} elapsed, ETA {eta_formatted}',
            hideCursor: true,
            etaBuffer: 50,
            fps: 5,
            noTTYOutput: forceBar && !process.stderr.isTTY,
            notTTYSchedule: 5_000,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  // A multi-bar with one bar: it can print the stage lines above the bar without breaking it.
  const bar = multi?.create(total, 0, { stage: 'starting', rate: 0 });
  const rate = () => Math.round(value / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('nb-NO');
  return {
    stage(name) {
      current = name;
      bar?.update(value, { stage: name, rate: rate() });
    },
    add(units) {
      value = Math.round((value + units) * 100) / 100;
      bar?.update(value, { stage: current, rate: rate() });
    },
    stageDone(name, seconds, counts) {
      const summary = Object.entries(counts)
        .map(([table, n]) => `${table} ${n.toLocaleString('nb-NO')}`)
        .join(', ');
      const line = `✓ ${name} in ${seconds.toFixed(1)} s${summary ? `: ${summary}` : ''}`;
      if (multi) multi.log(`${line}\n`);
      else if (!quiet) process.stderr.write(`${line}\n`);
    },
    stop() {
      multi?.stop();
    },
  };
}
