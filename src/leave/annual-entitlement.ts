import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { isoDateSchema, reason, recodeError, ruleInForce, validate, type IsoDate, type Reason } from '../core';
import { employeeSchema, type Employee } from '../employee';
import { workingCalendarSchema, type WorkingCalendar } from '../calendar';
import { deferralBasis } from './deferral-basis';
import type { LeaveError } from './errors';
import { foldYear } from './ledger-fold';
import { findLeaveRule } from './rule-lookup';
import { ANNUAL_ENTITLEMENT_RULES } from './rules/annual';
import { ledgerSchema, type LedgerEntry } from './schemas';
import { serviceAnniversary } from './service';

/**
 * What {@link annualLeaveEntitlement} needs to know about earlier years.
 *
 * @example
 * ```ts
 * import type { AnnualLeaveHistory } from 'asn-kit/leave';
 * const history: AnnualLeaveHistory = { ledger: [], workedCollectiveLeave: ['2026-12-24'] };
 * ```
 */
export interface AnnualLeaveHistory {
  /** The ledger (at least years N−2 and N−1, and year N's cuti besar if any). */
  readonly ledger?: readonly unknown[];
  /** Cuti bersama days of year N the employee must work through because of the post (R-L3). */
  readonly workedCollectiveLeave?: readonly string[];
  /** When given, each worked day is checked to be a cuti bersama day of this calendar. */
  readonly calendar?: WorkingCalendar;
  /** `MM-DD`: cuti bersama on or after this day is "the last days of the year" (default `12-16`; R-L3). */
  readonly yearEndFrom?: string;
}

/**
 * The annual leave entitlement of one year, with the ledger entries that grant it.
 *
 * @example
 * ```ts
 * import type { AnnualEntitlement } from 'asn-kit/leave';
 * const total = (entitlement: AnnualEntitlement) => entitlement.total;
 * ```
 */
export interface AnnualEntitlement {
  /** The year (R-D4). */
  readonly year: number;
  /** The day the employee completes 1 year of service (R-L5). */
  readonly eligibleFrom: IsoDate;
  /** The first day the year's own days may be used. */
  readonly usableFrom: IsoDate;
  /** The year's own days: 12, or 0 (not yet eligible, a cuti besar starts this year, or no annual leave). */
  readonly own: number;
  /** Days carried over from last year (6-day cap, or 12 after two wholly unused years; R-L1, R-L8). */
  readonly carried: number;
  /** Days deferred from last year (R-L2). */
  readonly deferred: number;
  /** Days gained by working through this year's cuti bersama (R-L3). */
  readonly compensation: number;
  /** Unused compensation for last year's year-end cuti bersama, usable this year (R-L3). */
  readonly compensationFromLastYear: number;
  /** The whole entitlement: never above 24 plus compensation. */
  readonly total: number;
  /** The ledger entries to append for the year. */
  readonly postings: readonly LedgerEntry[];
  /** The explanation, each with its basis. */
  readonly reasons: readonly Reason[];
}

const historySchema = /* @__PURE__ */ z.object({
  ledger: ledgerSchema.default([]),
  workedCollectiveLeave: z.array(isoDateSchema).default([]),
  calendar: workingCalendarSchema.optional(),
  yearEndFrom: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/).default('12-16'),
});

const inputSchema = /* @__PURE__ */ z.object({
  employee: employeeSchema,
  year: z.number().int().min(1900).max(2998),
  history: historySchema.default({ ledger: [], workedCollectiveLeave: [], yearEndFrom: '12-16' }),
});

function text(id: string, en: string): { id: string; en: string } {
  return { id, en };
}

/** The entitlement on trusted values (internal). */
export function entitlementOf(
  employee: Employee,
  year: number,
  ledger: readonly LedgerEntry[],
  worked: readonly IsoDate[],
  yearEndFrom: string,
  calendar: WorkingCalendar | undefined,
): Result<AnnualEntitlement, LeaveError> {
  const jan1 = `${String(year)}-01-01` as IsoDate;
  const dec31 = `${String(year)}-12-31` as IsoDate;
  const ruleResult = ruleInForce(ANNUAL_ENTITLEMENT_RULES, jan1, (row) => row.employeeKinds.includes(employee.kind));
  if (ruleResult.isErr()) {
    return err(recodeError(ruleResult.error, 'leave/no-rule-in-force'));
  }
  const rule = ruleResult.value;
  const reasons: Reason[] = [];
  const eligibleFrom = serviceAnniversary(employee, 1);
  const usableFrom = eligibleFrom > jan1 ? eligibleFrom : jan1;
  let own = rule.yearlyDays;
  if (eligibleFrom > dec31) {
    own = 0;
    reasons.push(reason('leave/not-yet-eligible', 'info', { instrument: employee.kind === 'PPPK' ? 'PP 49/2018' : 'PP 11/2017', article: employee.kind === 'PPPK' ? 'Pasal 78 ayat (1)' : 'Pasal 311 ayat (1)', note: 'R-L5' },
      text(`Belum 1 tahun bekerja secara terus-menerus pada ${String(year)} (genap 1 tahun pada ${eligibleFrom}): hak cuti tahunan 0.`,
        `Not yet 1 year of continuous service in ${String(year)} (reached on ${eligibleFrom}): no annual leave.`), { eligibleFrom }));
  } else {
    const row = findLeaveRule('annual', employee, 'regular', usableFrom);
    if (row.isOk() && !row.value.entitled) {
      own = 0;
      reasons.push(reason('leave/no-annual-leave', 'info', row.value.basis,
        text('Guru/dosen: libur sekolah disamakan dengan cuti tahunan.', 'Teachers: school holidays count as annual leave.')));
    }
  }
  const majorStart = ledger.find((entry) => entry.kind === 'major' && entry.type === 'taken' && entry.date >= jan1 && entry.date <= dec31);
  if (majorStart !== undefined && own > 0) {
    own = 0;
    reasons.push(reason('leave/major-leave-year', 'info', { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)', note: 'R-L4' },
      text(`Cuti besar dimulai ${majorStart.date}: tidak ada cuti tahunan ${String(year)}; sisa cuti tahun sebelumnya tetap dapat digunakan.`,
        `A cuti besar starts on ${majorStart.date}: no annual leave for ${String(year)}; days carried from earlier years stay usable.`),
      { majorLeaveStart: majorStart.date }));
  }
  const last = foldYear(ledger, 'annual', year - 1);
  const beforeLast = foldYear(ledger, 'annual', year - 2);
  const contractYears = employee.contract?.years ?? Number.POSITIVE_INFINITY;
  const allows = (above: number | null): boolean => above === null || contractYears > above;
  const lastUnused = last.hasGrant && last.taken - last.returned <= 0 && last.deferredOut === 0;
  const beforeLastUnused = beforeLast.hasGrant && beforeLast.taken - beforeLast.returned <= 0 && beforeLast.deferredOut === 0;
  let carried = 0;
  if (lastUnused && beforeLastUnused && allows(rule.contractYearsAboveFor24)) {
    carried = rule.twoYearsUnusedMax - rule.yearlyDays;
    reasons.push(reason('leave/carry-over-two-years', 'info', rule.basis,
      text(`Cuti tahunan ${String(year - 2)} dan ${String(year - 1)} tidak digunakan sama sekali: ${String(carried)} hari dibawa ke ${String(year)} (paling banyak ${String(rule.twoYearsUnusedMax)}).`,
        `No annual leave used in ${String(year - 2)} and ${String(year - 1)}: ${String(carried)} days carried into ${String(year)} (at most ${String(rule.twoYearsUnusedMax)}).`),
      { carried }));
  } else if (allows(rule.contractYearsAboveFor18)) {
    carried = Math.min(last.remaining.own, rule.carryCap);
    if (carried > 0) {
      reasons.push(reason('leave/carry-over', 'info', rule.basis,
        text(`Sisa cuti tahunan ${String(year - 1)}: ${String(last.remaining.own)} hari; dibawa paling banyak ${String(rule.carryCap)}: ${String(carried)} hari.`,
          `Unused annual leave of ${String(year - 1)}: ${String(last.remaining.own)} days; at most ${String(rule.carryCap)} carry over: ${String(carried)} days.`),
        { unused: last.remaining.own, carried }));
    }
  } else if (last.remaining.own > 0) {
    reasons.push(reason('leave/carry-over-contract', 'info', rule.basis,
      text(`Masa perjanjian kerja ${String(contractYears)} tahun: sisa cuti tahun lalu tidak dapat dibawa.`,
        `A contract of ${String(contractYears)} years: last year's unused days do not carry over.`), { contractYears }));
  }
  let deferred = last.deferredOut;
  const cap = rule.twoYearsUnusedMax;
  if (own + deferred + carried > cap) {
    const over = own + deferred + carried - cap;
    const fromCarried = Math.min(carried, over);
    carried -= fromCarried;
    deferred -= over - fromCarried;
    reasons.push(reason('leave/entitlement-cap', 'info', { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (2), 314 ayat (2)', note: 'R-L2' },
      text(`Jumlah hak cuti tahunan dibatasi ${String(cap)} hari kerja.`, `The annual entitlement is capped at ${String(cap)} working days.`), { cap }));
  }
  if (deferred > 0) {
    reasons.push(reason('leave/deferred-in', 'info', deferralBasis(employee.kind, 'annual', true),
      text(`${String(deferred)} hari cuti tahunan ${String(year - 1)} yang ditangguhkan ditambahkan ke ${String(year)}.`,
        `${String(deferred)} days of ${String(year - 1)} deferred by the PYBMC are added to ${String(year)}.`), { deferred }));
  }
  const workedThisYear = [...new Set(worked.filter((date) => date >= jan1 && date <= dec31))].sort();
  const accepted: IsoDate[] = [];
  for (const date of workedThisYear) {
    const off = calendar?.offDays.get(date);
    if (calendar !== undefined && off?.some((day) => day.kind === 'collective-leave') !== true) {
      reasons.push(reason('leave/not-collective-leave', 'warning', rule.compensationBasis,
        text(`${date} bukan hari cuti bersama; tidak menambah cuti tahunan.`, `${date} is not a cuti bersama day; it adds no annual leave.`), { date }));
      continue;
    }
    accepted.push(date);
  }
  const yearEnd = `${String(year)}-${yearEndFrom}`;
  const compensationPostings: LedgerEntry[] = accepted.map((date) => ({
    type: 'compensation', kind: 'annual', year, date, days: 1, basis: rule.compensationBasis,
    ...(date >= yearEnd ? { carryable: true } : {}),
  }));
  const compensation = accepted.length;
  if (compensation > 0) {
    reasons.push(reason('leave/collective-leave-compensation', 'info', rule.compensationBasis,
      text(`Tidak mendapat cuti bersama karena jabatan: cuti tahunan ditambah ${String(compensation)} hari.`,
        `Worked through cuti bersama because of the post: ${String(compensation)} days added to annual leave.`),
      { compensation, usableNextYear: compensationPostings.filter((entry) => entry.carryable === true).length }));
  }
  const compensationFromLastYear = last.remaining.carryableCompensation;
  const postings: LedgerEntry[] = [];
  if (own > 0) postings.push({ type: 'grant', kind: 'annual', year, date: usableFrom, days: own, basis: rule.basis });
  if (carried > 0) postings.push({ type: 'carry-over', kind: 'annual', year, date: jan1, days: carried, basis: rule.basis });
  if (deferred > 0) {
    postings.push({ type: 'deferral-in', kind: 'annual', year, date: jan1, days: deferred, basis: deferralBasis(employee.kind, 'annual', true) });
  }
  postings.push(...compensationPostings);
  if (compensationFromLastYear > 0) {
    postings.push({ type: 'compensation', kind: 'annual', year, date: jan1, days: compensationFromLastYear, basis: rule.compensationBasis });
    reasons.push(reason('leave/compensation-from-last-year', 'info', rule.compensationBasis,
      text(`${String(compensationFromLastYear)} hari pengganti cuti bersama akhir tahun ${String(year - 1)} dapat digunakan pada ${String(year)}.`,
        `${String(compensationFromLastYear)} compensation days for ${String(year - 1)}'s year-end cuti bersama are usable in ${String(year)}.`),
      { compensationFromLastYear }));
  }
  const total = own + carried + deferred + compensation + compensationFromLastYear;
  reasons.unshift(reason('leave/annual-entitlement', 'info', rule.basis,
    text(`Hak cuti tahunan ${String(year)}: ${String(total)} hari kerja.`, `Annual leave entitlement for ${String(year)}: ${String(total)} working days.`),
    { total, own, carried, deferred, compensation, compensationFromLastYear }));
  return ok({ year, eligibleFrom, usableFrom, own, carried, deferred, compensation, compensationFromLastYear, total, postings, reasons });
}

/**
 * Computes an employee's annual leave entitlement for a year (RULINGS R-L1–R-L5, R-L8): 12 working days from the
 * first anniversary of service (CLTN excluded); plus unused own days of last year up to 6, or 12 when the last two
 * years were wholly unused (PPPK: only with a contract longer than 2, resp. 3 years, Perban BKN 7/2022 Pasal 7);
 * plus days deferred by the PYBMC, the whole capped at 24 (PP 11/2017 Pasal 313–314); plus a day for each cuti
 * bersama worked through, where year-end ones may be used next year (Pasal 333(3); Perban BKN 7/2021 III.F.6–7);
 * none of the year's own days in the year a cuti besar starts (Pasal 316(3)). It also returns the ledger entries
 * that grant the year.
 *
 * @param employee - The employee (raw input is validated with the employee schema).
 * @param year - The calendar year (R-D4).
 * @param history - The ledger of earlier years, the cuti bersama days worked through, and optionally the calendar.
 * @returns `Ok(entitlement)`, or `Err` with code `leave/invalid-input`.
 * @see Official: https://peraturan.bpk.go.id/Details/5814/pp-no-11-tahun-2017
 * Pasal 311–316, 333
 * @example
 * ```ts
 * import { annualLeaveEntitlement } from 'asn-kit/leave';
 * const basis = { instrument: 'PP 11/2017' };
 * const employee = { kind: 'PNS', nip: '196303121991021005', name: 'Heru Sudiyanto', gender: 'male',
 *   birthDate: '1963-03-12', tmtCpns: '1991-02-01', golongan: 'III/d', position: { type: 'pelaksana' },
 *   workUnit: { id: 'BKD', name: 'BKD' }, workWeek: 5 };
 * annualLeaveEntitlement(employee, 2019, { ledger: [
 *   { type: 'grant', kind: 'annual', year: 2018, date: '2018-01-01', days: 12, basis },
 * ] })._unsafeUnwrap().total; // => 18
 * annualLeaveEntitlement(employee, 1800)._unsafeUnwrapErr().code; // => 'leave/invalid-input'
 * ```
 */
export function annualLeaveEntitlement(employee: unknown, year: number, history?: AnnualLeaveHistory): Result<AnnualEntitlement, LeaveError> {
  return validate(inputSchema, { employee, year, history }, 'leave/invalid-input').andThen((input) =>
    entitlementOf(
      input.employee,
      input.year,
      input.history.ledger as readonly LedgerEntry[],
      input.history.workedCollectiveLeave as readonly IsoDate[],
      input.history.yearEndFrom,
      input.history.calendar,
    ),
  );
}
