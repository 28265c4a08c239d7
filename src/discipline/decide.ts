import { err, ok, type Result } from 'neverthrow';
import { isInForce, reason, ruleInForce, type IsoDate, type LegalBasis, type Reason } from '../core';
import { disciplineError, type DisciplineError, type DisciplineReasonCode } from './errors';
import type { AbsenceTierRow, AbsenceTierTable } from './rules/absence-tiers';
import { LATENESS_CONVERSION } from './rules/lateness';
import type { SanctionDefinition, SanctionLevel } from './rules/sanctions';
import { deepFrozen } from '../core/frozen';

/**
 * The sanction an absence record earns, and why.
 *
 * @example
 * ```ts
 * import { absenceSanction } from 'asn-kit/discipline';
 * const decisionResult = absenceSanction({ yearTotal: 12, longestConsecutive: 2 });
 * if (decisionResult.isOk()) {
 *   const decision = decisionResult.value;
 *   [decision.tier?.id, decision.sanction?.code, decision.level];
 *   // => ['year-11-13', 'allowance-cut-6-months', 'moderate']
 * }
 * ```
 */
export interface AbsenceSanctionDecision {
  /** Unexcused absence in the year, in working days. */
  readonly absentDays: number;
  /** Days added by converting lateness (0 unless `convertLateness` is on; docs/interpretations.md#lateness-conversion). */
  readonly convertedDays: number;
  /** The yearly total the tiers are read against: `absentDays + convertedDays`. */
  readonly countedDays: number;
  /** Minutes of lateness and early leaving in the year. */
  readonly lateMinutes: number;
  /** The longest run of unexcused absence on consecutive working days. */
  readonly longestConsecutive: number;
  /** The tier that governs: the heavier of the yearly-total tier and the consecutive-day tier; `null` if none. */
  readonly tier: AbsenceTierRow | null;
  /** The sanction of the governing tier, `null` if none. */
  readonly sanction: SanctionDefinition | null;
  /** The level of that sanction, `null` if none. */
  readonly level: SanctionLevel | null;
  /** The article of the governing tier, `null` if none. */
  readonly basis: LegalBasis | null;
  /** The tier reached by the yearly total, `null` below the first tier. */
  readonly yearTotalTier: AbsenceTierRow | null;
  /** The tier reached by the longest consecutive run, `null` if no run is long enough. */
  readonly consecutiveTier: AbsenceTierRow | null;
  /** `true` when salary payment stops from the month after the tier was reached (the 10-consecutive-day rule). */
  readonly salaryStops: boolean;
  /** Why: the tiers reached, the days below the first tier, the lateness option. */
  readonly reasons: readonly Reason<DisciplineReasonCode>[];
}

/** The counts a decision is made on, already validated. */
interface AbsenceCounts {
  readonly absentDays: number;
  readonly longestConsecutive: number;
  readonly lateMinutes: number;
}

const RULING: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1', interpretation: 'absence-counting' });

/** The date whose rows apply when the caller names none: the latest `effective.from` of the table. */
export function newestRulesDate(table: AbsenceTierTable): IsoDate {
  let newest = '1900-01-01' as IsoDate;
  // Stryker disable next-line EqualityOperator: on an equal date, keeping the date or taking the row's is the same date
  for (const row of table.rows) if (row.effective.from > newest) newest = row.effective.from;
  return newest;
}

/** The error of a table with no row in force on the date. */
export function notInForce(table: AbsenceTierTable, asOf: IsoDate): DisciplineError {
  return disciplineError(
    'discipline/no-rule-in-force',
    { instrument: 'asn-kit', note: `rule table ${table.name}` },
    {
      id: `Tabel hukuman disiplin "${table.name}" tidak berlaku pada ${asOf}.`,
      en: `The discipline table "${table.name}" is not in force on ${asOf}.`,
    },
    { table: table.name, date: asOf },
  );
}

/** What the rows of a table in force on a date give: whether any is, and the tiers of a yearly total and a run. */
export interface TiersOn {
  /** `true` when at least one row of the table is in force on the date. */
  readonly inForce: boolean;
  /** The yearly-total tier that holds the total (on several, the row that came into force last), or `null`. */
  readonly byTotal: AbsenceTierRow | null;
  /**
   * The consecutive-day tier with the longest run reached (on equal runs, the row that came into force last, as
   * `ruleInForce` picks), or `null`.
   */
  readonly byRun: AbsenceTierRow | null;
}

/** Reads the rows of a table in force on a date, in one pass, for a yearly total and a run of consecutive days. */
export function tiersOn(table: AbsenceTierTable, asOf: IsoDate, total: number, run: number): TiersOn {
  let inForce = false;
  let byTotal: AbsenceTierRow | null = null;
  let byRun: AbsenceTierRow | null = null;
  let runDays = 0;
  for (const row of table.rows) {
    if (!isInForce(row.effective, asOf)) continue;
    inForce = true;
    const trigger = row.trigger;
    if (trigger.kind === 'year-total') {
      const holds = trigger.min <= total && (trigger.max === undefined || total <= trigger.max);
      if (holds && (byTotal === null || byTotal.effective.from < row.effective.from)) byTotal = row;
    } else if (
      trigger.days <= run &&
      // Stryker disable next-line ConditionalExpression: with no run row yet, runDays is 0 and every trigger counts at least 1 day, so the next test holds too
      (byRun === null ||
        trigger.days > runDays ||
        (trigger.days === runDays && row.effective.from > byRun.effective.from))
    ) {
      byRun = row;
      runDays = trigger.days;
    }
  }
  return { inForce, byTotal, byRun };
}

/** The number of days lateness converts into, when the option is on (docs/interpretations.md#lateness-conversion). */
export function convertedDaysOf(lateMinutes: number, convertLateness: boolean, asOf: IsoDate): number {
  if (!convertLateness) return 0;
  const row = ruleInForce(LATENESS_CONVERSION, asOf);
  return row.isOk() ? Math.floor(lateMinutes / row.value.minutesPerDay) : 0;
}

function latenessReason(counts: AbsenceCounts, convertLateness: boolean, convertedDays: number): Reason<DisciplineReasonCode> {
  const basis = LATENESS_CONVERSION.rows[0].basis;
  const minutes = counts.lateMinutes;
  return convertLateness
    ? reason(
        'discipline/lateness-converted',
        'info',
        basis,
        {
          id: `Keterlambatan dan pulang cepat ${minutes} menit dikonversi menjadi ${convertedDays} hari tidak masuk kerja (7½ jam = 1 hari).`,
          en: `${minutes} minutes of lateness and early leaving were converted into ${convertedDays} ${convertedDays === 1 ? 'day' : 'days'} of absence (7½ hours = 1 day).`,
        },
        { lateMinutes: minutes, minutesPerDay: LATENESS_CONVERSION.rows[0].minutesPerDay, convertedDays },
      )
    : reason(
        'discipline/lateness-not-converted',
        'info',
        basis,
        {
          id: `Keterlambatan ${minutes} menit tidak dikonversi: PP 94/2021 tidak mengaturnya; konversi hanya atas pilihan.`,
          en: `${minutes} minutes of lateness were not converted: PP 94/2021 does not state the conversion; it is an option.`,
        },
        { lateMinutes: minutes },
      );
}

function tierReasons(
  counts: AbsenceCounts,
  countedDays: number,
  byTotal: AbsenceTierRow | null,
  byRun: AbsenceTierRow | null,
): Reason<DisciplineReasonCode>[] {
  const reasons: Reason<DisciplineReasonCode>[] = [];
  if (byTotal === null) {
    reasons.push(
      reason(
        'discipline/below-first-tier',
        'info',
        RULING,
        {
          id: `${countedDays} hari tidak masuk kerja dalam setahun belum mencapai tingkat hukuman disiplin mana pun.`,
          en: `${countedDays} days of absence in the year reach no disciplinary tier.`,
        },
        { countedDays },
      ),
    );
  } else {
    reasons.push(
      reason(
        'discipline/year-total-tier',
        'warning',
        byTotal.basis,
        {
          id: `Tidak masuk kerja tanpa alasan yang sah ${countedDays} hari kerja secara kumulatif dalam setahun: ${byTotal.sanction.label.id}.`,
          en: `Unexcused absence of ${countedDays} working days in the year: ${byTotal.sanction.label.en}.`,
        },
        { countedDays, tier: byTotal.id, sanction: byTotal.sanction.code, level: byTotal.sanction.level },
      ),
    );
    if (byTotal.sanction.level === 'light' && byTotal.basis.instrument === 'PP 94/2021') {
      reasons.push(
        reason(
          'discipline/unit-impact',
          'info',
          { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b' },
          {
            id: 'Hukuman disiplin ringan ini berlaku untuk ketidakhadiran yang berdampak pada Unit Kerja.',
            en: 'This light sanction applies to absence that affects the work unit.',
          },
        ),
      );
    }
  }
  if (byRun !== null) {
    reasons.push(
      reason(
        'discipline/consecutive-absence',
        'warning',
        byRun.basis,
        {
          id: `Tidak masuk kerja tanpa alasan yang sah secara terus menerus ${counts.longestConsecutive} hari kerja: ${byRun.sanction.label.id}${byRun.stopsSalary === true ? '; pembayaran gaji dihentikan mulai bulan berikutnya' : ''}.`,
          en: `Unexcused absence on ${counts.longestConsecutive} consecutive working days: ${byRun.sanction.label.en}${byRun.stopsSalary === true ? '; salary payment stops from the next month' : ''}.`,
        },
        { longestConsecutive: counts.longestConsecutive, tier: byRun.id, sanction: byRun.sanction.code },
      ),
    );
  }
  return reasons;
}

/**
 * Decides the sanction for validated counts under the rows of a table in force on a date (the engine of
 * `absenceSanction` and `tallyAbsence`).
 */
export function decideAbsence(
  counts: AbsenceCounts,
  table: AbsenceTierTable,
  asOf: IsoDate,
  convertLateness: boolean,
): Result<AbsenceSanctionDecision, DisciplineError> {
  const convertedDays = convertedDaysOf(counts.lateMinutes, convertLateness, asOf);
  const countedDays = counts.absentDays + convertedDays;
  const { inForce, byTotal, byRun } = tiersOn(table, asOf, countedDays, counts.longestConsecutive);
  if (!inForce) return err(notInForce(table, asOf));
  const tier = byRun !== null && (byTotal === null || byRun.sanction.rank >= byTotal.sanction.rank) ? byRun : byTotal;
  const reasons = counts.lateMinutes > 0 ? [latenessReason(counts, convertLateness, convertedDays)] : [];
  reasons.push(...tierReasons(counts, countedDays, byTotal, byRun));
  const decision: AbsenceSanctionDecision = {
    absentDays: counts.absentDays,
    convertedDays,
    countedDays,
    lateMinutes: counts.lateMinutes,
    longestConsecutive: counts.longestConsecutive,
    tier,
    sanction: tier?.sanction ?? null,
    level: tier?.sanction.level ?? null,
    basis: tier?.basis ?? null,
    yearTotalTier: byTotal,
    consecutiveTier: byRun,
    salaryStops: tier !== null && tier === byRun && byRun.stopsSalary === true,
    reasons,
  };
  return ok(decision);
}
