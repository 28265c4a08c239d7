import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { renderedText, type IsoDate, type LegalBasis, type LocalizedText, type Reason } from '../core';
import { yearOf } from '../core/iso-date';
import { isoDateSchema } from '../core/schemas';
import { validate } from '../core/validate';
import type { LeaveError } from './errors';
import { invalidParts, isDateText, type FailedPart } from './input';
import { foldYearShared } from './ledger-fold';
import { parsedLedger, takeLedger } from './parse-ledger';
import type { LeaveKind } from './rules/leave-rule';
import { leaveKindSchema, type Ledger } from './schemas';
import { yearEnd } from './year-dates';
import { deepFrozen } from '../core/frozen';

/**
 * The balance of one kind of leave in the year of `asOf`, with its breakdown.
 *
 * @example
 * ```ts
 * import { leaveBalance, parseLedger } from 'asn-kit/leave';
 * const ledger = parseLedger([]);
 * if (ledger.isOk()) {
 *   const balance = leaveBalance(ledger.value, { kind: 'annual', asOf: '2026-06-01' });
 *   if (balance.isOk()) balance.value.available; // => 0
 * }
 * ```
 */
export interface LeaveBalance {
  /** The kind. */
  readonly kind: LeaveKind;
  /** The leave year (the calendar year of `asOf`, docs/interpretations.md#leave-year). */
  readonly year: number;
  /** The date the balance is taken on: entries dated later are left out. */
  readonly asOf: IsoDate;
  /** The year's own days granted (less any deferred to next year). */
  readonly own: number;
  /** Days carried over from last year. */
  readonly carried: number;
  /** The last day carried days can be used: 31 December of the year (docs/interpretations.md#annual-carry-over). */
  readonly carriedLapseOn: IsoDate;
  /** Days deferred into this year by the PYBMC (docs/interpretations.md#annual-deferral). */
  readonly deferred: number;
  /** Days gained by working through cuti bersama (docs/interpretations.md#collective-leave), including those that may move to next year. */
  readonly compensation: number;
  /** Of `compensation`, the days that may still be used next year (cuti bersama at the end of the year). */
  readonly compensationNextYear: number;
  /** Own days moved to next year by a deferral. */
  readonly deferredOut: number;
  /** Days taken, less days returned by cancellation or recall (annual: working days; others: calendar days). */
  readonly taken: number;
  /** Days removed for good (e.g. own days when a cuti besar starts, docs/interpretations.md#major-leave-and-annual-leave). */
  readonly lapsed: number;
  /** What is left of each pool; days taken are charged to carried days first (docs/interpretations.md#annual-carry-over). */
  readonly remaining: {
    /** Own days left. */
    readonly own: number;
    /** Carried days left (they lapse on `carriedLapseOn`). */
    readonly carried: number;
    /** Deferred days left. */
    readonly deferred: number;
    /** Compensation days left (both kinds). */
    readonly compensation: number;
  };
  /** Days available; `null` for kinds without a day balance (their maxima are per request or cumulative). */
  readonly available: number | null;
  /**
   * The explanation. Its texts are written when read (and by `JSON.stringify`) from the numbers above, so a kept
   * balance stays small; spread or `structuredClone` a reason's message only after `JSON.parse(JSON.stringify(…))`.
   */
  readonly reasons: readonly Reason[];
}

/**
 * The options of {@link leaveBalance}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { LeaveBalanceOptions } from 'asn-kit/leave';
 * const options: LeaveBalanceOptions = { kind: 'annual', asOf: '2026-06-01' };
 * ```
 */
export interface LeaveBalanceOptions {
  /** The kind of leave. */
  readonly kind: LeaveKind;
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
}

const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ kind: leaveKindSchema, asOf: isoDateSchema }))();

const BALANCE_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 11/2017', article: 'Pasal 311, 313, 314, 333', interpretation: 'annual-carry-over' });
const USAGE_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 11/2017', article: 'Pasal 310', interpretation: 'leave-units' });

function renderBalance(balance: LeaveBalance): LocalizedText {
  const { year, asOf, available, own, carried, deferred, compensation, taken } = balance;
  const left = available ?? 0;
  return {
    id: `Sisa cuti tahunan ${year} per ${asOf}: ${left} hari kerja (hak tahun berjalan ${own}, sisa tahun lalu ${carried}, penangguhan ${deferred}, pengganti cuti bersama ${compensation}, diambil ${taken}).`,
    en: `Annual leave ${year} as of ${asOf}: ${left} working days left (own ${own}, carried ${carried}, deferred ${deferred}, cuti-bersama compensation ${compensation}, taken ${taken}).`,
  };
}

function renderUsage(balance: LeaveBalance): LocalizedText {
  const { kind, year, asOf, taken } = balance;
  return {
    id: `Cuti ${kind} yang digunakan pada ${year} per ${asOf}: ${taken} hari kalender.`,
    en: `${kind} leave used in ${year} as of ${asOf}: ${taken} calendar days.`,
  };
}

/*
 * The `data` of the two reasons holds one number. Whole numbers of days within a plain range share one frozen
 * object per value (they are values, not results: a million balances with 10 days left point at the same `{ available:
 * 10 }`), the rest get their own.
 */
const SHARED_MIN = -1024;
const SHARED_MAX = 4096;
const availableData: ({ readonly available: number } | undefined)[] = [];
const takenData: ({ readonly taken: number } | undefined)[] = [];

// Stryker disable all: whether a value shares a cached object; any answer gives equal data, only more or fewer objects
function isShared(value: number): boolean {
  return Number.isInteger(value) && value >= SHARED_MIN && value < SHARED_MAX;
}
// Stryker restore all

function availableOf(value: number): { readonly available: number } {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: shared or not, the data is equal (see isShared)
  if (!isShared(value)) return { available: value };
  // Stryker disable next-line ArithmeticOperator: a cache slot; `value + SHARED_MIN` is also one slot per value
  return (availableData[value - SHARED_MIN] ??= Object.freeze({ available: value }));
}

function takenOf(value: number): { readonly taken: number } {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: shared or not, the data is equal (see isShared)
  if (!isShared(value)) return { taken: value };
  // Stryker disable next-line ArithmeticOperator: a cache slot; `value + SHARED_MIN` is also one slot per value
  return (takenData[value - SHARED_MIN] ??= Object.freeze({ taken: value }));
}

/** A reason slot filled once the balance it explains exists (the text is rendered from the balance). */
const PENDING = /* @__PURE__ */ deepFrozen({ code: 'leave/balance', severity: 'info', basis: BALANCE_BASIS, message: { id: '', en: '' } } as const satisfies Reason);

/** The balance computed on trusted values (internal; also used by the other functions). */
export function balanceOf(ledger: Ledger, kind: LeaveKind, asOf: IsoDate): LeaveBalance {
  const year = yearOf(asOf);
  const pools = foldYearShared(ledger, kind, year, asOf, asOf);
  const taken = Math.max(0, pools.taken - pools.returned);
  const annual = kind === 'annual';
  // Stryker disable next-line ArrayDeclaration: the slot is filled below before the balance is returned
  const reasons: Reason[] = [PENDING];
  const balance: LeaveBalance = {
    kind,
    year,
    asOf,
    own: pools.own - pools.deferredOut,
    carried: pools.carried,
    carriedLapseOn: yearEnd(year),
    deferred: pools.deferred,
    compensation: pools.compensation + pools.carryableCompensation,
    compensationNextYear: pools.remainingCarryableCompensation,
    deferredOut: pools.deferredOut,
    taken,
    lapsed: pools.lapsed,
    remaining: {
      own: pools.remainingOwn,
      carried: pools.remainingCarried,
      deferred: pools.remainingDeferred,
      compensation: pools.remainingCompensation + pools.remainingCarryableCompensation,
    },
    available: annual ? pools.available : null,
    reasons,
  };
  reasons[0] = annual
    ? { code: 'leave/balance', severity: 'info', basis: BALANCE_BASIS, message: renderedText(renderBalance, balance), data: availableOf(pools.available) }
    : { code: 'leave/usage', severity: 'info', basis: USAGE_BASIS, message: renderedText(renderUsage, balance), data: takenOf(taken) };
  return balance;
}

/** Options that are exactly a known kind and a valid date pass without zod; anything else goes to the schema. */
function checkOptions(options: unknown): Result<{ readonly kind: LeaveKind; readonly asOf: IsoDate }, LeaveError> {
  if (isPlainOptions(options)) return ok(options);
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  return validate(optionsSchema, options, 'leave/invalid-input');
}

/** The keys of the options' schema, read once from its shape. */
let optionKeys: object | undefined;

// Stryker disable next-line BlockStatement: a `false` sends the options to the schema, which decides the same (a shortcut)
function isPlainOptions(options: unknown): options is { readonly kind: LeaveKind; readonly asOf: IsoDate } {
  // Stryker disable next-line StringLiteral: `typeof options !== ''` is always true: the schema decides, the same way
  if (typeof options !== 'object' || options === null) return false;
  optionKeys ??= optionsSchema.shape;
  for (const key in options) if (!Object.hasOwn(optionKeys, key)) return false;
  const { kind, asOf } = options as Partial<Record<string, unknown>>;
  // Stryker disable next-line StringLiteral: a `false` here goes to the schema likewise
  return typeof kind === 'string' && Object.hasOwn(leaveKindSchema.def.entries, kind) && isDateText(asOf);
}

/**
 * Folds a ledger into the balance of one kind of leave on a date. Balances are never stored: the ledger is the
 * only record, and the order of its entries does not matter (docs/interpretations.md#annual-carry-over). Days taken are charged to carried days first,
 * then deferred days, then cuti-bersama compensation, then the year's own days (carried days lapse at the end of
 * the year, own days may carry over). A balance is negative only when a rule allows it: a PPPK's days taken
 * before the first year (PP 49/2018 Pasal 80(3), docs/interpretations.md#pppk-leave) are charged against the grant that arrives later.
 *
 * Pass a ledger from `parseLedger`: it is used as it is. Anything else is checked first, so a JavaScript caller
 * still gets a coded error, never an exception.
 *
 * @param ledger - The employee's ledger, from `parseLedger`.
 * @param options - The kind and the date; any other key is refused.
 * @returns `Ok(balance)`, or `Err` with code `leave/invalid-input`.
 * @example
 * ```ts
 * import { leaveBalance, parseLedger } from 'asn-kit/leave';
 * const basis = { instrument: 'PP 11/2017' };
 * const ledger = parseLedger([
 *   { type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis },
 *   { type: 'carry-over', kind: 'annual', year: 2026, date: '2026-01-01', days: 6, basis },
 *   { type: 'taken', kind: 'annual', year: 2026, date: '2026-04-06', days: 8, basis },
 * ]);
 * if (ledger.isOk()) {
 *   const balance = leaveBalance(ledger.value, { kind: 'annual', asOf: '2026-06-30' });
 *   if (balance.isOk()) [balance.value.available, balance.value.remaining.carried, balance.value.remaining.own]; // => [10, 0, 10]
 * }
 * ```
 */
export function leaveBalance(ledger: Ledger, options: LeaveBalanceOptions): Result<LeaveBalance, LeaveError> {
  const parsed = parsedLedger(ledger);
  if (parsed !== undefined && isPlainOptions(options)) return ok(balanceOf(parsed, options.kind, options.asOf));
  const checkedLedger = takeLedger(ledger);
  const checkedOptions = checkOptions(options);
  if (checkedLedger.isOk() && checkedOptions.isOk()) return ok(balanceOf(checkedLedger.value, checkedOptions.value.kind, checkedOptions.value.asOf));
  const failed: FailedPart[] = [];
  if (checkedLedger.isErr()) failed.push({ path: 'ledger', error: checkedLedger.error });
  if (checkedOptions.isErr()) failed.push({ path: 'options', error: checkedOptions.error });
  return err(invalidParts(failed));
}
