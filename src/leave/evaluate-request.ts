import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addDays, addMonths, addYears, calendarDaysIn, compareDates, dayOf, fromDayNumber, reason, toDayNumber, yearOf,
  type AsnError, type DateRange, type IsoDate, type LegalBasis, type LocalizedText, type Reason,
} from '../core';
import { isoDateSchema } from '../core/schemas';
import { isParsed } from '../core/parsed';
import { validate } from '../core/validate';
import {
  isWorkingCalendar, isWorkingDay, nonWorkingDaysBetween, workingCalendarSchema,
  type NonWorkingDay, type WorkingCalendar,
} from '../calendar';
import { provisionalReasons } from '../calendar/provisional-warnings';
import type { Employee } from '../employee';
import { takeEmployee } from '../employee/parse-employee';
import { startOfService } from '../employee/service-start';
import { calendarError } from './calendar-error';
import { leaveError, refusal, type LeaveError, type LeaveErrorCode, type LeaveErrorData, type LeaveRefusal } from './errors';
import { EMPLOYEE_KIND, EXISTING_KIND, invalidParts, isDateText, NONE, REQUEST_KIND, type FailedPart } from './input';
import { foldYear, foldYearShared, NO_LIMIT } from './ledger-fold';
import { takeExistingLeaves } from './parse-existing-leaves';
import { parsedLedger, takeLedger } from './parse-ledger';
import { takeLeaveRequest } from './parse-leave-request';
import { leaveRuleRow, noLeaveRule } from './rule-lookup';
import type { LeaveDecider, LeaveDocument, LeaveGround, LeaveMaximum, LeaveRule, LeaveUnit } from './rules/leave-rule';
import type { ExistingLeave, LeaveRequest, LeaveStatus, Ledger, LedgerEntry } from './schemas';
import { serviceAnniversary } from './service';
import { deepFrozen } from '../core/frozen';

/**
 * The input of {@link evaluateLeaveRequest}: parsed records (from `parseEmployee`, `parseLeaveRequest`,
 * `parseLedger`, `parseExistingLeaves`), a calendar from `createCalendar` and the date. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { EvaluateLeaveRequestParams } from 'asn-kit/leave';
 * const keys: (keyof EvaluateLeaveRequestParams)[] = ['employee', 'request', 'ledger', 'existing', 'calendar', 'asOf'];
 * ```
 */
export interface EvaluateLeaveRequestParams {
  /** The employee, from `parseEmployee`. */
  readonly employee: Employee;
  /** The request, from `parseLeaveRequest`. */
  readonly request: LeaveRequest;
  /** The employee's ledger, from `parseLedger` (default empty). */
  readonly ledger?: Ledger;
  /** The employee's other requests, from `parseExistingLeaves`, for the overlap check (default none). */
  readonly existing?: readonly ExistingLeave[];
  /** The employee's working calendar, from `createCalendar` (working days of the employee's unit, docs/interpretations.md#leave-units). */
  readonly calendar: WorkingCalendar;
  /** The day of the evaluation, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * How long a request is, in the unit of its kind (docs/interpretations.md#leave-units), and what was left out.
 *
 * @example
 * ```ts
 * import type { LeaveDuration } from 'asn-kit/leave';
 * const days = (duration: LeaveDuration) => duration.days;
 * ```
 */
export interface LeaveDuration {
  /** `working-days` for annual leave, `calendar-days` otherwise. */
  readonly unit: 'working-days' | 'calendar-days';
  /** The days counted (and charged). */
  readonly days: number;
  /** The calendar days from start to end. */
  readonly calendarDays: number;
  /** Days in the period not counted, with the reason (weekends, holidays, cuti bersama); annual leave only. */
  readonly excluded: readonly NonWorkingDay[];
  /** The maximum of the rule row, with its unit. */
  readonly maximum: LeaveMaximum;
  /** The last day the rule allows for this start (months and years; null for working days or no cap). */
  readonly latestEnd: IsoDate | null;
  /** The remote-place travel days added after the end (calendar days, not charged). */
  readonly remotePlaceDays: number;
  /** The day the employee is back at work: the day after the end and the travel days. */
  readonly returnsAfter: IsoDate;
}

/**
 * Who handles a request.
 *
 * @example
 * ```ts
 * import type { LeaveRoute } from 'asn-kit/leave';
 * const notice = (route: LeaveRoute) => route.notice;
 * ```
 */
export interface LeaveRoute {
  /** Who decides (for leave abroad, the PPK or an official with its kuasa). */
  readonly decidedBy: LeaveDecider;
  /** `true` when a written notice to the direct superior replaces the decision (1-day sick leave). */
  readonly notice: boolean;
  /** `true` when the leave is spent abroad (PP 11/2017 Pasal 339; Perban BKN 7/2021 IV.3–6). */
  readonly abroad: boolean;
  /** `true` when the PPK may not delegate (CLTN, Pasal 336). */
  readonly ppkOnly: boolean;
}

/**
 * A favourable evaluation: what an approval means, and the ledger entries it would post.
 *
 * @example
 * ```ts
 * import type { LeaveDecision } from 'asn-kit/leave';
 * const charged = (decision: LeaveDecision) => decision.duration.days;
 * ```
 */
export interface LeaveDecision {
  /** The request, as validated. */
  readonly request: LeaveRequest;
  /** The employee, as validated. */
  readonly employee: Employee;
  /** The ground applied. */
  readonly ground: LeaveGround;
  /** The rule row applied (in force on the start date). */
  readonly rule: LeaveRule;
  /** The period. */
  readonly period: DateRange;
  /** The duration and the days left out. */
  readonly duration: LeaveDuration;
  /** Who handles it. */
  readonly route: LeaveRoute;
  /** Annual leave: the days available before and after, in the year of the start. */
  readonly balance: {
    /** Days available before the request. */
    readonly before: number;
    /** Days available after it. */
    readonly after: number;
  } | null;
  /** The ledger entries an approval posts. */
  readonly postings: readonly LedgerEntry[];
  /** The explanation, each reason with its basis. */
  readonly reasons: readonly Reason[];
}

/** CLTN: 3 years plus a 1-year extension at most (PP 11/2017 Pasal 334 ayat (2)–(3)). */
const CLTN_TOTAL_YEARS = 4;

/** The parameters as a bag: the records are taken by their parsers, the calendar and the date by their schemas. */
const paramsSchema = /* @__PURE__ */ (() => z.strictObject({
  employee: z.optional(z.unknown()),
  request: z.optional(z.unknown()),
  ledger: z.optional(z.unknown()),
  existing: z.optional(z.unknown()),
  calendar: workingCalendarSchema,
  asOf: isoDateSchema,
}))();

/** Pending and approved requests block an overlapping one. */
function isActive(status: LeaveStatus): boolean {
  return status === 'submitted' || status === 'considered' || status === 'approved';
}

/** The PPPK grounds for annual leave before the first year (PP 49/2018 Pasal 80). */
function isPreAnniversaryGround(ground: LeaveGround): boolean {
  return ground === 'family-illness' || ground === 'family-death' || ground === 'family-rights' || ground === 'first-marriage';
}

/** The documents a rule row requires for a length in calendar days (a tier adds documents its row does not list). */
function requiredDocuments(rule: LeaveRule, calendarDays: number): readonly LeaveDocument[] {
  if (rule.documentTiers === undefined) return rule.documents;
  const required = [...rule.documents];
  for (const tier of rule.documentTiers) if (calendarDays > tier.aboveDays) required.push(...tier.documents);
  return required;
}

const WORKING_DAYS_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'Perpres 21/2023', article: 'Pasal 3', interpretation: 'working-week' });
const CARRIED_FIRST_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'Perban BKN 24/2017', article: 'Lampiran III.A.9', interpretation: 'annual-carry-over' });

/*
 * The two texts every annual request carries depend on a few small numbers only, so each is written once per value
 * and shared (a frozen plain text: values, like the numbers, not results kept per call).
 */
const SHARED_SPAN = 64;
/** By calendar days, then working days. */
const workingDaysTexts: ((LocalizedText | undefined)[] | undefined)[] = [];
/** By year, then carried days. */
const carriedFirstTexts: ((LocalizedText | undefined)[] | undefined)[] = [];

function writeWorkingDaysText(days: number, calendarDays: number): LocalizedText {
  const off = calendarDays - days;
  return Object.freeze({
    id: `${String(days)} hari kerja dihitung dari ${String(calendarDays)} hari kalender; ${String(off)} hari tidak dihitung (akhir pekan, hari libur, cuti bersama).`,
    en: `${String(days)} working days counted out of ${String(calendarDays)} calendar days; ${String(off)} days left out (weekends, holidays, cuti bersama).`,
  });
}

function workingDaysText(days: number, calendarDays: number): LocalizedText {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: whether the text is shared or written afresh, it is the same text
  if (calendarDays > SHARED_SPAN) return writeWorkingDaysText(days, calendarDays);
  // Stryker disable next-line ArrayDeclaration: a row's first slot is for 0 working days, a request that is refused (its reasons are not returned)
  const row = (workingDaysTexts[calendarDays] ??= []);
  return (row[days] ??= writeWorkingDaysText(days, calendarDays));
}

function writeCarriedFirstText(carried: number, year: number): LocalizedText {
  return Object.freeze({
    id: `Sisa cuti tahun lalu (${String(carried)} hari) dipakai lebih dahulu; hangus pada ${String(year)}-12-31.`,
    en: `Carried days (${String(carried)}) are used first; they lapse on ${String(year)}-12-31.`,
  });
}

function carriedFirstText(carried: number, year: number): LocalizedText {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BooleanLiteral: whether the text is shared or written afresh, it is the same text
  if (!Number.isInteger(carried) || carried > SHARED_SPAN) return writeCarriedFirstText(carried, year);
  // Stryker disable next-line ArrayDeclaration: a row's first slot is for 0 carried days, which have no text
  const row = (carriedFirstTexts[year] ??= []);
  return (row[carried] ??= writeCarriedFirstText(carried, year));
}

/** Day numbers 1–28 written with two digits: every month has them. */
const DAYS_OF_ANY_MONTH: readonly string[] = Array.from({ length: 29 }, (_, day) => String(day).padStart(2, '0'));

/** A date `days` (≥ 0) after another whose day number is known: by string within the first 28 days of a month. */
function laterDate(date: IsoDate, dayNumber: number, days: number): IsoDate {
  const day = dayOf(date) + days;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the day number's way gives the same date (the string is the quick way)
  return day <= 28 ? (`${date.slice(0, 8)}${DAYS_OF_ANY_MONTH[day] as string}` as IsoDate) : fromDayNumber(dayNumber + days);
}

function latestEnd(start: IsoDate, amount: number, unit: LeaveUnit): IsoDate {
  if (unit === 'years') return addDays(addYears(start, amount), -1);
  const whole = Math.floor(amount);
  const halfDays = amount > whole ? 15 : 0;
  return addDays(addDays(addMonths(start, whole), halfDays), -1);
}

function crossesYear(start: IsoDate, end: IsoDate): LeaveError {
  return violation('leave/crosses-year', { instrument: 'PP 11/2017', article: 'Pasal 311', interpretation: 'leave-year' },
    'Cuti tahunan dihitung per tahun kalender: ajukan terpisah untuk tiap tahun.', 'Annual leave is counted per calendar year: request each year separately.',
    { start, end });
}

/** Moves an end date back by `days` working days (docs/interpretations.md#major-leave-and-annual-leave: annual days taken shorten the cuti besar). */
function shortenByWorkingDays(calendar: WorkingCalendar, end: IsoDate, days: number, floor: IsoDate): Result<IsoDate, LeaveError> {
  let date = end;
  let left = days;
  while (left > 0 && date >= floor) {
    const working = isWorkingDay(calendar, date);
    if (working.isErr()) return err(calendarError(working.error));
    if (working.value) left -= 1;
    date = addDays(date, -1);
  }
  return ok(date);
}

/**
 * The ordinal of a birth since the appointment: one more than the distinct birth dates from the appointment to the
 * day before, so twins (one date) count once and a birth already on record keeps its place (docs/interpretations.md#maternity-births).
 */
function birthOrdinal(employee: Employee, serviceFrom: IsoDate, birthDate: IsoDate): number {
  return new Set(employee.births.filter((birth) => birth >= serviceFrom && birth < birthDate)).size + 1;
}

function violation<Code extends LeaveErrorCode>(code: Code, basis: LegalBasis, id: string, en: string, data: LeaveErrorData[Code]): AsnError<Code, LeaveErrorData[Code]> {
  return leaveError(code, basis, { id, en }, data);
}

interface Checked {
  readonly employee: Employee;
  readonly request: LeaveRequest;
  readonly ledger: Ledger;
  readonly existing: readonly ExistingLeave[];
  readonly calendar: WorkingCalendar;
  readonly asOf: IsoDate;
}

/** The keys of {@link paramsSchema}, read once from its shape. */
let paramKeys: object | undefined;

/** Whether the bag holds only known keys, a calendar and a valid date: the common case, checked without zod. */
function isPlainBag(params: object): boolean {
  paramKeys ??= paramsSchema.shape;
  for (const key in params) if (!Object.hasOwn(paramKeys, key)) return false;
  const { calendar, asOf } = params as Partial<Record<string, unknown>>;
  return isWorkingCalendar(calendar) && isDateText(asOf);
}

/**
 * The parameters, checked: each record through its parser unless it is already a parsed one (then it is used as it
 * is), the rest against the bag's schema. Every failing part is listed under its path.
 */
function checkParams(params: unknown): Result<Checked, LeaveError> {
  const failed: FailedPart[] = [];
  const bag = validate(paramsSchema, params, 'leave/invalid-input');
  if (bag.isErr()) failed.push({ path: '', error: bag.error });
  if (typeof params !== 'object' || params === null) return err(invalidParts(failed));
  const { employee, request, ledger, existing, calendar, asOf } = params as Partial<Record<keyof EvaluateLeaveRequestParams, unknown>>;
  const checkedEmployee = takeEmployee(employee);
  if (checkedEmployee.isErr()) failed.push({ path: 'employee', error: checkedEmployee.error });
  const checkedRequest = takeLeaveRequest(request);
  if (checkedRequest.isErr()) failed.push({ path: 'request', error: checkedRequest.error });
  const checkedLedger = ledger === undefined ? ok(NONE) : takeLedger(ledger);
  if (checkedLedger.isErr()) failed.push({ path: 'ledger', error: checkedLedger.error });
  const checkedExisting = existing === undefined ? ok(NONE) : takeExistingLeaves(existing);
  if (checkedExisting.isErr()) failed.push({ path: 'existing', error: checkedExisting.error });
  if (bag.isErr() || checkedEmployee.isErr() || checkedRequest.isErr() || checkedLedger.isErr() || checkedExisting.isErr()) {
    return err(invalidParts(failed));
  }
  return ok({
    employee: checkedEmployee.value,
    request: checkedRequest.value,
    ledger: checkedLedger.value,
    existing: checkedExisting.value,
    calendar: calendar as WorkingCalendar,
    asOf: asOf as IsoDate,
  });
}

/** The evaluation on trusted values. */
function evaluateChecked(
  employee: Employee, request: LeaveRequest, ledger: Ledger, existing: readonly ExistingLeave[], calendar: WorkingCalendar, asOf: IsoDate,
): Result<LeaveDecision, LeaveRefusal> {
  const { kind, start, end } = request;
  if (kind === 'collective') {
    return err(refusal([violation('leave/not-requestable', { instrument: 'PP 11/2017', article: 'Pasal 333 ayat (1)', interpretation: 'collective-leave' },
      'Cuti bersama ditetapkan dengan Keputusan Presiden dan tidak diajukan.', 'Cuti bersama is set by presidential decree; it is not requested.', { kind })]));
  }
  const serviceFrom = startOfService(employee);
  const anniversary = serviceAnniversary(employee, 1);
  let ground: LeaveGround = request.ground ?? (kind === 'maternity' ? 'birth' : 'regular');
  const preAnniversaryGround = kind === 'annual' && employee.kind === 'PPPK' && isPreAnniversaryGround(ground);
  const advance = preAnniversaryGround && start < anniversary;
  if (preAnniversaryGround && !advance) ground = 'regular';
  const rule = leaveRuleRow(kind, employee, ground, start);
  if (rule === undefined) return err(refusal([noLeaveRule(kind, employee, ground, start)]));
  if (!rule.entitled) {
    return err(refusal([violation('leave/kind-not-available', rule.basis,
      `${rule.label.id} tidak tersedia bagi pegawai ini (${employee.kind}).`, `${rule.label.en} is not available to this employee (${employee.kind}).`,
      { kind, employeeKind: employee.kind, position: employee.position.type })]));
  }
  const violations: LeaveError[] = [];
  const reasons: Reason[] = [];
  if (start < asOf) {
    reasons.push(reason('leave/retroactive', 'warning', { instrument: 'PP 11/2017', article: 'Pasal 311 ayat (3)' }, {
      id: `Permintaan untuk cuti yang mulai sebelum tanggal evaluasi (${asOf}).`,
      en: `The request is for leave that starts before the evaluation date (${asOf}).`,
    }, { start, asOf }));
  }
  reasons.push(...provisionalReasons(calendar, yearOf(start), yearOf(end)));
  const endDay = toDayNumber(end);
  const calendarDays = endDay - toDayNumber(start) + 1;
  const startYear = yearOf(start);

  // Duration in the kind's unit (docs/interpretations.md#leave-units).
  let days = calendarDays;
  let excluded: readonly NonWorkingDay[] = [];
  if (rule.maximum.unit === 'working-days') {
    const off = nonWorkingDaysBetween(calendar, start, end);
    if (off.isErr()) {
      // A request across 31 December is refused for that, whether or not the calendar holds the next year.
      if (off.error.code === 'calendar/year-not-covered' && startYear !== yearOf(end)) return err(refusal([crossesYear(start, end)]));
      return err(refusal([calendarError(off.error)]));
    }
    excluded = off.value;
    days = calendarDays - excluded.length;
    reasons.push(reason('leave/working-days-counted', 'info', WORKING_DAYS_BASIS, workingDaysText(days, calendarDays),
      { days, calendarDays, excluded: excluded.map((day) => day.date) }));
    if (calendar.workWeek !== employee.workWeek) {
      reasons.push(reason('leave/calendar-week-mismatch', 'warning', { instrument: 'Perpres 21/2023', article: 'Pasal 3, 7', interpretation: 'working-week' }, {
        id: `Kalender ${String(calendar.workWeek)} hari kerja, sedangkan unit pegawai ${String(employee.workWeek)} hari kerja.`,
        en: `The calendar has a ${String(calendar.workWeek)}-day week but the employee's unit works ${String(employee.workWeek)} days.`,
      }, { calendarWeek: calendar.workWeek, employeeWeek: employee.workWeek }));
    }
    if (startYear !== yearOf(end)) violations.push(crossesYear(start, end));
    if (days === 0) {
      violations.push(violation('leave/no-working-days', rule.basis, 'Periode ini tidak memuat hari kerja.', 'The period holds no working day.', { start, end }));
    }
  }

  // Service (docs/interpretations.md#eligibility-service).
  if (rule.serviceYears > 0) {
    const eligibleFrom = serviceAnniversary(employee, rule.serviceYears);
    if (start < eligibleFrom) {
      violations.push(violation('leave/insufficient-service', rule.basis,
        `Belum ${String(rule.serviceYears)} tahun bekerja secara terus-menerus; berhak mulai ${eligibleFrom}.`,
        `Not yet ${String(rule.serviceYears)} year(s) of continuous service; eligible from ${eligibleFrom}.`,
        { requiredYears: rule.serviceYears, eligibleFrom, start }));
    }
  }

  // Gender and births (docs/interpretations.md#maternity-births, #pppk-leave).
  const needsFemale = kind === 'maternity' || ground === 'miscarriage' || ground === 'fourth-birth';
  if ((needsFemale && employee.gender !== 'female') || (ground === 'spouse-birth' && employee.gender !== 'male')) {
    violations.push(violation('leave/wrong-gender', rule.basis,
      needsFemale ? 'Hanya untuk pegawai perempuan.' : 'Hanya untuk pegawai laki-laki yang istrinya melahirkan.',
      needsFemale ? 'Only for female employees.' : 'Only for male employees whose wife gives birth.',
      { gender: employee.gender, ground }));
  }
  if (kind === 'maternity' || ground === 'fourth-birth') {
    const ordinal = birthOrdinal(employee, serviceFrom, request.birthDate ?? start);
    if (kind === 'maternity' && ordinal >= 4) {
      violations.push(employee.kind === 'PPPK'
        ? violation('leave/pppk-fourth-birth', { instrument: 'PP 49/2018', article: 'Pasal 88', interpretation: 'pppk-leave' },
          `Persalinan ke-${String(ordinal)} sejak menjadi PPPK: PP 49/2018 Pasal 88 hanya memberi cuti melahirkan untuk persalinan pertama sampai ketiga, dan PPPK tidak berhak atas cuti besar.`,
          `Birth number ${String(ordinal)} since becoming PPPK: PP 49/2018 Pasal 88 gives maternity leave for the first to third birth only, and a PPPK has no cuti besar.`,
          { ordinal, maximumOrdinal: 3 })
        : violation('leave/fourth-birth-is-major-leave', { instrument: 'PP 11/2017', article: 'Pasal 325 ayat (2)', interpretation: 'maternity-births' },
          `Persalinan ke-${String(ordinal)} sejak menjadi PNS: yang diberikan adalah cuti besar (ajukan jenis "major", alasan "fourth-birth").`,
          `Birth number ${String(ordinal)} since becoming a civil servant: it gives cuti besar (request kind "major", ground "fourth-birth").`,
          { ordinal, maximumOrdinal: 3 }));
    }
    if (ground === 'fourth-birth' && ordinal < 4) {
      violations.push(violation('leave/not-fourth-birth', rule.basis,
        `Persalinan ke-${String(ordinal)}: gunakan cuti melahirkan.`, `Birth number ${String(ordinal)}: use maternity leave.`, { ordinal }));
    }
  }

  // Maximum (docs/interpretations.md#leave-units), and docs/interpretations.md#major-leave-and-annual-leave for cuti besar.
  let limitEnd: IsoDate | null = null;
  let shortenedBy = 0;
  if (rule.maximum.amount !== null && rule.maximum.unit !== 'working-days') {
    limitEnd = latestEnd(start, rule.maximum.amount, rule.maximum.unit);
    if (ground === 'extension') {
      const first = [...employee.cltn].sort((left, right) => compareDates(left.from, right.from))[0];
      if (first === undefined) {
        violations.push(violation('leave/ground-not-available', rule.basis, 'Tidak ada CLTN yang dapat diperpanjang.', 'There is no CLTN to extend.', { ground }));
      } else {
        const total = latestEnd(first.from, CLTN_TOTAL_YEARS, 'years');
        if (total < limitEnd) limitEnd = total;
      }
    }
    if (kind === 'major') {
      const annualThisYear = foldYear(ledger, 'annual', startYear);
      const annualTaken = Math.max(0, annualThisYear.taken - annualThisYear.returned);
      if (annualTaken > 0) {
        const shortened = shortenByWorkingDays(calendar, limitEnd, annualTaken, start);
        if (shortened.isErr()) return err(refusal([shortened.error]));
        reasons.push(reason('leave/major-leave-shortened', 'info', { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3); Perban BKN 24/2017 Lampiran III.B', interpretation: 'major-leave-and-annual-leave' }, {
          id: `Cuti tahunan ${String(annualTaken)} hari kerja yang sudah diambil tahun ini mengurangi cuti besar: paling lambat ${shortened.value}.`,
          en: `The ${String(annualTaken)} working days of annual leave already taken this year shorten the cuti besar: it ends by ${shortened.value} at the latest.`,
        }, { annualTaken, latestEnd: shortened.value }));
        limitEnd = shortened.value;
        shortenedBy = annualTaken;
      }
    }
    if (kind === 'major' && end < limitEnd) {
      reasons.push(reason('leave/major-leave-rest-forfeited', 'info', { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.B', interpretation: 'major-leave-and-annual-leave' }, {
        id: `Cuti besar diambil kurang dari haknya: sisanya (${String(calendarDaysIn({ from: addDays(end, 1), to: limitEnd }))} hari) hapus.`,
        en: `Cuti besar shorter than the entitlement: the rest (${String(calendarDaysIn({ from: addDays(end, 1), to: limitEnd }))} days) is forfeited.`,
      }, { forfeitedFrom: addDays(end, 1), forfeitedTo: limitEnd }));
    }
    if (end > limitEnd) {
      violations.push(violation('leave/maximum-exceeded', rule.basis,
        `Melebihi batas ${String(rule.maximum.amount)} ${rule.maximum.unit === 'years' ? 'tahun' : 'bulan'}${shortenedBy > 0 ? ` dikurangi ${String(shortenedBy)} hari kerja cuti tahunan yang sudah diambil tahun ini (PP 11/2017 Pasal 316 ayat (3))` : ''}: paling lambat sampai ${limitEnd}.`,
        `Longer than the maximum of ${String(rule.maximum.amount)} ${rule.maximum.unit}${shortenedBy > 0 ? ` less the ${String(shortenedBy)} working days of annual leave already taken this year (PP 11/2017 Pasal 316(3))` : ''}: it may last until ${limitEnd} at the latest.`,
        shortenedBy > 0
          ? { maximum: rule.maximum.amount, unit: rule.maximum.unit, latestEnd: limitEnd, requestedEnd: end, annualLeaveTaken: shortenedBy }
          : { maximum: rule.maximum.amount, unit: rule.maximum.unit, latestEnd: limitEnd, requestedEnd: end }));
    }
  }
  if (kind === 'sick' && (ground === 'regular' || ground === 'extended') && rule.extension !== undefined) {
    const counts = (entry: LedgerEntry) => entry.kind === 'sick' && entry.ground !== 'miscarriage' && entry.ground !== 'work-accident' &&
      (entry.type === 'taken' || entry.type === 'returned');
    const used = ledger.filter(counts).reduce((sum, entry) => sum + (entry.type === 'returned' ? -entry.days : entry.days), 0);
    const healthTeam = request.documents.includes('health-team-certificate');
    const limit = calendarDaysIn({ from: start, to: latestEnd(start, 1, 'years') }) +
      (healthTeam ? calendarDaysIn({ from: start, to: latestEnd(start, rule.extension.amount, rule.extension.unit) }) : 0);
    if (used + calendarDays > limit) {
      violations.push(violation('leave/cumulative-maximum-exceeded', rule.basis,
        `Cuti sakit kumulatif ${String(used + calendarDays)} hari melebihi ${String(limit)} hari${healthTeam ? '' : ' (perpanjangan 6 bulan memerlukan surat keterangan tim penguji kesehatan)'}.`,
        `Cumulative sick leave of ${String(used + calendarDays)} days exceeds ${String(limit)} days${healthTeam ? '' : ' (the 6-month extension needs a health-team certificate)'}.`,
        { used, requested: calendarDays, limit, healthTeamCertificate: healthTeam }));
    }
  }

  // Remote place (PP 11/2017 Pasal 312; PP 49/2018 Pasal 79).
  const remoteMax = rule.remotePlaceDays ?? 0;
  if (request.remotePlaceDays > remoteMax) {
    violations.push(violation('leave/extension-exceeded', rule.basis,
      `Tambahan waktu perjalanan paling lama ${String(remoteMax)} hari kalender.`, `Travel days for a remote place are at most ${String(remoteMax)} calendar days.`,
      { requested: request.remotePlaceDays, maximum: remoteMax }));
  }

  // Overlap with pending or approved leave.
  for (let index = 0; index < existing.length; index += 1) {
    const other = existing[index] as ExistingLeave;
    if (other.id === request.id || !isActive(other.status)) continue;
    if (start <= other.end && other.start <= end) {
      violations.push(violation('leave/overlap', { instrument: 'PP 11/2017', article: 'Pasal 310' },
        `Bertumpang tindih dengan permintaan ${other.id} (${other.start} s.d. ${other.end}, ${other.status}).`,
        `Overlaps request ${other.id} (${other.start} to ${other.end}, ${other.status}).`,
        { other: other.id, from: other.start, to: other.end, status: other.status }));
    }
  }

  // Balance (annual leave).
  let balance: LeaveDecision['balance'] = null;
  let postings: readonly LedgerEntry[];
  if (kind === 'annual') {
    const postingYear = advance ? yearOf(anniversary) : startYear;
    if (advance) {
      const before = ledger.filter((entry) => entry.kind === 'annual' && entry.type === 'taken' && entry.date < anniversary)
        .reduce((sum, entry) => sum + entry.days, 0);
      const limit = rule.maximum.amount ?? 0;
      if (before + days > limit) {
        violations.push(violation('leave/pre-anniversary-limit', rule.basis,
          `Sebelum genap 1 tahun paling banyak ${String(limit)} hari kerja (sudah ${String(before)}).`,
          `Before the first year at most ${String(limit)} working days (already ${String(before)}).`,
          { used: before, requested: days, limit }));
      }
      reasons.push(reason('leave/pre-anniversary', 'info', rule.basis, {
        id: `Cuti tahunan sebelum 1 tahun: mengurangi hak cuti tahunan ${String(postingYear)} setelah genap 1 tahun (${anniversary}).`,
        en: `Annual leave before the first year: it reduces the ${String(postingYear)} entitlement once the first year is reached (${anniversary}).`,
      }, { anniversary }));
      const pools = foldYear(ledger, 'annual', postingYear);
      balance = { before: pools.available, after: pools.available - days };
    } else {
      const pools = foldYearShared(ledger, 'annual', postingYear, start, NO_LIMIT);
      if (days > pools.available) {
        violations.push(violation('leave/insufficient-balance', rule.basis,
          `Sisa cuti tahunan ${String(pools.available)} hari kerja, diminta ${String(days)}.`,
          `${String(pools.available)} working days of annual leave available, ${String(days)} requested.`,
          { requested: days, available: pools.available, year: postingYear }));
      }
      balance = { before: pools.available, after: pools.available - days };
      if (pools.remainingCarried > 0) {
        reasons.push(reason('leave/carried-days-first', 'info', CARRIED_FIRST_BASIS, carriedFirstText(pools.remainingCarried, postingYear),
          { carried: pools.remainingCarried }));
      }
    }
    postings = [{ type: 'taken', kind, year: postingYear, date: start, days, requestId: request.id, ground, basis: rule.basis }];
  } else {
    const taken: LedgerEntry = { type: 'taken', kind, year: startYear, date: start, days: calendarDays, requestId: request.id, ground, basis: rule.basis };
    postings = [taken];
    if (rule.annualLeave === 'removes-year') {
      const own = foldYear(ledger, 'annual', startYear).remainingOwn;
      if (own > 0) {
        postings = [taken, { type: 'lapse', kind: 'annual', year: startYear, date: start, days: own, requestId: request.id,
          basis: { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)', interpretation: 'major-leave-and-annual-leave' } }];
      }
      reasons.push(reason('leave/annual-leave-removed', 'info', { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)', interpretation: 'major-leave-and-annual-leave' }, {
        id: `Tidak ada cuti tahunan ${String(startYear)} (sisa hak tahun berjalan ${String(own)} hari hapus); sisa cuti tahun sebelumnya tetap dapat digunakan.`,
        en: `No annual leave in ${String(startYear)} (${String(own)} own days removed); days carried from earlier years stay usable.`,
      }, { removed: own }));
    }
  }

  // Documents.
  for (const document of requiredDocuments(rule, calendarDays)) {
    if (!request.documents.includes(document)) {
      violations.push(violation('leave/missing-document', rule.basis, `Lampiran wajib tidak ada: ${document}.`, `A required document is missing: ${document}.`,
        { document }));
    }
  }

  if (violations.length > 0) return err(refusal(violations));

  // Route.
  const notice = rule.noticeUpToDays !== undefined && calendarDays <= rule.noticeUpToDays;
  const decidedBy: LeaveDecider = notice ? 'direct-superior' : request.abroad ? 'ppk' : rule.decidedBy;
  if (notice) {
    reasons.push(reason('leave/notice-to-superior', 'info', { instrument: 'Perban BKN 7/2021', article: 'Lampiran III.C.2', interpretation: 'sick-leave' }, {
      id: 'Sakit 1 hari: cukup pemberitahuan tertulis kepada atasan langsung dengan surat keterangan dokter; tanpa keputusan PYBMC.',
      en: 'Sick for 1 day: a written notice to the direct superior with a doctor\'s certificate; no PYBMC decision.',
    }));
  }
  if (request.abroad) {
    reasons.push(reason('leave/abroad', 'info', { instrument: 'PP 11/2017', article: 'Pasal 339; Perban BKN 7/2021 Lampiran IV.3–6' }, {
      id: 'Cuti di luar negeri hanya diberikan oleh PPK atau pejabat yang diberi kuasa; bila mendesak, izin sementara dari pejabat tertinggi di tempat bekerja.',
      en: 'Leave abroad is granted only by the PPK or an official with its kuasa; when urgent, the highest official at the workplace gives a temporary permit.',
    }));
  }
  if (kind === 'unpaid') {
    reasons.push(reason('leave/unpaid-effects', 'warning', { instrument: 'PP 11/2017', article: 'Pasal 335–337' }, {
      id: 'CLTN: diberikan oleh PPK setelah persetujuan Kepala BKN; diberhentikan dari jabatan, tanpa penghasilan, tidak dihitung masa kerja; lapor diri paling lambat 1 bulan setelah berakhir.',
      en: 'CLTN: granted by the PPK after BKN approval; removed from the post, no income, not counted as service; report back within 1 month after it ends.',
    }));
  }
  if (!rule.deferrable && (ground === 'first-hajj' || ground === 'fourth-birth')) {
    reasons.push(reason('leave/not-deferrable', 'info', rule.basis, {
      id: 'Cuti ini tidak dapat ditangguhkan.', en: 'This leave cannot be deferred.',
    }));
  }
  const returnsAfter = laterDate(end, endDay, 1 + request.remotePlaceDays);
  return ok({
    request, employee, ground, rule,
    period: { from: start, to: end },
    duration: { unit: kind === 'annual' ? 'working-days' : 'calendar-days', days, calendarDays, excluded,
      maximum: rule.maximum, latestEnd: limitEnd, remotePlaceDays: request.remotePlaceDays, returnsAfter },
    route: { decidedBy, notice, abroad: request.abroad, ppkOnly: kind === 'unpaid' },
    balance,
    postings,
    reasons,
  });
}

/**
 * Evaluates a leave request against the rules in force on its start date: counts its length in the kind's unit
 * (annual leave in working days of the employee's calendar, other kinds in calendar days; docs/interpretations.md#leave-units) and lists the days
 * left out; checks the employee kind, service (docs/interpretations.md#eligibility-service), gender, births while employed (docs/interpretations.md#maternity-births; a PPPK's 4th birth is
 * refused citing PP 49/2018 Pasal 88, docs/interpretations.md#pppk-leave), the maximum (docs/interpretations.md#major-leave-and-annual-leave, #sick-leave), remote-place travel days, overlap with
 * pending or approved leave, the balance (docs/interpretations.md#annual-carry-over), the documents and the route (a 1-day sick leave is a notice to the
 * direct superior; leave abroad needs the PPK or its kuasa). A refusal lists **every** violation.
 *
 * Parse the records once at the boundary (`parseEmployee`, `parseLeaveRequest`, `parseLedger`,
 * `parseExistingLeaves`) and pass what the parsers return: those values are used as they are, with no second
 * check. Anything else (a JavaScript caller, a raw JSON object) is parsed first, on every call, so bad input is a
 * coded `leave/invalid-input` refusal whose issues carry their paths (`employee.nip`, `request.start`), never an
 * exception, and an object changed between two calls is judged on its new data.
 *
 * @param params - The employee, the request, the ledger, the other requests, the calendar and the date.
 * @returns `Ok(decision)` with the ledger entries an approval posts, or `Err(refusal)` with every violation.
 * @see Official: https://peraturan.bpk.go.id/Details/5814/pp-no-11-tahun-2017
 * Bab XII Cuti, Pasal 309–341
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * import { parseEmployee } from 'asn-kit/employee';
 * import { evaluateLeaveRequest, parseLeaveRequest, parseLedger } from 'asn-kit/leave';
 * const calendar = createCalendar();
 * const employee = parseEmployee({ kind: 'PNS', nip: '198503152010012003', name: 'Sri Wahyuni', gender: 'female',
 *   birthDate: '1985-03-15', tmtCpns: '2010-01-01', golongan: 'III/c', position: { type: 'pelaksana' },
 *   workUnit: { id: 'BKPSDM', name: 'BKPSDM Kota Medan' } });
 * const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2025, date: '2025-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017' } }]);
 * const request = parseLeaveRequest({ id: 'C-1', kind: 'annual', start: '2025-03-24', end: '2025-04-11' });
 * if (calendar.isOk() && employee.isOk() && ledger.isOk() && request.isOk()) {
 *   const decision = evaluateLeaveRequest({ employee: employee.value, request: request.value, ledger: ledger.value,
 *     calendar: calendar.value, asOf: '2025-03-01' });
 *   decision.match((decided) => decided.duration.days, (refusal) => refusal.code); // => 8
 * }
 * ```
 */
export function evaluateLeaveRequest(params: EvaluateLeaveRequestParams): Result<LeaveDecision, LeaveRefusal> {
  const bag: unknown = params;
  // Stryker disable next-line BlockStatement,StringLiteral: without the shortcut the checked path below gives the same result
  if (typeof bag === 'object' && bag !== null && isPlainBag(bag)) {
    // The common case: every record parsed (the checks of `trustParsed`), a calendar and a date.
    const { employee, request, ledger = NONE, existing = NONE, calendar, asOf } = params;
    const trustedLedger = ledger === NONE ? NONE : parsedLedger(ledger);
    if (trustedLedger !== undefined && isParsed(employee, EMPLOYEE_KIND) && isParsed(request, REQUEST_KIND) &&
      (existing === NONE || isParsed(existing, EXISTING_KIND))) {
      return evaluateChecked(employee, request, trustedLedger, existing, calendar, asOf as IsoDate);
    }
  }
  const input = checkParams(params);
  if (input.isErr()) return err(refusal([input.error]));
  const { employee, request, ledger, existing, calendar, asOf } = input.value;
  return evaluateChecked(employee, request, ledger, existing, calendar, asOf);
}
