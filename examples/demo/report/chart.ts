/**
 * The charts of the report as data; report/svg.ts draws them. Keeping them as data lets the Markdown summary and
 * the CSV files carry the same numbers as the pictures.
 */
import type { LocalizedText } from 'asn-kit/core';

/** A label that is either the same in both languages or localized. */
export type Label = string | LocalizedText;

/** Bars per category, one bar per series (grouped). */
export interface BarChart {
  readonly kind: 'bars';
  readonly id: string;
  readonly title: LocalizedText;
  readonly categories: readonly Label[];
  readonly series: readonly { readonly name: LocalizedText; readonly values: readonly number[] }[];
  /** What the values count, e.g. `{ id: 'hari kerja', en: 'working days' }`. */
  readonly unit: LocalizedText;
  /** The number of decimals shown on the value labels (default 0). */
  readonly decimals?: number;
  /** A fixed top of the value axis (default: the largest value). */
  readonly max?: number;
}

/** Small panels of bars, each bar against an allowed range [min, max]. */
export interface RangeChart {
  readonly kind: 'ranges';
  readonly id: string;
  readonly title: LocalizedText;
  readonly panels: readonly {
    readonly label: string;
    readonly bars: readonly { readonly label: Label; readonly short: Label; readonly value: number; readonly min: number; readonly max: number }[];
  }[];
  /** What the short labels under the bars stand for. */
  readonly key: readonly { readonly short: Label; readonly label: Label }[];
}

/** A 3 × 3 grid: `cells[row][column]`, row 0 at the top. */
export interface GridChart {
  readonly kind: 'grid';
  readonly id: string;
  readonly title: LocalizedText;
  readonly cells: readonly (readonly { readonly box: number; readonly count: number; readonly label: LocalizedText }[])[];
  readonly rows: LocalizedText;
  readonly columns: LocalizedText;
  /** The labels of the columns, left to right, and of the rows, top to bottom. */
  readonly columnLabels: readonly LocalizedText[];
  readonly rowLabels: readonly LocalizedText[];
}

/** Any chart of the report. */
export type Chart = BarChart | RangeChart | GridChart;
