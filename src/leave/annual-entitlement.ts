import { err, ok, type Result } from 'neverthrow';
import { itemList } from '../core/schemas';
import * as z from 'zod/mini';
import {
  recodeError, renderedText, ruleInForce,
  type IsoDate, type LegalBasis, type LocalizedText, type Reason,
} from '../core';
import { isParsed } from '../core/parsed';
import { isoDateSchema } from '../core/schemas';
import { validate } from '../core/validate';
import { describeDay, workingCalendarSchema, type WorkingCalendar } from '../calendar';
import type { Employee } from '../employee';
import { takeEmployee } from '../employee/parse-employee';
import { deferralBasis } from './deferral-basis';
import type { LeaveError } from './errors';
import { EMPLOYEE_KIND, invalidParts, NONE, type FailedPart } from './input';
import { foldForEntitlement } from './ledger-fold';
import { parsedLedger, takeLedger } from './parse-ledger';
import { leaveRuleRow } from './rule-lookup';
import { ANNUAL_ENTITLEMENT_RULES, type AnnualEntitlementRule } from './rules/annual';
import type { Ledger, LedgerEntry } from './schemas';
import { serviceAnniversary } from './service';
import { yearEnd, yearStart } from './year-dates';
import { deepFrozen } from '../core/frozen';

/**
 * What {@link annualLeaveEntitlement} needs to know about earlier years. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { AnnualLeaveHistory } from 'asn-kit/leave';
 * const history: AnnualLeaveHistory = { workedCollectiveLeave: ['2026-12-24'] };
 * ```
 */
export interface AnnualLeaveHistory {
  /** The ledger, from `parseLedger` (at least years N−2 and N−1, and year N's cuti besar if any). */
  readonly ledger?: Ledger;
  /** Cuti bersama days of year N the employee must work through because of the post (docs/interpretations.md#collective-leave), `YYYY-MM-DD`. */
  readonly workedCollectiveLeave?: readonly string[];
  /** When given, each worked day is checked to be a cuti bersama day of this calendar. */
  readonly calendar?: WorkingCalendar;
  /** `MM-DD`: cuti bersama on or after this day is "the last days of the year" (default `12-16`; docs/interpretations.md#collective-leave). */
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
  /** The year (docs/interpretations.md#leave-year). */
  readonly year: number;
  /** The day the employee completes 1 year of service (docs/interpretations.md#eligibility-service). */
  readonly eligibleFrom: IsoDate;
  /** The first day the year's own days may be used. */
  readonly usableFrom: IsoDate;
  /** The year's own days: 12, or 0 (not yet eligible, a cuti besar starts this year, or no annual leave). */
  readonly own: number;
  /** Days carried over from last year (6-day cap, or 12 after two wholly unused years; docs/interpretations.md#annual-carry-over, #pppk-leave). */
  readonly carried: number;
  /** Days deferred from last year (docs/interpretations.md#annual-deferral). */
  readonly deferred: number;
  /** Days gained by working through this year's cuti bersama (docs/interpretations.md#collective-leave). */
  readonly compensation: number;
  /** Unused compensation for last year's year-end cuti bersama, usable this year (docs/interpretations.md#collective-leave). */
  readonly compensationFromLastYear: number;
  /** The whole entitlement: never above 24 plus compensation. */
  readonly total: number;
  /** The ledger entries to append for the year. */
  readonly postings: readonly LedgerEntry[];
  /**
   * The explanation, each with its basis. The texts are written when read (and by `JSON.stringify`) from the
   * numbers in `data`.
   */
  readonly reasons: readonly Reason[];
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DEFAULT_YEAR_END = '12-16';

const yearSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2998)))();

/** The history bag; its ledger is taken by `parseLedger` (a parsed ledger is not checked again). */
const historySchema = /* @__PURE__ */ (() => z.strictObject({
  ledger: z.optional(z.unknown()),
  workedCollectiveLeave: z.optional(itemList(isoDateSchema)),
  calendar: z.optional(workingCalendarSchema),
  yearEndFrom: z.optional(z.string().check(z.regex(MONTH_DAY))),
}))();

/** The facts a reason's text is written from: the year, the rule row and the reason's own data. */
interface Facts<Data> {
  readonly year: number;
  readonly rule: AnnualEntitlementRule;
  readonly data: Data;
}

function explain<Data extends Readonly<Record<string, unknown>>>(
  code: string, severity: Reason['severity'], basis: LegalBasis, render: (facts: Facts<Data>) => LocalizedText,
  year: number, rule: AnnualEntitlementRule, data: Data,
): Reason {
  return { code, severity, basis, message: renderedText(render, { year, rule, data }), data };
}

// The texts of the reasons, shared by every result (each result keeps only its numbers).

function totalText(entitlement: AnnualEntitlement): LocalizedText {
  const { year, total } = entitlement;
  return { id: `Hak cuti tahunan ${year}: ${total} hari kerja.`, en: `Annual leave entitlement for ${year}: ${total} working days.` };
}

function notYetEligibleText({ year, data }: Facts<{ eligibleFrom: IsoDate }>): LocalizedText {
  return {
    id: `Belum 1 tahun bekerja secara terus-menerus pada ${year} (genap 1 tahun pada ${data.eligibleFrom}): hak cuti tahunan 0.`,
    en: `Not yet 1 year of continuous service in ${year} (reached on ${data.eligibleFrom}): no annual leave.`,
  };
}

const NO_ANNUAL_LEAVE_TEXT: LocalizedText = Object.freeze({
  id: 'Guru/dosen: libur sekolah disamakan dengan cuti tahunan.',
  en: 'Teachers: school holidays count as annual leave.',
});

function majorLeaveYearText({ year, data }: Facts<{ majorLeaveStart: IsoDate }>): LocalizedText {
  return {
    id: `Cuti besar dimulai ${data.majorLeaveStart}: tidak ada cuti tahunan ${year}; sisa cuti tahun sebelumnya tetap dapat digunakan.`,
    en: `A cuti besar starts on ${data.majorLeaveStart}: no annual leave for ${year}; days carried from earlier years stay usable.`,
  };
}

function twoYearsText({ year, rule, data }: Facts<{ carried: number }>): LocalizedText {
  return {
    id: `Cuti tahunan ${year - 2} dan ${year - 1} tidak digunakan sama sekali: ${data.carried} hari dibawa ke ${year} (paling banyak ${rule.twoYearsUnusedMax}).`,
    en: `No annual leave used in ${year - 2} and ${year - 1}: ${data.carried} days carried into ${year} (at most ${rule.twoYearsUnusedMax}).`,
  };
}

function carryOverText({ year, rule, data }: Facts<{ unused: number; carried: number }>): LocalizedText {
  return {
    id: `Sisa cuti tahunan ${year - 1}: ${data.unused} hari; dibawa paling banyak ${rule.carryCap}: ${data.carried} hari.`,
    en: `Unused annual leave of ${year - 1}: ${data.unused} days; at most ${rule.carryCap} carry over: ${data.carried} days.`,
  };
}

function contractText({ data }: Facts<{ contractYears: number }>): LocalizedText {
  return {
    id: `Masa perjanjian kerja ${data.contractYears} tahun: sisa cuti tahun lalu tidak dapat dibawa.`,
    en: `A contract of ${data.contractYears} years: last year's unused days do not carry over.`,
  };
}

function capText({ data }: Facts<{ cap: number }>): LocalizedText {
  return { id: `Jumlah hak cuti tahunan dibatasi ${data.cap} hari kerja.`, en: `The annual entitlement is capped at ${data.cap} working days.` };
}

function deferredInText({ year, data }: Facts<{ deferred: number }>): LocalizedText {
  return {
    id: `${data.deferred} hari cuti tahunan ${year - 1} yang ditangguhkan ditambahkan ke ${year}.`,
    en: `${data.deferred} days of ${year - 1} deferred by the PYBMC are added to ${year}.`,
  };
}

function notCollectiveText({ data }: Facts<{ date: IsoDate }>): LocalizedText {
  return { id: `${data.date} bukan hari cuti bersama; tidak menambah cuti tahunan.`, en: `${data.date} is not a cuti bersama day; it adds no annual leave.` };
}

function compensationText({ data }: Facts<{ compensation: number; usableNextYear: number }>): LocalizedText {
  return {
    id: `Tidak mendapat cuti bersama karena jabatan: cuti tahunan ditambah ${data.compensation} hari.`,
    en: `Worked through cuti bersama because of the post: ${data.compensation} days added to annual leave.`,
  };
}

function lastYearCompensationText({ year, data }: Facts<{ compensationFromLastYear: number }>): LocalizedText {
  return {
    id: `${data.compensationFromLastYear} hari pengganti cuti bersama akhir tahun ${year - 1} dapat digunakan pada ${year}.`,
    en: `${data.compensationFromLastYear} compensation days for ${year - 1}'s year-end cuti bersama are usable in ${year}.`,
  };
}

/** The row filters of the entitlement table, one per employee kind (made once, not per call). */
const FOR_KIND: Readonly<Record<Employee['kind'], (row: AnnualEntitlementRule) => boolean>> = /* @__PURE__ */ deepFrozen({
  PNS: (row) => row.employeeKinds.includes('PNS'),
  CPNS: (row) => row.employeeKinds.includes('CPNS'),
  PPPK: (row) => row.employeeKinds.includes('PPPK'),
});

/** The row in force on 1 January, by employee kind and year: the table is data, so each is looked up once. */
const RULE_OF_YEAR: Readonly<Record<Employee['kind'], (Result<AnnualEntitlementRule, LeaveError> | undefined)[]>> = { PNS: [], CPNS: [], PPPK: [] };

function entitlementRule(kind: Employee['kind'], year: number, jan1: IsoDate): Result<AnnualEntitlementRule, LeaveError> {
  // Stryker disable next-line ArithmeticOperator: a cache slot; `year + 1900` is also one slot per year
  return (RULE_OF_YEAR[kind][year - 1900] ??= ruleInForce(ANNUAL_ENTITLEMENT_RULES, jan1, FOR_KIND[kind])
    .mapErr((error) => Object.freeze(recodeError(error, 'leave/no-rule-in-force'))));
}

/** Whether a date is a cuti bersama day of the calendar (a date the calendar does not hold is not). */
function isCollectiveLeave(calendar: WorkingCalendar, date: IsoDate): boolean {
  const day = describeDay(calendar, date);
  return day.isOk() && day.value.nonWorking.some((off) => off.kind === 'collective-leave');
}

/** The entitlement on trusted values (internal). */
export function entitlementOf(
  employee: Employee,
  year: number,
  ledger: Ledger,
  worked: readonly IsoDate[],
  yearEndFrom: string,
  calendar: WorkingCalendar | undefined,
): Result<AnnualEntitlement, LeaveError> {
  const jan1 = yearStart(year);
  const dec31 = yearEnd(year);
  const found = entitlementRule(employee.kind, year, jan1);
  if (found.isErr()) return err(found.error);
  const rule = found.value;
  const reasons: Reason[] = [];
  const eligibleFrom = serviceAnniversary(employee, 1);
  // Stryker disable next-line EqualityOperator: an anniversary on 1 January gives that day either way
  const usableFrom = eligibleFrom > jan1 ? eligibleFrom : jan1;
  let own = rule.yearlyDays;
  if (eligibleFrom > dec31) {
    own = 0;
    const pppk = employee.kind === 'PPPK';
    reasons.push(explain('leave/not-yet-eligible', 'info',
      { instrument: pppk ? 'PP 49/2018' : 'PP 11/2017', article: pppk ? 'Pasal 78 ayat (1)' : 'Pasal 311 ayat (1)', interpretation: 'eligibility-service' },
      notYetEligibleText, year, rule, { eligibleFrom }));
  } else {
    const row = leaveRuleRow('annual', employee, 'regular', usableFrom);
    // Stryker disable next-line OptionalChaining: the annual rows are in force from the day the entitlement rows are, so a row is always found
    if (row?.entitled === false) {
      own = 0;
      reasons.push({ code: 'leave/no-annual-leave', severity: 'info', basis: row.basis, message: NO_ANNUAL_LEAVE_TEXT });
    }
  }
  const { last, beforeLast, majorLeaveStart: majorStart } = foldForEntitlement(ledger, year);
  if (own > 0 && majorStart !== undefined) {
    own = 0;
    reasons.push(explain('leave/major-leave-year', 'info', { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)', interpretation: 'major-leave-and-annual-leave' },
      majorLeaveYearText, year, rule, { majorLeaveStart: majorStart }));
  }
  const contractYears = employee.contract?.years ?? Number.POSITIVE_INFINITY;
  const lastUnused = last.hasGrant && last.taken - last.returned <= 0 && last.deferredOut === 0;
  const beforeLastUnused = beforeLast.hasGrant && beforeLast.taken - beforeLast.returned <= 0 && beforeLast.deferredOut === 0;
  let carried = 0;
  if (lastUnused && beforeLastUnused && (rule.contractYearsAboveFor24 === null || contractYears > rule.contractYearsAboveFor24)) {
    carried = rule.twoYearsUnusedMax - rule.yearlyDays;
    reasons.push(explain('leave/carry-over-two-years', 'info', rule.basis, twoYearsText, year, rule, { carried }));
  } else if (rule.contractYearsAboveFor18 === null || contractYears > rule.contractYearsAboveFor18) {
    carried = Math.min(last.remainingOwn, rule.carryCap);
    if (carried > 0) {
      reasons.push(explain('leave/carry-over', 'info', rule.basis, carryOverText, year, rule, { unused: last.remainingOwn, carried }));
    }
  } else if (last.remainingOwn > 0) {
    reasons.push(explain('leave/carry-over-contract', 'info', rule.basis, contractText, year, rule, { contractYears }));
  }
  let deferred = last.deferredOut;
  const cap = rule.twoYearsUnusedMax;
  if (own + deferred + carried > cap) {
    const over = own + deferred + carried - cap;
    const fromCarried = Math.min(carried, over);
    carried -= fromCarried;
    deferred -= over - fromCarried;
    reasons.push(explain('leave/entitlement-cap', 'info', { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (2), 314 ayat (2)', interpretation: 'annual-deferral' },
      capText, year, rule, { cap }));
  }
  if (deferred > 0) {
    reasons.push(explain('leave/deferred-in', 'info', deferralBasis(employee.kind, 'annual', true), deferredInText, year, rule, { deferred }));
  }
  const postings: LedgerEntry[] = [];
  if (own > 0) postings.push({ type: 'grant', kind: 'annual', year, date: usableFrom, days: own, basis: rule.basis });
  if (carried > 0) postings.push({ type: 'carry-over', kind: 'annual', year, date: jan1, days: carried, basis: rule.basis });
  if (deferred > 0) {
    postings.push({ type: 'deferral-in', kind: 'annual', year, date: jan1, days: deferred, basis: deferralBasis(employee.kind, 'annual', true) });
  }
  let compensation = 0;
  if (worked.length > 0) {
    const workedThisYear = [...new Set(worked.filter((date) => date >= jan1 && date <= dec31))].sort();
    const yearEndDay = `${String(year)}-${yearEndFrom}`;
    let usableNextYear = 0;
    for (const date of workedThisYear) {
      if (calendar !== undefined && !isCollectiveLeave(calendar, date)) {
        reasons.push(explain('leave/not-collective-leave', 'warning', rule.compensationBasis, notCollectiveText, year, rule, { date }));
        continue;
      }
      compensation += 1;
      if (date >= yearEndDay) usableNextYear += 1;
      postings.push({ type: 'compensation', kind: 'annual', year, date, days: 1, basis: rule.compensationBasis, ...(date >= yearEndDay ? { carryable: true } : {}) });
    }
    if (compensation > 0) {
      reasons.push(explain('leave/collective-leave-compensation', 'info', rule.compensationBasis, compensationText, year, rule,
        { compensation, usableNextYear }));
    }
  }
  const compensationFromLastYear = last.remainingCarryableCompensation;
  if (compensationFromLastYear > 0) {
    postings.push({ type: 'compensation', kind: 'annual', year, date: jan1, days: compensationFromLastYear, basis: rule.compensationBasis });
    reasons.push(explain('leave/compensation-from-last-year', 'info', rule.compensationBasis, lastYearCompensationText, year, rule,
      { compensationFromLastYear }));
  }
  const total = own + carried + deferred + compensation + compensationFromLastYear;
  // Both lists are copied to their exact length: a kept entitlement holds no spare slots.
  // Stryker disable next-line ArrayDeclaration: an array of no preset length ends up with the same entries
  const explained = new Array<Reason>(reasons.length + 1);
  for (let index = 0; index < reasons.length; index += 1) explained[index + 1] = reasons[index] as Reason;
  const entitlement: AnnualEntitlement = {
    year, eligibleFrom, usableFrom, own, carried, deferred, compensation, compensationFromLastYear, total,
    // Stryker disable next-line MethodExpression: the copy only trims spare capacity; the entries are the same
    postings: postings.slice(), reasons: explained,
  };
  explained[0] = {
    code: 'leave/annual-entitlement', severity: 'info', basis: rule.basis, message: renderedText(totalText, entitlement),
    data: { total, own, carried, deferred, compensation, compensationFromLastYear },
  };
  return ok(entitlement);
}

const NO_HISTORY: AnnualLeaveHistory = Object.freeze({});

/** The history when it is left out or holds at most a ledger: the common case, checked without zod. */
function isPlainHistory(history: unknown): history is { readonly ledger?: unknown } | undefined {
  if (history === undefined) return true;
  // Stryker disable next-line StringLiteral: `typeof history !== ''` is always true: the schema decides, the same way
  if (typeof history !== 'object' || history === null) return false;
  // Stryker disable next-line StringLiteral: with `''` every history goes to the schema, which decides the same
  for (const key in history) if (key !== 'ledger') return false;
  // Stryker disable next-line BooleanLiteral: with `false` every history goes to the schema, which decides the same
  return true;
}

/** The history, checked: its ledger through `parseLedger` (so a parsed ledger is used as it is), the rest by zod. */
function checkHistory(history: unknown, failed: FailedPart[]): {
  ledger: Ledger; worked: readonly IsoDate[]; calendar: WorkingCalendar | undefined; yearEndFrom: string;
} | undefined {
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  const checked = isPlainHistory(history) ? ok(history ?? NO_HISTORY) : validate(historySchema, history, 'leave/invalid-input');
  if (checked.isErr()) failed.push({ path: 'history', error: checked.error });
  const raw = checked.isOk() ? checked.value.ledger : (history as { readonly ledger?: unknown } | null | undefined)?.ledger;
  const ledger = raw === undefined ? ok(NONE) : takeLedger(raw);
  if (ledger.isErr()) failed.push({ path: 'history.ledger', error: ledger.error });
  if (checked.isErr() || ledger.isErr()) return undefined;
  const bag: z.output<typeof historySchema> = checked.value;
  return { ledger: ledger.value, worked: bag.workedCollectiveLeave ?? NONE, calendar: bag.calendar, yearEndFrom: bag.yearEndFrom ?? DEFAULT_YEAR_END };
}

/**
 * Computes an employee's annual leave entitlement for a year (docs/interpretations.md#annual-carry-over, #eligibility-service, #pppk-leave): 12 working days from the
 * first anniversary of service (CLTN excluded); plus unused own days of last year up to 6, or 12 when the last two
 * years were wholly unused (PPPK: only with a contract longer than 2, resp. 3 years, Perban BKN 7/2022 Pasal 7);
 * plus days deferred by the PYBMC, the whole capped at 24 (PP 11/2017 Pasal 313–314); plus a day for each cuti
 * bersama worked through, where year-end ones may be used next year (Pasal 333(3); Perban BKN 7/2021 III.F.6–7);
 * none of the year's own days in the year a cuti besar starts (Pasal 316(3)). It also returns the ledger entries
 * that grant the year.
 *
 * Pass an employee from `parseEmployee` and a ledger from `parseLedger`: they are used as they are. Anything else
 * is checked first, so a JavaScript caller still gets a coded error, never an exception.
 *
 * @param employee - The employee, from `parseEmployee`.
 * @param year - The calendar year (docs/interpretations.md#leave-year), 1900–2998.
 * @param history - The ledger of earlier years, the cuti bersama days worked through, and optionally the calendar;
 *   any other key is refused.
 * @returns `Ok(entitlement)`, or `Err` with code `leave/invalid-input` (or `leave/no-rule-in-force` for a year
 *   before the rules).
 * @see Official: https://peraturan.bpk.go.id/Details/5814/pp-no-11-tahun-2017
 * Pasal 311–316, 333
 * @example
 * ```ts
 * import { parseEmployee } from 'asn-kit/employee';
 * import { annualLeaveEntitlement, parseLedger } from 'asn-kit/leave';
 * const employee = parseEmployee({ kind: 'PNS', nip: '196303121991021005', name: 'Heru Sudiyanto', gender: 'male',
 *   birthDate: '1963-03-12', tmtCpns: '1991-02-01', golongan: 'III/d', position: { type: 'pelaksana' },
 *   workUnit: { id: 'BKD', name: 'BKD' } });
 * const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2018, date: '2018-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017' } }]);
 * if (employee.isOk() && ledger.isOk()) {
 *   const result = annualLeaveEntitlement(employee.value, 2019, { ledger: ledger.value });
 *   if (result.isOk()) result.value.total; // => 18
 *   annualLeaveEntitlement(employee.value, 1800).isErr(); // => true (leave/invalid-input)
 * }
 * ```
 */
export function annualLeaveEntitlement(employee: Employee, year: number, history?: AnnualLeaveHistory): Result<AnnualEntitlement, LeaveError> {
  const yearValid = Number.isInteger(year) && year >= 1900 && year <= 2998;
  // Stryker disable next-line BlockStatement: without the shortcut the checked path below gives the same result
  if (yearValid && isParsed(employee, EMPLOYEE_KIND) && isPlainHistory(history)) {
    // The common case: a parsed employee, a year, at most a parsed ledger (the checks of `trustParsed`).
    const raw = history?.ledger;
    const ledger = raw === undefined ? NONE : parsedLedger(raw);
    if (ledger !== undefined) return entitlementOf(employee, year, ledger, NONE, DEFAULT_YEAR_END, undefined);
  }
  const checkedEmployee = takeEmployee(employee);
  const failed: FailedPart[] = [];
  if (checkedEmployee.isErr()) failed.push({ path: 'employee', error: checkedEmployee.error });
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  const checkedYear = yearValid ? ok(year) : validate(yearSchema, year, 'leave/invalid-input');
  if (checkedYear.isErr()) failed.push({ path: 'year', error: checkedYear.error });
  const checkedHistory = checkHistory(history, failed);
  if (checkedEmployee.isErr() || checkedYear.isErr() || checkedHistory === undefined) return err(invalidParts(failed));
  const { ledger, worked, yearEndFrom, calendar } = checkedHistory;
  return entitlementOf(checkedEmployee.value, checkedYear.value, ledger, worked, yearEndFrom, calendar);
}
