/**
 * Runs every stage in order against one store, printing a progress line per stage, and returns the report.
 */
import { createRandom } from './random';
import type { DemoReport } from './report/document';
import { formatNumber, say, type Lang } from './report/text';
import type { Stage } from './stage';
import type { DemoStore } from './store';

/** What a run needs. */
export interface RunParams {
  readonly store: DemoStore;
  readonly stages: readonly Stage[];
  readonly employees: number;
  readonly seed: number;
  readonly year: number;
  readonly lang: Lang;
  /** Where the progress lines go (the console in `npm run demo`). */
  readonly progress: (line: string) => void;
}

/** Runs the stages and collects their sections. */
export async function runDemo(params: RunParams): Promise<DemoReport> {
  const random = createRandom(params.seed);
  const sections = [];
  for (const [index, stage] of params.stages.entries()) {
    const started = performance.now();
    const outcome = await stage.run({ store: params.store, random: random.fork(stage.id), year: params.year, employees: params.employees });
    const seconds = formatNumber((performance.now() - started) / 1000, params.lang, 1);
    const counts = outcome.counts.map(([count, label]) => `${formatNumber(count, params.lang)} ${say(label, params.lang)}`).join(', ');
    params.progress(`[${String(index + 1)}/${String(params.stages.length)}] ${say(stage.title, params.lang).padEnd(28)} ${counts} (${seconds} s)`);
    sections.push(outcome.section);
  }
  return { seed: params.seed, employees: params.employees, year: params.year, sections };
}
