import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import {
  INPUT_LIMITS,
  invalidInput,
  addMonths,
  dateRangeSchema,
  endOfMonth,
  isoDateSchema,
  monthOf,
  reason,
  startOfNextMonth,
  validate,
  yearOf,
  type DateRange,
  type DateRangeInput,
  type IsoDate,
  type ParseableSchema,
  type Reason,
} from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { KIND } from './kinds';
import { forumRequirementSchema, forumSchema, serviceUnitSchema, type Forum, type ForumRequirement, type ServiceUnit } from './schemas';
import { ENGAGEMENT_BASIS } from './summarize-forums';
import { fieldsOf, isTrustedList, trustedListSchema } from './trusted';
import { deepFrozen } from '../core/frozen';
import { tooManyRows } from '../core/limits';

/**
 * Where a period stands: enough forums were held (`met`), it ended short (`missed`), it is under way and still
 * short (`in-progress`), or it has not begun (`upcoming`).
 *
 * @example
 * ```ts
 * import type { ForumPeriodStatus } from 'asn-kit/service-quality';
 * const status: ForumPeriodStatus = 'missed';
 * ```
 */
export type ForumPeriodStatus = 'met' | 'missed' | 'in-progress' | 'upcoming';

/**
 * One period of the requirement for one unit.
 *
 * @example
 * ```ts
 * import type { ForumPeriod } from 'asn-kit/service-quality';
 * import type { IsoDate } from 'asn-kit/core';
 * const period: ForumPeriod = { from: '2026-01-01' as IsoDate, to: '2026-03-31' as IsoDate, partial: false, held: 1, required: 1, status: 'met' };
 * ```
 */
export interface ForumPeriod {
  /** The first day of the period (clipped to the range checked). */
  readonly from: IsoDate;
  /** The last day of the period (clipped to the range checked). */
  readonly to: IsoDate;
  /** `true` when the range checked cuts the calendar period. */
  readonly partial: boolean;
  /** Forums of the required kinds held in the period. */
  readonly held: number;
  /** Forums the requirement asks for. */
  readonly required: number;
  /** Where the period stands on `asOf`. */
  readonly status: ForumPeriodStatus;
}

/**
 * The result for one unit.
 *
 * @example
 * ```ts
 * import type { UnitForumFrequency } from 'asn-kit/service-quality';
 * const result: UnitForumFrequency = { unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, periods: [], held: 0, missed: 0, onTrack: true };
 * ```
 */
export interface UnitForumFrequency {
  /** The unit. */
  readonly unit: ServiceUnit;
  /** Each period of the range checked, in order. */
  readonly periods: readonly ForumPeriod[];
  /** Forums of the required kinds held in the range checked. */
  readonly held: number;
  /** Periods that ended short. */
  readonly missed: number;
  /** `true` when no period ended short. */
  readonly onTrack: boolean;
}

/**
 * The result of {@link checkForumFrequency}.
 *
 * @example
 * ```ts
 * import type { ForumFrequencyCheck } from 'asn-kit/service-quality';
 * const check: ForumFrequencyCheck = { requirement: { every: 'year', atLeast: 1 }, units: [], reasons: [] };
 * ```
 */
export interface ForumFrequencyCheck {
  /** The requirement checked. */
  readonly requirement: ForumRequirement;
  /** One result per unit, in the order given. */
  readonly units: readonly UnitForumFrequency[];
  /** A warning per period that ended short. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

/**
 * The parameters of {@link checkForumFrequency}.
 *
 * @example
 * ```ts
 * import type { CheckForumFrequencyParams } from 'asn-kit/service-quality';
 * const params: CheckForumFrequencyParams = {
 *   forums: [], units: [{ id: 'dinkes', name: 'Dinas Kesehatan' }], requirement: { every: 'quarter', atLeast: 1 },
 *   period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-08-15',
 * };
 * ```
 */
export interface CheckForumFrequencyParams {
  /**
   * The forum sessions: best what `parseForums` returned (or forums `parseForum` returned), used without a second
   * check; anything else is checked first (see `forumSchema`).
   */
  readonly forums: readonly Forum[];
  /** The units to check, at least one. */
  readonly units: readonly ServiceUnit[];
  /** How often the work plan wants forums. */
  readonly requirement: ForumRequirement;
  /** The range checked (inclusive), cut into calendar periods. */
  readonly period: DateRangeInput;
  /** The day the check is read on, `YYYY-MM-DD`. */
  readonly asOf: string;
}

interface CheckedParams {
  readonly forums: readonly Forum[];
  readonly units: readonly ServiceUnit[];
  readonly requirement: ForumRequirement;
  readonly period: DateRange;
  readonly asOf: IsoDate;
}

const paramsSchemas: (ParseableSchema<CheckedParams> | undefined)[] = [];

/** The schema of the parameters, strict, with parsed forums taken as they are: two variants, each built once. */
function paramsSchema(trustForums: boolean): ParseableSchema<CheckedParams> {
  const variant = trustForums ? 1 : 0;
  const built = paramsSchemas[variant];
  if (built !== undefined) return built;
  const schema: ParseableSchema<CheckedParams> = z.strictObject({
    forums: trustForums ? trustedListSchema<Forum>() : recordList(forumSchema),
    units: recordList(serviceUnitSchema).check(z.minLength(1)),
    requirement: forumRequirementSchema,
    period: dateRangeSchema,
    asOf: isoDateSchema,
  });
  paramsSchemas[variant] = schema;
  return schema;
}

const PERIOD_ROWS = /* @__PURE__ */ deepFrozen({ id: 'unit × periode', en: 'units × periods' });

const MONTHS: Readonly<Record<ForumRequirement['every'], number>> = /* @__PURE__ */ deepFrozen({ month: 1, quarter: 3, 'half-year': 6, year: 12 });

const PERIOD_NAMES: Readonly<Record<ForumRequirement['every'], { id: string; en: string }>> = /* @__PURE__ */ deepFrozen({
  month: { id: 'bulan', en: 'month' },
  quarter: { id: 'triwulan', en: 'quarter' },
  'half-year': { id: 'semester', en: 'half-year' },
  year: { id: 'tahun', en: 'year' },
});

/** The calendar periods of `months` months that meet the range, clipped to it. */
function periodsOf(from: IsoDate, to: IsoDate, months: number): { from: IsoDate; to: IsoDate; partial: boolean }[] {
  const firstMonth = Math.floor((monthOf(from) - 1) / months) * months + 1;
  let start = `${yearOf(from)}-${String(firstMonth).padStart(2, '0')}-01` as IsoDate;
  const periods: { from: IsoDate; to: IsoDate; partial: boolean }[] = [];
  while (start <= to) {
    const end = endOfMonth(addMonths(start, months - 1));
    const clippedFrom = start < from ? from : start;
    const clippedTo = end > to ? to : end;
    periods.push({ from: clippedFrom, to: clippedTo, partial: clippedFrom !== start || clippedTo !== end });
    start = startOfNextMonth(end);
  }
  return periods;
}

/** The index of the first of the sorted `dates` after `date` (or, with `orEqual`, at or after it). */
function firstAfter(dates: readonly string[], date: string, orEqual = false): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = dates[middle] as string;
    if (value < date || (!orEqual && value === date)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Checks that each unit holds forums as often as the work plan says — at least `atLeast` dialogue sessions or open
 * forums (or only the kinds named) in every calendar month, quarter, half-year or year of the range — and reports
 * each period as met, missed, in progress or upcoming on `asOf`. A period the range cuts still asks for the full
 * number and is marked `partial`. The frequency is the work plan's; asn-kit sets no default.
 *
 * @param params - {@link CheckForumFrequencyParams}: `forums`, `units`, `requirement`, `period`, `asOf` (an unknown
 *   key is an error).
 * @returns `Ok(check)`, or `Err` with `service-quality/invalid-input` and the path of each bad field (also when
 *   the units × the periods of the range would pass `INPUT_LIMITS.total` rows: check a long range in parts).
 * @see Official: UU 25/2009 tentang Pelayanan Publik (peran serta masyarakat)
 * @example
 * ```ts
 * import { checkForumFrequency, parseForums } from 'asn-kit/service-quality';
 * const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * const forums = parseForums([
 *   { id: 'FKP-01', kind: 'open-forum', date: '2026-02-12', unit, participants: { citizens: 48, officials: 9 } },
 * ]);
 * if (forums.isOk()) {
 *   const check = checkForumFrequency({
 *     units: [unit],
 *     forums: forums.value,
 *     requirement: { every: 'quarter', atLeast: 1 },
 *     period: { from: '2026-01-01', to: '2026-12-31' },
 *     asOf: '2026-08-15',
 *   });
 *   check.map((c) => c.units[0]?.periods.map((p) => p.status)); // => Ok(['met', 'missed', 'in-progress', 'upcoming'])
 * }
 * ```
 */
export function checkForumFrequency(params: CheckForumFrequencyParams): Result<ForumFrequencyCheck, ServiceQualityError> {
  const given = fieldsOf(params);
  const parsed = validate(paramsSchema(isTrustedList(given.forums, KIND.forums, KIND.forum)), params, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { forums, units, requirement, asOf } = parsed.value;
  const range = parsed.value.period;
  const kinds = requirement.kinds ?? ['dialogue', 'open-forum'];
  const calendarPeriods = periodsOf(range.from, range.to, MONTHS[requirement.every]);
  if (units.length * calendarPeriods.length > INPUT_LIMITS.total) {
    return err(invalidInput('service-quality/invalid-input', [tooManyRows('period', PERIOD_ROWS)]));
  }
  const name = PERIOD_NAMES[requirement.every];
  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  // The dates of the forums that count, by unit and in order, gathered in one pass: each period's count is then two
  // binary searches, so the cost grows with forums + units × periods, never with their product.
  const datesOf = new Map<string, string[]>();
  for (const forum of forums) {
    if (!kinds.includes(forum.kind)) continue;
    const list = datesOf.get(forum.unit.id);
    if (list === undefined) datesOf.set(forum.unit.id, [forum.date]);
    else list.push(forum.date);
  }
  for (const list of datesOf.values()) list.sort();
  const results = units.map((unit): UnitForumFrequency => {
    const dates = datesOf.get(unit.id) ?? [];
    const periods = calendarPeriods.map((period): ForumPeriod => {
      const last = period.to < asOf ? period.to : asOf;
      const held = last < period.from ? 0 : firstAfter(dates, last) - firstAfter(dates, period.from, true);
      const status: ForumPeriodStatus =
        held >= requirement.atLeast ? 'met' : period.to < asOf ? 'missed' : period.from > asOf ? 'upcoming' : 'in-progress';
      if (status === 'missed') {
        reasons.push(
          reason(
            'service-quality/forum-shortfall',
            'warning',
            ENGAGEMENT_BASIS,
            {
              id: `${unit.name} mengadakan ${held} dari ${requirement.atLeast} forum yang direncanakan per ${name.id} pada ${period.from} s.d. ${period.to}.`,
              en: `${unit.name} held ${held} of the ${requirement.atLeast} forums planned per ${name.en} in ${period.from} to ${period.to}.`,
            },
            { unit: unit.id, from: period.from, to: period.to, held, required: requirement.atLeast },
          ),
        );
      }
      return { ...period, held, required: requirement.atLeast, status };
    });
    const missed = periods.filter((period) => period.status === 'missed').length;
    return { unit, periods, held: periods.reduce((sum, period) => sum + period.held, 0), missed, onTrack: missed === 0 };
  });
  return ok({ requirement, units: results, reasons });
}
