import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../core';
import type { AbsenceTierTable } from './rules/absence-tiers';

/** The largest count accepted: far beyond any real year, small enough to keep arithmetic exact. */
const MAX_COUNT = 100_000;

const countSchema = /* @__PURE__ */ z.int().min(0).max(MAX_COUNT);

const localizedTextSchema = /* @__PURE__ */ z.object({ id: z.string().min(1), en: z.string().min(1) });

const legalBasisSchema = /* @__PURE__ */ z.object({
  instrument: z.string().min(1),
  article: z.string().min(1).exactOptional(),
  note: z.string().min(1).exactOptional(),
});

const sanctionDefinitionSchema = /* @__PURE__ */ z.object({
  code: z.string().min(1),
  level: z.enum(['light', 'moderate', 'severe']),
  rank: z.int().min(1),
  label: localizedTextSchema,
  months: z.int().min(1).exactOptional(),
  allowanceCutPercent: z.number().gt(0).max(100).exactOptional(),
  dismissal: z.boolean(),
});

const absenceTriggerSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('year-total'), min: z.int().min(1).max(MAX_COUNT), max: z.int().min(1).max(MAX_COUNT).exactOptional() })
    .refine((trigger) => trigger.max === undefined || trigger.min <= trigger.max, {
      error: 'The largest total of a tier must not be below its smallest',
      path: ['max'],
    }),
  z.object({ kind: z.literal('consecutive'), days: z.int().min(1).max(MAX_COUNT) }),
]);

/**
 * The zod schema of an absence tier table: the built-in PNS table's shape, for agency tables (PPPK discipline is set
 * by each agency). Every row needs an id, a trigger, a sanction with a rank, a legal basis and effective dates.
 *
 * @example
 * ```ts
 * import { absenceTierTableSchema } from 'asn-kit/discipline';
 * absenceTierTableSchema.safeParse({ name: 'x', rows: [] }).success;
 * // => false
 * ```
 */
export const absenceTierTableSchema: z.ZodType<AbsenceTierTable> = /* @__PURE__ */ z.object({
  name: z.string().min(1),
  rows: z
    .array(
      z
        .object({
          id: z.string().min(1),
          trigger: absenceTriggerSchema,
          sanction: sanctionDefinitionSchema,
          stopsSalary: z.boolean().exactOptional(),
          basis: legalBasisSchema,
          effective: z.object({ from: isoDateSchema, to: isoDateSchema.exactOptional() }),
        })
        .refine((row) => row.effective.to === undefined || row.effective.from <= row.effective.to, {
          error: 'A row must not end before it starts',
          path: ['effective', 'to'],
        }),
    )
    .min(1),
});

/**
 * The counts {@link absenceSanction} decides on.
 *
 * @example
 * ```ts
 * import type { AbsenceSanctionParams } from 'asn-kit/discipline';
 * const params: AbsenceSanctionParams = { yearTotal: 12, longestConsecutive: 3 };
 * ```
 */
export interface AbsenceSanctionParams {
  /** Unexcused absence in the calendar year, in the unit's working days (RULINGS R-DS1, R-D4). */
  readonly yearTotal: number;
  /** The longest run of unexcused absence on consecutive working days. */
  readonly longestConsecutive: number;
  /** Minutes of lateness and early leaving in the year; they count only with `convertLateness` (RULINGS R-DS1). */
  readonly lateMinutes?: number;
  /**
   * The date whose rules apply (the table rows in force that day). Without it, the newest rules of the table apply:
   * those in force on the latest `effective.from` of its rows.
   */
  readonly asOf?: IsoDate;
}

/**
 * The zod schema of {@link AbsenceSanctionParams}: whole, non-negative counts and a real date.
 *
 * @example
 * ```ts
 * import { absenceSanctionParamsSchema } from 'asn-kit/discipline';
 * absenceSanctionParamsSchema.safeParse({ yearTotal: 2.5, longestConsecutive: 0 }).success;
 * // => false
 * ```
 */
export const absenceSanctionParamsSchema: z.ZodType<AbsenceSanctionParams> = /* @__PURE__ */ z.object({
  yearTotal: countSchema,
  longestConsecutive: countSchema,
  lateMinutes: z.int().min(0).max(MAX_COUNT * 450).exactOptional(),
  asOf: isoDateSchema.exactOptional(),
});

/**
 * Options of {@link absenceSanction} and {@link tallyAbsence}.
 *
 * @example
 * ```ts
 * import type { AbsenceSanctionOptions } from 'asn-kit/discipline';
 * const options: AbsenceSanctionOptions = { convertLateness: true };
 * ```
 */
export interface AbsenceSanctionOptions {
  /**
   * Convert lateness and early leaving into days of absence, 7½ hours = 1 day (PP 53/2010 Penjelasan Pasal 3
   * angka 11). Off by default, because PP 94/2021 does not state it (RULINGS R-DS1).
   */
  readonly convertLateness?: boolean;
  /** The tier table to apply; default {@link ABSENCE_SANCTION_TIERS} (PNS). Pass the agency's table for PPPK. */
  readonly table?: AbsenceTierTable;
}

/**
 * The zod schema of {@link AbsenceSanctionOptions}.
 *
 * @example
 * ```ts
 * import { absenceSanctionOptionsSchema } from 'asn-kit/discipline';
 * absenceSanctionOptionsSchema.safeParse({ convertLateness: 'yes' }).success;
 * // => false
 * ```
 */
export const absenceSanctionOptionsSchema: z.ZodType<AbsenceSanctionOptions> = /* @__PURE__ */ z.object({
  convertLateness: z.boolean().exactOptional(),
  table: absenceTierTableSchema.exactOptional(),
});

/**
 * Options of {@link tallyAbsence}: the same as those of {@link absenceSanction}.
 *
 * @example
 * ```ts
 * import { ABSENCE_SANCTION_TIERS, type TallyAbsenceOptions } from 'asn-kit/discipline';
 * const options: TallyAbsenceOptions = { table: ABSENCE_SANCTION_TIERS, convertLateness: false };
 * ```
 */
export type TallyAbsenceOptions = AbsenceSanctionOptions;

/**
 * Unexcused absence ("tidak Masuk Kerja tanpa alasan yang sah") from `from` to `to`, both included; only the unit's
 * working days in the period count.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { AbsentRecord } from 'asn-kit/discipline';
 * const record: AbsentRecord = { type: 'absent', from: '2025-03-24' as IsoDate, to: '2025-04-11' as IsoDate };
 * ```
 */
export interface AbsentRecord {
  /** Always `absent`. */
  readonly type: 'absent';
  /** The first day of absence. */
  readonly from: IsoDate;
  /** The last day of absence (included); absent for a single day. */
  readonly to?: IsoDate;
}

/**
 * Coming late (`late`) or leaving early (`left-early`) on one day, in minutes. It counts only with the
 * `convertLateness` option (RULINGS R-DS1).
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { LatenessRecord } from 'asn-kit/discipline';
 * const record: LatenessRecord = { type: 'late', date: '2025-02-03' as IsoDate, minutes: 25 };
 * ```
 */
export interface LatenessRecord {
  /** `late` or `left-early`. */
  readonly type: 'late' | 'left-early';
  /** The day. */
  readonly date: IsoDate;
  /** Whole minutes, 1 to 450 (a longer gap is a day of absence, not lateness). */
  readonly minutes: number;
}

/**
 * One attendance record of an employee: a period of unexcused absence, or lateness / early leaving on a day.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { AbsenceRecord } from 'asn-kit/discipline';
 * const records: AbsenceRecord[] = [
 *   { type: 'absent', from: '2025-01-15' as IsoDate },
 *   { type: 'left-early', date: '2025-01-17' as IsoDate, minutes: 30 },
 * ];
 * ```
 */
export type AbsenceRecord = AbsentRecord | LatenessRecord;

/**
 * The zod schema of one {@link AbsenceRecord}: real dates, an ordered period, whole minutes from 1 to 450.
 *
 * @example
 * ```ts
 * import { absenceRecordSchema } from 'asn-kit/discipline';
 * absenceRecordSchema.safeParse({ type: 'absent', from: '2025-04-11', to: '2025-03-24' }).success;
 * // => false
 * ```
 */
export const absenceRecordSchema: z.ZodType<AbsenceRecord> = /* @__PURE__ */ z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('absent'), from: isoDateSchema, to: isoDateSchema.exactOptional() })
    .refine((record) => record.to === undefined || record.from <= record.to, {
      error: 'The end of an absence must not be before its start',
      path: ['to'],
    }),
  z.object({ type: z.enum(['late', 'left-early']), date: isoDateSchema, minutes: z.int().min(1).max(450) }),
]);
