/**
 * What a stage of the demo is: a named step that reads and writes the store, and hands back the counts for its
 * progress line and its section of the report. The report is built from these sections alone, so a new stage is
 * one file in stages/ plus one line in stages/index.ts.
 */
import type { LocalizedText } from 'asn-kit/core';
import type { Random } from './random';
import type { DemoStore } from './store';
import type { Chart } from './report/chart';

/** A table cell: text the same in both languages, a number, or text in both languages. */
export type Cell = string | number | LocalizedText;

/** A table of the report, also written as `<id>.csv`. */
export interface Table {
  /** The file name of the CSV, without `.csv`. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly columns: readonly LocalizedText[];
  readonly rows: readonly (readonly Cell[])[];
}

/** One section of the report. */
export interface Section {
  readonly id: string;
  readonly title: LocalizedText;
  /** One or two sentences: what was done and on what legal basis. */
  readonly lead: LocalizedText;
  /** Key figures, shown as a list (the Markdown summary repeats them). */
  readonly facts: readonly LocalizedText[];
  readonly charts: readonly Chart[];
  readonly tables: readonly Table[];
}

/** What a stage gives back. */
export interface StageOutcome {
  /** The counts of the progress line, e.g. `[[2000, { id: 'pegawai', en: 'employees' }]]`. */
  readonly counts: readonly (readonly [number, LocalizedText])[];
  readonly section: Section;
}

/** What every stage gets: the store, its own random stream, the demo year and the roster size asked for. */
export interface StageContext {
  readonly store: DemoStore;
  readonly random: Random;
  readonly year: number;
  readonly employees: number;
}

/** One step of the demo. */
export interface Stage {
  /** A short id, also the stage's random stream and its section id. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly run: (context: StageContext) => Promise<StageOutcome>;
}
