import { err, ok, type Result } from 'neverthrow';
import { addMonths, endOfMonth, monthOf, reason, startOfNextMonth, validate, yearOf, type IsoDate, type Reason } from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { forumFrequencyInputSchema, type ForumRequirement, type ServiceUnit } from './schemas';
import { ENGAGEMENT_BASIS } from './summarize-forums';

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

const MONTHS: Readonly<Record<ForumRequirement['every'], number>> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

const PERIOD_NAMES: Readonly<Record<ForumRequirement['every'], { id: string; en: string }>> = {
  month: { id: 'bulan', en: 'month' },
  quarter: { id: 'triwulan', en: 'quarter' },
  'half-year': { id: 'semester', en: 'half-year' },
  year: { id: 'tahun', en: 'year' },
};

/** The calendar periods of `months` months that meet the range, clipped to it. */
function periodsOf(from: IsoDate, to: IsoDate, months: number): { from: IsoDate; to: IsoDate; partial: boolean }[] {
  const firstMonth = Math.floor((monthOf(from) - 1) / months) * months + 1;
  let start = `${String(yearOf(from))}-${String(firstMonth).padStart(2, '0')}-01` as IsoDate;
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

/**
 * Checks that each unit holds forums as often as the work plan says — at least `atLeast` dialogue sessions or open
 * forums (or only the kinds named) in every calendar month, quarter, half-year or year of the range — and reports
 * each period as met, missed, in progress or upcoming on `asOf`. A period the range cuts still asks for the full
 * number and is marked `partial`. The frequency is the work plan's; asn-kit sets no default.
 *
 * @param input - `{ forums, units, requirement, period, asOf }` (see `forumFrequencyInputSchema`).
 * @returns `Ok(check)`, or `Err` with `service-quality/invalid-input` and the path of each bad field.
 * @see Official: UU 25/2009 tentang Pelayanan Publik (peran serta masyarakat)
 * @example
 * ```ts
 * import { checkForumFrequency } from 'asn-kit/service-quality';
 * const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * const check = checkForumFrequency({
 *   units: [unit],
 *   forums: [{ id: 'FKP-01', kind: 'open-forum', date: '2026-02-12', unit, participants: { citizens: 48, officials: 9 } }],
 *   requirement: { every: 'quarter', atLeast: 1 },
 *   period: { from: '2026-01-01', to: '2026-12-31' },
 *   asOf: '2026-08-15',
 * })._unsafeUnwrap();
 * check.units[0]?.periods.map((p) => p.status); // => ['met', 'missed', 'in-progress', 'upcoming']
 * checkForumFrequency({ units: [], forums: [] })._unsafeUnwrapErr().code; // => 'service-quality/invalid-input'
 * ```
 */
export function checkForumFrequency(input: unknown): Result<ForumFrequencyCheck, ServiceQualityError> {
  const parsed = validate(forumFrequencyInputSchema, input, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { forums, units, requirement, asOf } = parsed.value;
  const range = parsed.value.period;
  const kinds = requirement.kinds ?? ['dialogue', 'open-forum'];
  const calendarPeriods = periodsOf(range.from, range.to, MONTHS[requirement.every]);
  const name = PERIOD_NAMES[requirement.every];
  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  const results = units.map((unit): UnitForumFrequency => {
    const dates = forums.filter((forum) => forum.unit.id === unit.id && kinds.includes(forum.kind)).map((forum) => forum.date);
    const periods = calendarPeriods.map((period): ForumPeriod => {
      const held = dates.filter((date) => period.from <= date && date <= period.to && date <= asOf).length;
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
