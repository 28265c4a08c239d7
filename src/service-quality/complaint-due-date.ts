import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { workingCalendarSchema, type WorkingCalendar } from '../calendar';
import { addWorkingDaysFrom } from '../calendar/add-working-days';
import type { YearNotCoveredError } from '../calendar/errors';
import { withErrorData } from '../core/errors';
import { dayNumberOf } from '../core/iso-date';
import {
  addDays,
  invalidInput,
  isoDateSchema,
  reason,
  recodeError,
  yearOf,
  ruleInForce,
  validate,
  type IsoDate,
  type LegalBasis,
  type Reason,
} from '../core';
import { provisionalReasons } from '../calendar/provisional-warnings';
import { serviceQualityError, type ServiceQualityError, type ServiceQualityReasonCode } from './errors';
import { COMPLAINT_RESPONSE_DEADLINES } from './rules/complaint-deadlines';
import { deadlineRuleSchema, type DeadlineRule } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The due dates of a complaint.
 *
 * @example
 * ```ts
 * import { complaintDueDate, type ComplaintDue } from 'asn-kit/service-quality';
 * const dueResult = complaintDueDate({ received: '2024-03-01' });
 * if (dueResult.isOk()) {
 *   const due: ComplaintDue = dueResult.value;
 *   due.deadline; // => '2024-03-15'
 * }
 * ```
 */
export interface ComplaintDue {
  /** The day the complaint was received (its file complete). */
  readonly received: IsoDate;
  /** The rule applied. */
  readonly rule: DeadlineRule;
  /** Where the rule comes from: the unit's standard, or the statute for the default. */
  readonly basis: LegalBasis;
  /** The due date: `rule.days` calendar or working days after receipt. */
  readonly due: IsoDate;
  /** The due date after the extension, `rule.extensionDays` after `due`; absent when the rule allows none. */
  readonly extendedDue?: IsoDate;
  /** The date that counts: `extendedDue` when the complaint was extended, `due` otherwise. */
  readonly deadline: IsoDate;
  /** Why: the rule and its source, the extension. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

/** The parameters of `complaintDueDate`, checked each call (a small bag read at once); an unknown key is an issue. */
const dueDateParamsSchema = /* @__PURE__ */ (() => z.strictObject({
  received: isoDateSchema,
  rule: /* @__PURE__ */ z.optional(deadlineRuleSchema),
  extended: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  calendar: /* @__PURE__ */ z.optional(workingCalendarSchema),
}))();

/**
 * The parameters of {@link complaintDueDate}.
 *
 * @example
 * ```ts
 * import type { ComplaintDueDateParams } from 'asn-kit/service-quality';
 * const params: ComplaintDueDateParams = { received: '2024-03-01', rule: { days: 14, count: 'calendar' } };
 * ```
 */
export interface ComplaintDueDateParams {
  /** The day the complaint was received (its file complete), `YYYY-MM-DD`. */
  readonly received: string;
  /** The unit's deadline; absent: the statutory default in force on `received` (14 calendar days, UU 25/2009). */
  readonly rule?: DeadlineRule;
  /** `true` when the unit extended the deadline as its standard allows. */
  readonly extended?: boolean;
  /** The unit's working calendar; needed when the rule counts working days. */
  readonly calendar?: WorkingCalendar;
}

const POLICY_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'UU 25/2009', note: 'complaint deadlines are configuration per unit', interpretation: 'complaint-deadlines' });

/**
 * A date the calendar cannot place: a year it holds no data for (the only error a parsed calendar gives here). A
 * gap in the data, passed on as the calendar's own `calendar/year-not-covered`, with the day of receipt.
 */
function unavailable(received: IsoDate, cause: YearNotCoveredError): ServiceQualityError {
  return withErrorData(cause, { received });
}

function noCalendar(received: IsoDate): ServiceQualityError {
  return serviceQualityError(
    'service-quality/due-date-unavailable',
    POLICY_BASIS,
    {
      id: `Batas waktu dalam hari kerja untuk pengaduan yang diterima ${received} memerlukan kalender kerja unit.`,
      en: `A deadline in working days for a complaint received on ${received} needs the unit's working calendar.`,
    },
    { received },
  );
}

function step(
  received: IsoDate,
  from: IsoDate,
  days: number,
  count: DeadlineRule['count'],
  calendar: WorkingCalendar | undefined,
): Result<IsoDate, ServiceQualityError> {
  if (count === 'calendar') return ok(addDays(from, days));
  if (calendar === undefined) return err(noCalendar(received));
  return addWorkingDaysFrom(calendar, dayNumberOf(from), from, days).mapErr((cause) => unavailable(received, cause));
}

/**
 * The internal core of {@link complaintDueDate}, on checked values; `trackComplaints` uses it too.
 *
 * @param received - The day of receipt.
 * @param rule - The rule, or `undefined` for the statutory default.
 * @param extended - Whether the deadline was extended.
 * @param calendar - The working calendar (needed for working days).
 * @param source - Where the unit's rule is written, for the reason.
 * @returns The due dates, or a coded error.
 */
export function dueDateOf(
  received: IsoDate,
  rule: DeadlineRule | undefined,
  extended: boolean,
  calendar: WorkingCalendar | undefined,
  source?: string,
): Result<ComplaintDue, ServiceQualityError> {
  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  let applied: DeadlineRule;
  let basis: LegalBasis = source === undefined ? POLICY_BASIS : { instrument: source, interpretation: 'complaint-deadlines' };
  if (rule === undefined) {
    const row = ruleInForce(COMPLAINT_RESPONSE_DEADLINES, received);
    if (row.isErr()) {
      return err(recodeError(row.error, 'service-quality/no-rule-in-force'));
    }
    applied = { days: row.value.days, count: row.value.count };
    basis = row.value.basis;
    reasons.push(
      reason(
        'service-quality/default-deadline',
        'info',
        row.value.basis,
        {
          id: `Unit tidak menetapkan batas waktu pengaduan; dipakai batas waktu undang-undang: ${row.value.days} hari kalender setelah diterima.`,
          en: `The unit set no complaint deadline; the statutory one applies: ${row.value.days} calendar days after receipt.`,
        },
        { days: row.value.days, count: row.value.count },
      ),
    );
  } else {
    applied = rule;
  }
  const unit = applied.count === 'working' ? { id: 'hari kerja', en: 'working days' } : { id: 'hari kalender', en: 'calendar days' };
  const due = step(received, received, applied.days, applied.count, calendar);
  if (due.isErr()) return err(due.error);
  if (rule !== undefined) {
    reasons.push(
      reason(
        'service-quality/unit-deadline',
        'info',
        basis,
        {
          id: `Batas waktu unit: ${applied.days} ${unit.id} setelah pengaduan diterima, yaitu ${due.value}.`,
          en: `The unit's deadline: ${applied.days} ${unit.en} after receipt, that is ${due.value}.`,
        },
        { days: applied.days, count: applied.count, due: due.value },
      ),
    );
  }
  const result = { received, rule: applied, basis, due: due.value };
  if (applied.count === 'working') reasons.push(...provisionalReasons(calendar as WorkingCalendar, yearOf(received), yearOf(due.value)));
  if (applied.extensionDays === undefined) return ok({ ...result, deadline: due.value, reasons });
  const extendedDue = step(received, due.value, applied.extensionDays, applied.count, calendar);
  if (extendedDue.isErr()) return err(extendedDue.error);
  if (extended) {
    reasons.push(
      reason(
        'service-quality/deadline-extended',
        'info',
        basis,
        {
          id: `Batas waktu diperpanjang ${applied.extensionDays} ${unit.id} menjadi ${extendedDue.value}.`,
          en: `The deadline was extended by ${applied.extensionDays} ${unit.en} to ${extendedDue.value}.`,
        },
        { extensionDays: applied.extensionDays, extendedDue: extendedDue.value },
      ),
    );
  }
  if (applied.count === 'working') reasons.push(...provisionalReasons(calendar as WorkingCalendar, yearOf(due.value) + 1, yearOf(extendedDue.value)));
  return ok({ ...result, extendedDue: extendedDue.value, deadline: extended ? extendedDue.value : due.value, reasons });
}

/**
 * The due date of a complaint: a number of days after receipt, counted in calendar days or in working days of
 * the unit's calendar as the unit's standard says (docs/interpretations.md#complaint-deadlines), plus the extended due date when the standard
 * allows an extension (e.g. "10 hari kerja, dapat diperpanjang 7 hari kerja"). Without a rule, the statutory
 * 14 calendar days of UU 25/2009 apply. Working days skip weekends, national holidays and
 * ASN cuti bersama of the calendar; a calendar-day deadline is not moved off a holiday.
 *
 * @param params - {@link ComplaintDueDateParams}: `received`, `rule`, `extended`, `calendar` (an unknown key is an
 *   error).
 * @returns `Ok(due)`; `Err` with `service-quality/invalid-input` (also when `extended` is asked of a rule without
 *   an extension), `service-quality/no-rule-in-force` (no rule given and received before UU 25/2009) or
 *   `service-quality/due-date-unavailable` (working days without a calendar), or the calendar's own
 *   `calendar/year-not-covered` (a due date in a year the calendar holds no data for: a gap in the data).
 * @see Official: UU 25/2009 tentang Pelayanan Publik (pengelolaan pengaduan); Perpres 76/2013
 * @see Based on: SIPPN service standards, e.g. "paling lambat 10 hari kerja … dapat diperpanjang 7 hari kerja"
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * import { complaintDueDate } from 'asn-kit/service-quality';
 * complaintDueDate({ received: '2024-03-01' }).map((due) => due.due); // => Ok('2024-03-15')
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   const due = complaintDueDate({
 *     received: '2024-03-01', rule: { days: 10, count: 'working', extensionDays: 7 }, extended: true, calendar: calendar.value,
 *   });
 *   due.map((d) => [d.due, d.deadline]); // => Ok(['2024-03-19', '2024-03-28']) (Nyepi 11 March and its cuti bersama skipped)
 * }
 * complaintDueDate({ received: '2024-02-30' }).match(() => 'ok', (error) => error.code); // => 'service-quality/invalid-input'
 * ```
 */
export function complaintDueDate(params: ComplaintDueDateParams): Result<ComplaintDue, ServiceQualityError> {
  const parsed = validate(dueDateParamsSchema, params, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { received, rule, extended = false, calendar } = parsed.value;
  if (extended && rule?.extensionDays === undefined) {
    return err(invalidInput('service-quality/invalid-input', [{
      path: 'extended',
      message: { id: 'Aturan batas waktu tidak membolehkan perpanjangan', en: 'The deadline rule allows no extension' },
    }]));
  }
  return dueDateOf(received, rule, extended, calendar);
}
