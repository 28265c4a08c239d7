import { ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { isoDateSchema, reason, validate, yearOf, type IsoDate, type Reason } from '../core';
import type { LeaveError } from './errors';
import { isPlainDate, isPlainKind, isPlainLedger } from './fast-path';
import { foldYear } from './ledger-fold';
import type { LeaveKind } from './rules/leave-rule';
import { leaveKindSchema, ledgerSchema, type LedgerEntry } from './schemas';

/**
 * The balance of one kind of leave in the year of `asOf`, with its breakdown.
 *
 * @example
 * ```ts
 * import { leaveBalance } from 'asn-kit/leave';
 * leaveBalance([], { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrap().available; // => 0
 * ```
 */
export interface LeaveBalance {
  /** The kind. */
  readonly kind: LeaveKind;
  /** The leave year (the calendar year of `asOf`, R-D4). */
  readonly year: number;
  /** The date the balance is taken on: entries dated later are left out. */
  readonly asOf: IsoDate;
  /** The year's own days granted (less any deferred to next year). */
  readonly own: number;
  /** Days carried over from last year. */
  readonly carried: number;
  /** The last day carried days can be used: 31 December of the year (R-L1). */
  readonly carriedLapseOn: IsoDate;
  /** Days deferred into this year by the PYBMC (R-L2). */
  readonly deferred: number;
  /** Days gained by working through cuti bersama (R-L3), including those that may move to next year. */
  readonly compensation: number;
  /** Of `compensation`, the days that may still be used next year (cuti bersama at the end of the year). */
  readonly compensationNextYear: number;
  /** Own days moved to next year by a deferral. */
  readonly deferredOut: number;
  /** Days taken, less days returned by cancellation or recall (annual: working days; others: calendar days). */
  readonly taken: number;
  /** Days removed for good (e.g. own days when a cuti besar starts, R-L4). */
  readonly lapsed: number;
  /** What is left of each pool; days taken are charged to carried days first (R-L1). */
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
  /** The explanation. */
  readonly reasons: readonly Reason[];
}

/**
 * The options of {@link leaveBalance}.
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

const inputSchema = /* @__PURE__ */ z.object({
  ledger: ledgerSchema,
  options: z.object({ kind: leaveKindSchema, asOf: isoDateSchema }),
});

/** The balance computed on trusted values (internal; used by the benchmark path and the other functions). */
export function balanceOf(ledger: readonly LedgerEntry[], kind: LeaveKind, asOf: IsoDate): LeaveBalance {
  const year = yearOf(asOf);
  const pools = foldYear(ledger, kind, year, { creditsUntil: asOf, debitsUntil: asOf });
  const net = Math.max(0, pools.taken - pools.returned);
  const annual = kind === 'annual';
  const reasons: Reason[] = annual
    ? [
        reason('leave/balance', 'info', { instrument: 'PP 11/2017', article: 'Pasal 311, 313, 314, 333', note: 'R-L1, R-L2, R-L3' }, {
          id: `Sisa cuti tahunan ${String(year)} per ${asOf}: ${String(pools.available)} hari kerja (hak tahun berjalan ${String(pools.own - pools.deferredOut)}, sisa tahun lalu ${String(pools.carried)}, penangguhan ${String(pools.deferred)}, pengganti cuti bersama ${String(pools.compensation + pools.carryableCompensation)}, diambil ${String(net)}).`,
          en: `Annual leave ${String(year)} as of ${asOf}: ${String(pools.available)} working days left (own ${String(pools.own - pools.deferredOut)}, carried ${String(pools.carried)}, deferred ${String(pools.deferred)}, cuti-bersama compensation ${String(pools.compensation + pools.carryableCompensation)}, taken ${String(net)}).`,
        }, { available: pools.available }),
      ]
    : [
        reason('leave/usage', 'info', { instrument: 'PP 11/2017', article: 'Pasal 310', note: 'R-L6' }, {
          id: `Cuti ${kind} yang digunakan pada ${String(year)} per ${asOf}: ${String(net)} hari kalender.`,
          en: `${kind} leave used in ${String(year)} as of ${asOf}: ${String(net)} calendar days.`,
        }, { taken: net }),
      ];
  return {
    kind,
    year,
    asOf,
    own: pools.own - pools.deferredOut,
    carried: pools.carried,
    carriedLapseOn: `${String(year)}-12-31` as IsoDate,
    deferred: pools.deferred,
    compensation: pools.compensation + pools.carryableCompensation,
    compensationNextYear: pools.remaining.carryableCompensation,
    deferredOut: pools.deferredOut,
    taken: net,
    lapsed: pools.lapsed,
    remaining: {
      own: pools.remaining.own,
      carried: pools.remaining.carried,
      deferred: pools.remaining.deferred,
      compensation: pools.remaining.compensation + pools.remaining.carryableCompensation,
    },
    available: annual ? pools.available : null,
    reasons,
  };
}

/**
 * Folds a ledger into the balance of one kind of leave on a date. Balances are never stored: the ledger is the
 * only record, and the order of its entries does not matter (R-L1). Days taken are charged to carried days first,
 * then deferred days, then cuti-bersama compensation, then the year's own days (carried days lapse at the end of
 * the year, own days may carry over). A balance is negative only when a rule allows it: a PPPK's days taken
 * before the first year (PP 49/2018 Pasal 80(3), R-L8) are charged against the grant that arrives later.
 *
 * @param ledger - The employee's ledger entries (raw input is validated).
 * @param options - The kind and the date.
 * @returns `Ok(balance)`, or `Err` with code `leave/invalid-input`.
 * @example
 * ```ts
 * import { leaveBalance } from 'asn-kit/leave';
 * const basis = { instrument: 'PP 11/2017' };
 * const balance = leaveBalance([
 *   { type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis },
 *   { type: 'carry-over', kind: 'annual', year: 2026, date: '2026-01-01', days: 6, basis },
 *   { type: 'taken', kind: 'annual', year: 2026, date: '2026-04-06', days: 8, basis },
 * ], { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
 * [balance.available, balance.remaining.carried, balance.remaining.own]; // => [10, 0, 10]
 * leaveBalance('nope', { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrapErr().code; // => 'leave/invalid-input'
 * ```
 */
export function leaveBalance(ledger: unknown, options: LeaveBalanceOptions): Result<LeaveBalance, LeaveError> {
  const raw: unknown = options; // typed for callers, but JavaScript callers may pass anything, null included
  if (isPlainLedger(ledger) && typeof raw === 'object' && raw !== null && isPlainKind(options.kind) && isPlainDate(options.asOf)) {
    return ok(balanceOf(ledger, options.kind, options.asOf));
  }
  return validate(inputSchema, { ledger, options }, 'leave/invalid-input')
    .andThen((input) => ok(balanceOf(input.ledger as readonly LedgerEntry[], input.options.kind, input.options.asOf)));
}
