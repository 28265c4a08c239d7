import { ok, type Result } from 'neverthrow';
import { isParsed } from '../core/parsed';
import { parseInput, validate } from '../core/validate';
import type { LeaveError } from './errors';
import { LEDGER_KIND } from './input';
import { ledgerSchema, type Ledger } from './schemas';

/**
 * Checks an employee's ledger at the boundary (rows from a database, a CSV import) and returns it typed: a new,
 * deeply frozen list that `leaveBalance`, `annualLeaveEntitlement`, `evaluateLeaveRequest` and `leaveFormData` use
 * as it is, without checking it again. Extra keys of an entry (a row id, a timestamp) are dropped.
 *
 * @param input - The raw entries.
 * @returns `Ok(ledger)`, or `Err` with code `leave/invalid-input` listing every problem with its path
 *   (`'3.date'`). The caller's array is never changed.
 * @example
 * ```ts
 * import { leaveBalance, parseLedger } from 'asn-kit/leave';
 * const parsed = parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017', article: 'Pasal 311' } }]);
 * if (parsed.isOk()) {
 *   const balance = leaveBalance(parsed.value, { kind: 'annual', asOf: '2026-06-01' });
 *   if (balance.isOk()) balance.value.available; // => 12
 * }
 * parseLedger([{ type: 'grant' }]).isErr(); // => true
 * ```
 */
export function parseLedger(input: unknown): Result<Ledger, LeaveError> {
  return parseInput(ledgerSchema, input, 'leave/invalid-input', LEDGER_KIND);
}

function checkLedger(input: unknown): Result<Ledger, LeaveError> {
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  return validate(ledgerSchema, input, 'leave/invalid-input');
}

/** The ledger last found parsed (see {@link parsedLedger}). */
let lastParsed: Ledger | undefined;

/**
 * The argument itself when the library parsed it as a ledger, else `undefined` (internal). This is the check of
 * `trustParsed` with one slot in front of it: a batch job passes the same parsed ledger to `annualLeaveEntitlement`
 * and then to `leaveBalance`, and a value the library parsed is frozen and stays parsed, so the second call skips the
 * registry's lookup (a cache miss once the registry holds a million ledgers). Only a value the registry vouched for
 * ever takes the slot.
 */
export function parsedLedger(input: unknown): Ledger | undefined {
  if (lastParsed !== undefined && input === lastParsed) return lastParsed;
  if (!isParsed(input, LEDGER_KIND)) return undefined;
  lastParsed = input as Ledger;
  return lastParsed;
}

/**
 * A ledger argument, taken (internal): a parsed ledger as it is, anything else checked against the schema (not
 * frozen or recorded: the functions only read it during the call).
 */
export function takeLedger(input: unknown): Result<Ledger, LeaveError> {
  const parsed = parsedLedger(input);
  return parsed === undefined ? checkLedger(input) : ok(parsed);
}
