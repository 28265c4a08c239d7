import type { Result } from 'neverthrow';
import type { IsoDate } from '../core';
import { createCalendar, type CalendarError } from '../calendar';
import { parseEmployee, type Employee, type EmployeeError } from '../employee';
import {
  advanceLeaveRequest, draftLeaveRequest, evaluateLeaveRequest, parseLeaveRequest, parseLedger,
  type LeaveError, type LeaveKind, type LeaveWorkflowState, type Ledger, type LedgerEntry, type LedgerEntryType,
} from '../leave';

/** The fixtures' NIPs: consecutive numbers from a random start, spread over birth dates, TMTs, sexes and sequences. */
let nextNip: number | undefined;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * A valid NIP not handed out before in this process (a random start makes a clash with another run's unlikely): the
 * fixtures' way to give each contract test its own employees, so the suites run on a shared database.
 *
 * @param layout - `pns` (the default) or `pppk`.
 * @returns 18 digits: a real birth date in 1960–1999, an appointment 25 years later, a sex digit and a sequence.
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * import { uniqueNip } from 'asn-kit/testing';
 * parseNip(uniqueNip('pppk')).map((nip) => nip.layout); // => Ok('pppk')
 * ```
 */
export function uniqueNip(layout: 'pns' | 'pppk' = 'pns'): string {
  nextNip ??= Math.floor(Math.random() * 300_000_000);
  let n = nextNip;
  nextNip += 1;
  const sequence = (n % 999) + 1;
  n = Math.floor(n / 999);
  const day = (n % 28) + 1;
  n = Math.floor(n / 28);
  const month = (n % 12) + 1;
  n = Math.floor(n / 12);
  const year = 1960 + (n % 40);
  n = Math.floor(n / 40);
  const appointment = (n % 12) + 1;
  const gender = Math.floor(n / 12) % 2 === 0 ? 2 : 1;
  const middle = layout === 'pns' ? `${pad(year + 25, 4)}${pad(appointment, 2)}` : `${pad(year + 25, 4)}2${String((appointment % 9) + 1)}`;
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}${middle}${String(gender)}${pad(sequence, 3)}`;
}

/**
 * What {@link fixtureEmployee} makes. Any key may be left out.
 *
 * @example
 * ```ts
 * import type { FixtureEmployeeOptions } from 'asn-kit/testing';
 * const options: FixtureEmployeeOptions = { kind: 'PPPK', workUnitId: 'dinkes', workWeek: 6 };
 * ```
 */
export interface FixtureEmployeeOptions {
  /** `PNS` (the default) or `PPPK`. */
  readonly kind?: 'PNS' | 'PPPK';
  /** The NIP (default: {@link uniqueNip} of the kind's layout); birth date, TMT and sex are read from it. */
  readonly nip?: string;
  /** The work unit's id (default `bkpsdm`). */
  readonly workUnitId?: string;
  /** The working week (default 5). */
  readonly workWeek?: 5 | 6;
}

/**
 * A valid employee, parsed: a pelaksana (PNS, golongan III/a) or a PPPK (golongan IX, a 5-year contract), whose
 * birth date, TMT and sex agree with the NIP.
 *
 * @param options - {@link FixtureEmployeeOptions}.
 * @returns `Ok(employee)`, or `Err` when a NIP given is not of the kind's layout.
 * @example
 * ```ts
 * import { fixtureEmployee } from 'asn-kit/testing';
 * fixtureEmployee({ workUnitId: 'dinkes' }).map((employee) => employee.workUnit.id); // => Ok('dinkes')
 * ```
 */
export function fixtureEmployee(options: FixtureEmployeeOptions = {}): Result<Employee, EmployeeError> {
  const kind = options.kind ?? 'PNS';
  const nip = options.nip ?? uniqueNip(kind === 'PPPK' ? 'pppk' : 'pns');
  if (typeof nip !== 'string') return parseEmployee({ nip });
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const unit = options.workUnitId ?? 'bkpsdm';
  const common = {
    nip, name: 'Pegawai Uji', gender: nip.charAt(14) === '1' ? 'male' : 'female', birthDate,
    workUnit: { id: unit, name: `Unit ${unit}` }, workWeek: options.workWeek ?? 5,
  };
  return kind === 'PPPK'
    ? parseEmployee({ ...common, kind, golongan: 'IX', position: { type: 'fungsional', level: 'ahli-pertama' },
        contract: { start: `${nip.slice(8, 12)}-01-01`, years: 5 } })
    : parseEmployee({ ...common, kind: 'PNS', golongan: 'III/a', position: { type: 'pelaksana' }, tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01` });
}

/**
 * What {@link fixtureLedgerEntry} makes. Only `type`, `year` and `days` are needed.
 *
 * @example
 * ```ts
 * import type { FixtureEntryOptions } from 'asn-kit/testing';
 * const grant: FixtureEntryOptions = { type: 'grant', year: 2026, days: 12 };
 * ```
 */
export interface FixtureEntryOptions {
  /** The entry's type. */
  readonly type: LedgerEntryType;
  /** The leave year. */
  readonly year: number;
  /** The days. */
  readonly days: number;
  /** The date (default 1 January of the year). */
  readonly date?: string;
  /** The kind (default `annual`). */
  readonly kind?: LeaveKind;
  /** The request that caused it. */
  readonly requestId?: string;
}

/**
 * One ledger entry, parsed, citing PP 11/2017 Pasal 310 (the right to leave).
 *
 * @param options - {@link FixtureEntryOptions}.
 * @returns `Ok(entry)`, or `Err` with code `leave/invalid-input`.
 * @example
 * ```ts
 * import { fixtureLedgerEntry } from 'asn-kit/testing';
 * fixtureLedgerEntry({ type: 'grant', year: 2026, days: 12 }).map((entry) => entry.date); // => Ok('2026-01-01')
 * ```
 */
export function fixtureLedgerEntry(options: FixtureEntryOptions): Result<LedgerEntry, LeaveError> {
  const year = (options as Partial<FixtureEntryOptions> | null)?.year;
  const entry = {
    ...options, kind: options.kind ?? 'annual', date: options.date ?? `${String(year)}-01-01`,
    basis: { instrument: 'PP 11/2017', article: 'Pasal 310' },
  };
  return parseLedger([entry]).map((ledger) => ledger[0] as LedgerEntry);
}

/**
 * An employee's ledger for a year: the 12 days of annual leave granted on 1 January, then the days taken, one
 * entry each on the dates given.
 *
 * @param year - The year.
 * @param taken - The days of each `taken` entry (default none).
 * @returns `Ok(ledger)` parsed, or `Err` with code `leave/invalid-input`.
 * @example
 * ```ts
 * import { leaveBalance } from 'asn-kit/leave';
 * import { fixtureLedger } from 'asn-kit/testing';
 * fixtureLedger(2026, [3, 2]).andThen((ledger) => leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' }))
 *   .map((balance) => balance.available); // => Ok(7)
 * ```
 */
export function fixtureLedger(year: number, taken: readonly number[] = []): Result<Ledger, LeaveError> {
  if (!Array.isArray(taken)) return parseLedger(taken);
  const basis = { instrument: 'PP 11/2017', article: 'Pasal 310' };
  return parseLedger([
    { type: 'grant', kind: 'annual', year, date: `${String(year)}-01-01`, days: 12, basis },
    ...taken.map((days: number) => ({ type: 'taken', kind: 'annual', year, date: `${String(year)}-02-02`, days, basis })),
  ]);
}

/**
 * The working calendar the fixtures use: the built-in 2024–2026 holiday tables, 5-day week.
 *
 * @returns `Ok(calendar)`.
 * @example
 * ```ts
 * import { countWorkingDays } from 'asn-kit/calendar';
 * import { fixtureCalendar } from 'asn-kit/testing';
 * fixtureCalendar().andThen((calendar) => countWorkingDays(calendar, '2026-04-06', '2026-04-10')); // => Ok(5)
 * ```
 */
export function fixtureCalendar(): ReturnType<typeof createCalendar> {
  return createCalendar();
}

/**
 * What {@link fixtureLeaveState} makes. Any key may be left out.
 *
 * @example
 * ```ts
 * import type { FixtureLeaveOptions } from 'asn-kit/testing';
 * const options: FixtureLeaveOptions = { id: 'R-1', start: '2026-04-06', end: '2026-04-07' };
 * ```
 */
export interface FixtureLeaveOptions {
  /** The request's id (default a new one). */
  readonly id?: string;
  /** The first day of annual leave (default 2026-04-06, a Monday). */
  readonly start?: string;
  /** The last day (default the start). */
  readonly end?: string;
  /** The ledger the request is evaluated on (default: 12 days granted in the year of the start). */
  readonly ledger?: Ledger;
  /** The day it is submitted (default 2026-03-02). */
  readonly date?: string;
}

let nextRequest = 0;
let requestPrefix: string | undefined;

/**
 * A submitted annual-leave request of an employee, as `submitLeaveRequest` would store it: evaluated on the
 * fixture calendar, drafted and submitted. Its `decision.postings` are what an approval posts.
 *
 * @param employee - The employee (from {@link fixtureEmployee}).
 * @param options - {@link FixtureLeaveOptions}.
 * @returns `Ok(state)`, or `Err` with the leave module's error (a refusal lists every violation).
 * @example
 * ```ts
 * import { fixtureEmployee, fixtureLeaveState } from 'asn-kit/testing';
 * fixtureEmployee().andThen((employee) => fixtureLeaveState(employee)).map((state) => state.status); // => Ok('submitted')
 * ```
 */
export function fixtureLeaveState(employee: Employee, options: FixtureLeaveOptions = {}): Result<LeaveWorkflowState, LeaveError | CalendarError> {
  requestPrefix ??= Math.random().toString(36).slice(2, 10);
  nextRequest += 1;
  const start = options.start ?? '2026-04-06';
  const date = (options.date ?? '2026-03-02') as IsoDate;
  const ledger = options.ledger === undefined ? fixtureLedger(Number(start.slice(0, 4))) : parseLedger(options.ledger);
  const request = parseLeaveRequest({ id: options.id ?? `FX-${requestPrefix}-${String(nextRequest)}`, kind: 'annual', start, end: options.end ?? start });
  return fixtureCalendar().andThen((calendar) => request.andThen((parsed) => ledger.andThen((entries) =>
    evaluateLeaveRequest({ employee, request: parsed, ledger: entries, calendar, asOf: date })))
    .andThen((decision) => advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date }))
    .map((transition) => transition.state));
}
