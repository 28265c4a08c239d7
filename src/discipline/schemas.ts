import * as z from 'zod/mini';
import { boundedText, itemList, recordList } from '../core/schemas';
import { isoDateSchema, legalBasisSchema, localizedTextSchema, type IsoDate } from '../core';
import type { AbsenceTierTable } from './rules/absence-tiers';

/** The largest count accepted: far beyond any real year, small enough to keep arithmetic exact. */
const MAX_COUNT = 100_000;

/** The longest lateness of one day, in minutes: 7½ hours (a longer gap is a day of absence). */
const MAX_LATE_MINUTES = 450;

const countSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(0), z.maximum(MAX_COUNT)))();

/**
 * The zod schema of a {@link SanctionDefinition}: a code, a level, a rank from 1, a label in both languages, an
 * optional duration and allowance cut, and whether it dismisses.
 *
 * @example
 * ```ts
 * import { sanctionDefinitionSchema } from 'asn-kit/discipline';
 * sanctionDefinitionSchema.safeParse({
 *   code: 'written-reprimand', level: 'light', rank: 2, dismissal: false,
 *   label: { id: 'Teguran tertulis', en: 'Written reprimand' },
 * }).success;
 * // => true
 * ```
 */
export const sanctionDefinitionSchema = /* @__PURE__ */ (() => z.object({
  code: boundedText(),
  level: z.enum(['light', 'moderate', 'severe']),
  rank: z.int().check(z.minimum(1)),
  label: localizedTextSchema,
  months: z.exactOptional(z.int().check(z.minimum(1))),
  allowanceCutPercent: z.exactOptional(z.number().check(z.positive(), z.maximum(100))),
  dismissal: z.boolean(),
}))();

/**
 * The zod schema of an {@link AbsenceTrigger}: a yearly total from `min` to `max` days, or a run of consecutive
 * working days. That `max` is not below `min` is checked by {@link parseAbsenceTierTable}, not by this schema.
 *
 * @example
 * ```ts
 * import { absenceTriggerSchema } from 'asn-kit/discipline';
 * absenceTriggerSchema.safeParse({ kind: 'consecutive', days: 10 }).success;
 * // => true
 * ```
 */
export const absenceTriggerSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('year-total'),
    min: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)),
    max: z.exactOptional(z.int().check(z.minimum(1), z.maximum(MAX_COUNT))),
  }),
  z.object({ kind: z.literal('consecutive'), days: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)) }),
]))();

/**
 * The zod schema of one {@link AbsenceTierRow}: an id, a trigger, a sanction, an optional salary stop, a legal basis
 * and effective dates. That a row does not end before it starts is checked by {@link parseAbsenceTierTable}.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { absenceTierRowSchema } from 'asn-kit/discipline';
 * // An agency row with a field of its own:
 * const agencyRow = z.extend(absenceTierRowSchema, { decree: z.string() });
 * Object.keys(agencyRow.shape).includes('decree'); // => true
 * ```
 */
export const absenceTierRowSchema = /* @__PURE__ */ (() => z.object({
  id: boundedText(),
  trigger: absenceTriggerSchema,
  sanction: sanctionDefinitionSchema,
  stopsSalary: z.exactOptional(z.boolean()),
  basis: legalBasisSchema,
  effective: z.object({ from: isoDateSchema, to: z.exactOptional(isoDateSchema) }),
}))();

/**
 * The zod schema of an absence tier table: the built-in PNS table's shape, for agency tables (PPPK discipline is set
 * by each agency). Every row needs an id, a trigger, a sanction with a rank, a legal basis and effective dates.
 * The checks across fields (a tier's `max` not below its `min`, a row not ending before it starts) are run by
 * {@link parseAbsenceTierTable}, so the object schema stays extendable.
 *
 * @example
 * ```ts
 * import { absenceTierTableSchema } from 'asn-kit/discipline';
 * absenceTierTableSchema.safeParse({ name: 'x', rows: [] }).success;
 * // => false
 * ```
 */
export const absenceTierTableSchema = /* @__PURE__ */ (() => z.object({
  name: boundedText(),
  rows: itemList(absenceTierRowSchema).check(z.minLength(1)),
}))();

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
  /** Unexcused absence in the calendar year, in the unit's working days (docs/interpretations.md#absence-counting, #leave-year). */
  readonly yearTotal: number;
  /** The longest run of unexcused absence on consecutive working days. */
  readonly longestConsecutive: number;
  /** Minutes of lateness and early leaving in the year; they count only with `convertLateness` (docs/interpretations.md#lateness-conversion). */
  readonly lateMinutes?: number;
  /**
   * The date whose rules apply (the table rows in force that day). Without it, the newest rules of the table apply:
   * those in force on the latest `effective.from` of its rows.
   */
  readonly asOf?: IsoDate;
}

/**
 * The zod schema of {@link AbsenceSanctionParams}: whole, non-negative counts and a real date. Other keys are
 * dropped.
 *
 * @example
 * ```ts
 * import { absenceSanctionParamsSchema } from 'asn-kit/discipline';
 * absenceSanctionParamsSchema.safeParse({ yearTotal: 2.5, longestConsecutive: 0 }).success;
 * // => false
 * ```
 */
export const absenceSanctionParamsSchema = /* @__PURE__ */ (() => z.object({
  yearTotal: countSchema,
  longestConsecutive: countSchema,
  lateMinutes: z.exactOptional(z.int().check(z.minimum(0), z.maximum(MAX_COUNT * MAX_LATE_MINUTES))),
  asOf: z.exactOptional(isoDateSchema),
}))();

/**
 * Options of {@link absenceSanction} and {@link tallyAbsence}. An unknown key is an error
 * (`discipline/invalid-input`), never ignored.
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
   * angka 11). Off by default, because PP 94/2021 does not state it (docs/interpretations.md#absence-counting).
   */
  readonly convertLateness?: boolean;
  /**
   * The tier table to apply; default {@link ABSENCE_SANCTION_TIERS} (PNS). Pass the agency's table for PPPK,
   * preferably once parsed by {@link parseAbsenceTierTable} (a parsed table is not checked again).
   */
  readonly table?: AbsenceTierTable;
}

/**
 * The zod schema of {@link AbsenceSanctionOptions}: a strict object, so a misspelt option is refused.
 *
 * @example
 * ```ts
 * import { absenceSanctionOptionsSchema } from 'asn-kit/discipline';
 * absenceSanctionOptionsSchema.safeParse({ convertLateness: 'yes' }).success;
 * // => false
 * absenceSanctionOptionsSchema.safeParse({ convertLatenes: true }).success;
 * // => false (unknown key)
 * ```
 */
export const absenceSanctionOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  convertLateness: z.exactOptional(z.boolean()),
  table: z.exactOptional(absenceTierTableSchema),
}))();

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
 * `convertLateness` option (docs/interpretations.md#lateness-conversion).
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
 * The zod schema of an {@link AbsentRecord}: real dates. That the period is ordered is checked by
 * {@link parseAbsenceRecords}, so the object schema stays extendable.
 *
 * @example
 * ```ts
 * import { absentRecordSchema } from 'asn-kit/discipline';
 * absentRecordSchema.safeParse({ type: 'absent', from: '2025-02-29' }).success;
 * // => false
 * ```
 */
export const absentRecordSchema = /* @__PURE__ */ (() => z.object({
  type: z.literal('absent'),
  from: isoDateSchema,
  to: z.exactOptional(isoDateSchema),
}))();

/**
 * The zod schema of a {@link LatenessRecord}: a real date and whole minutes from 1 to 450.
 *
 * @example
 * ```ts
 * import { latenessRecordSchema } from 'asn-kit/discipline';
 * latenessRecordSchema.safeParse({ type: 'late', date: '2025-02-03', minutes: 451 }).success;
 * // => false
 * ```
 */
export const latenessRecordSchema = /* @__PURE__ */ (() => z.object({
  type: z.enum(['late', 'left-early']),
  date: isoDateSchema,
  minutes: z.int().check(z.minimum(1), z.maximum(MAX_LATE_MINUTES)),
}))();

/**
 * The zod schema of one {@link AbsenceRecord}, told apart by `type`. Embed it in your own request schema; the
 * order of an absence period is checked by {@link parseAbsenceRecords}.
 *
 * @example
 * ```ts
 * import { absenceRecordSchema } from 'asn-kit/discipline';
 * absenceRecordSchema.safeParse({ type: 'sick', from: '2025-03-24' }).success;
 * // => false
 * absenceRecordSchema.safeParse({ type: 'left-early', date: '2025-03-24', minutes: 30 }).success;
 * // => true
 * ```
 */
export const absenceRecordSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [absentRecordSchema, latenessRecordSchema]))();

/**
 * The zod schema of an employee's attendance log: a list of {@link AbsenceRecord}s, what {@link parseAbsenceRecords}
 * and {@link tallyAbsence} take.
 *
 * @example
 * ```ts
 * import { absenceRecordsSchema } from 'asn-kit/discipline';
 * absenceRecordsSchema.safeParse([{ type: 'absent', from: '2025-03-24' }]).success;
 * // => true
 * ```
 */
export const absenceRecordsSchema = /* @__PURE__ */ recordList(absenceRecordSchema);
