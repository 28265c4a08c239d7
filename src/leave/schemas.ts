import * as z from 'zod/mini';
import { compiled } from '../core/compiled-object';
import { boundedString, boundedText, isoDateSchema, itemList, legalBasisSchema, recordList } from '../core/schemas';
import type { IsoDate, LegalBasis } from '../core';
import type { LeaveDocument, LeaveGround, LeaveKind } from './rules/leave-rule';

// The schemas of the leave module's inputs: object schemas keep their inferred zod type (with `shape`), so a
// consumer can embed, extend or pick them and publish them with `z.toJSONSchema`. Rules across fields (the end of a
// request not before its start) are checked by the parsers, not locked into these schemas.

/**
 * The zod schema of a leave kind code.
 *
 * @example
 * ```ts
 * import { leaveKindSchema } from 'asn-kit/leave';
 * leaveKindSchema.safeParse('annual').success; // => true
 * leaveKindSchema.safeParse('anual').success; // => false
 * ```
 */
export const leaveKindSchema = /* @__PURE__ */ (() => z.enum([
  'annual', 'major', 'sick', 'maternity', 'important-reason', 'collective', 'unpaid',
]))();

/**
 * The zod schema of a request's ground.
 *
 * @example
 * ```ts
 * import { leaveGroundSchema } from 'asn-kit/leave';
 * leaveGroundSchema.safeParse('first-hajj').success; // => true
 * ```
 */
export const leaveGroundSchema = /* @__PURE__ */ (() => z.enum([
  'regular', 'first-hajj', 'fourth-birth', 'extended', 'miscarriage', 'work-accident', 'birth', 'family-illness',
  'family-death', 'family-rights', 'marriage', 'first-marriage', 'spouse-birth', 'disaster', 'dangerous-posting',
  'extension',
]))();

/**
 * The zod schema of a document code.
 *
 * @example
 * ```ts
 * import { leaveDocumentSchema } from 'asn-kit/leave';
 * leaveDocumentSchema.safeParse('hajj-schedule').success; // => true
 * ```
 */
export const leaveDocumentSchema = /* @__PURE__ */ (() => z.enum([
  'doctor-certificate', 'government-doctor-certificate', 'health-team-certificate', 'doctor-or-midwife-certificate',
  'hajj-schedule', 'inpatient-certificate', 'death-certificate', 'marriage-certificate', 'neighbourhood-letter',
  'supporting-evidence', 'bkn-technical-approval',
]))();

/**
 * The kinds of ledger entry. Credits: `grant` (the year's own days), `carry-over` (from last year; lapses at the
 * end of the year), `deferral-in` (days the PYBMC deferred from last year), `compensation` (cuti bersama worked
 * through), `returned` (cancelled or recalled days). Debits: `taken`, `deferral-out` (own days moved to next year)
 * and `lapse` (days removed for good, e.g. the year's own days when a cuti besar starts).
 *
 * @example
 * ```ts
 * import type { LedgerEntryType } from 'asn-kit/leave';
 * const type: LedgerEntryType = 'carry-over';
 * ```
 */
export type LedgerEntryType =
  | 'grant'
  | 'carry-over'
  | 'deferral-in'
  | 'deferral-out'
  | 'compensation'
  | 'taken'
  | 'returned'
  | 'lapse';

/**
 * The zod schema of a ledger entry's type.
 *
 * @example
 * ```ts
 * import { ledgerEntryTypeSchema } from 'asn-kit/leave';
 * ledgerEntryTypeSchema.safeParse('deferral-in').success; // => true
 * ```
 */
export const ledgerEntryTypeSchema = /* @__PURE__ */ (() => z.enum([
  'grant', 'carry-over', 'deferral-in', 'deferral-out', 'compensation', 'taken', 'returned', 'lapse',
]))();

/**
 * The statuses of a request in the workflow.
 *
 * @example
 * ```ts
 * import type { LeaveStatus } from 'asn-kit/leave';
 * const status: LeaveStatus = 'considered';
 * ```
 */
export type LeaveStatus =
  | 'draft'
  | 'submitted'
  | 'considered'
  | 'approved'
  | 'deferred'
  | 'rejected'
  | 'cancelled'
  | 'recalled';

/**
 * The zod schema of a request's status.
 *
 * @example
 * ```ts
 * import { leaveStatusSchema } from 'asn-kit/leave';
 * leaveStatusSchema.safeParse('approved').success; // => true
 * ```
 */
export const leaveStatusSchema = /* @__PURE__ */ (() => z.enum([
  'draft', 'submitted', 'considered', 'approved', 'deferred', 'rejected', 'cancelled', 'recalled',
]))();

/**
 * The zod schema of one ledger entry (other keys are dropped). Embed it in your own schemas, or parse a whole ledger
 * with `parseLedger`.
 *
 * @example
 * ```ts
 * import { ledgerEntrySchema } from 'asn-kit/leave';
 * ledgerEntrySchema.safeParse({ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017' } }).success; // => true
 * ```
 */
export const ledgerEntrySchema = /* @__PURE__ */ (() => compiled(z.object({
  type: ledgerEntryTypeSchema,
  kind: leaveKindSchema,
  year: z.int().check(z.minimum(1900), z.maximum(2999)),
  date: isoDateSchema,
  days: z.number().check(z.minimum(0), z.maximum(100_000)),
  requestId: z.optional(boundedString()),
  ground: z.optional(leaveGroundSchema),
  carryable: z.optional(z.boolean()),
  basis: legalBasisSchema,
})))();

/**
 * One entry of the append-only leave ledger. Balances are folded from entries, never stored (docs/interpretations.md#annual-carry-over). Annual leave
 * is in working days; other kinds in calendar days (docs/interpretations.md#leave-units).
 *
 * @example
 * ```ts
 * import { parseLedger, type LedgerEntry } from 'asn-kit/leave';
 * const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017', article: 'Pasal 311 ayat (2)' } }]);
 * if (ledger.isOk()) {
 *   const grant: LedgerEntry | undefined = ledger.value[0];
 *   grant?.days; // => 12
 * }
 * ```
 */
export interface LedgerEntry {
  /** What the entry does. */
  readonly type: LedgerEntryType;
  /** The leave kind whose days it moves. */
  readonly kind: LeaveKind;
  /** The leave year (calendar year, docs/interpretations.md#leave-year) whose balance it belongs to. */
  readonly year: number;
  /** The day it takes effect: a credit is usable from it, a debit counts from it. */
  readonly date: IsoDate;
  /** The number of days, never negative: the type says whether it adds or removes. */
  readonly days: number;
  /** The request that caused it. */
  readonly requestId?: string | undefined;
  /** The request's ground (sick leave: miscarriage and work accident are not counted in the 18-month cap). */
  readonly ground?: LeaveGround | undefined;
  /** For compensation: `true` when it may be used next year (cuti bersama on the last days of the year; docs/interpretations.md#collective-leave). */
  readonly carryable?: boolean | undefined;
  /** Why: the legal basis of the entry. */
  readonly basis: LegalBasis;
}

/**
 * A ledger: the entries of one employee, in any order (results never depend on it). Get one from `parseLedger`.
 *
 * @example
 * ```ts
 * import { parseLedger, type Ledger } from 'asn-kit/leave';
 * const parsed = parseLedger([]);
 * if (parsed.isOk()) {
 *   const ledger: Ledger = parsed.value;
 *   ledger.length; // => 0
 * }
 * ```
 */
export type Ledger = readonly LedgerEntry[];

/**
 * The zod schema of a ledger: a list of {@link ledgerEntrySchema} entries.
 *
 * @example
 * ```ts
 * import { ledgerSchema } from 'asn-kit/leave';
 * ledgerSchema.safeParse([]).success; // => true
 * ```
 */
export const ledgerSchema = /* @__PURE__ */ recordList(ledgerEntrySchema);

/**
 * The zod schema of a leave request (other keys are dropped). That the end is not before the start is checked by
 * `parseLeaveRequest`, so the schema stays extendable.
 *
 * @example
 * ```ts
 * import { leaveRequestSchema } from 'asn-kit/leave';
 * leaveRequestSchema.safeParse({ id: 'R-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' }).success;
 * // => true
 * ```
 */
export const leaveRequestSchema = /* @__PURE__ */ (() => compiled(z.object({
  id: boundedText(),
  kind: leaveKindSchema,
  ground: z.optional(leaveGroundSchema),
  start: isoDateSchema,
  end: isoDateSchema,
  remotePlaceDays: z._default(z.int().check(z.minimum(0), z.maximum(366)), 0),
  abroad: z._default(z.boolean(), false),
  documents: z._default(itemList(leaveDocumentSchema), []),
  birthDate: z.optional(isoDateSchema),
  reason: z._default(boundedString(), ''),
  address: z._default(boundedString(), ''),
  phone: z._default(boundedString(), ''),
})))();

/**
 * A leave request as raw input, before `parseLeaveRequest` checks it and fills the defaults.
 *
 * @example
 * ```ts
 * import type { LeaveRequestInput } from 'asn-kit/leave';
 * const request: LeaveRequestInput = { id: 'R-1', kind: 'sick', start: '2026-02-02', end: '2026-02-02',
 *   documents: ['doctor-certificate'] };
 * ```
 */
export interface LeaveRequestInput {
  /** The request's id. */
  readonly id: string;
  /** The kind of leave. */
  readonly kind: LeaveKind;
  /** The ground (default: `birth` for maternity leave, `regular` otherwise). */
  readonly ground?: LeaveGround | undefined;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day (included), `YYYY-MM-DD`. */
  readonly end: string;
  /** Travel days for a remote place (default 0). */
  readonly remotePlaceDays?: number | undefined;
  /** Whether the leave is spent abroad (default `false`). */
  readonly abroad?: boolean | undefined;
  /** The documents attached (default none). */
  readonly documents?: readonly LeaveDocument[] | undefined;
  /** The (expected) date of the birth, `YYYY-MM-DD`. */
  readonly birthDate?: string | undefined;
  /** The reason (form section III). */
  readonly reason?: string | undefined;
  /** The address during the leave. */
  readonly address?: string | undefined;
  /** The telephone number during the leave. */
  readonly phone?: string | undefined;
}

/**
 * A checked leave request, with its defaults filled in: what `parseLeaveRequest` returns.
 *
 * @example
 * ```ts
 * import { parseLeaveRequest, type LeaveRequest } from 'asn-kit/leave';
 * const parsed = parseLeaveRequest({ id: 'R-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' });
 * if (parsed.isOk()) {
 *   const request: LeaveRequest = parsed.value;
 *   request.documents; // => []
 * }
 * ```
 */
export interface LeaveRequest {
  /** The request's id. */
  readonly id: string;
  /** The kind of leave. */
  readonly kind: LeaveKind;
  /** The ground; when absent, `birth` for maternity leave and `regular` otherwise. */
  readonly ground?: LeaveGround | undefined;
  /** The first day. */
  readonly start: IsoDate;
  /** The last day (included). */
  readonly end: IsoDate;
  /** Extra calendar days for travel to a remote place, after `end` (PNS up to 12, PPPK up to 6). */
  readonly remotePlaceDays: number;
  /** Whether the leave is spent abroad (then only the PPK or an official with its kuasa may grant it). */
  readonly abroad: boolean;
  /** The documents attached. */
  readonly documents: readonly LeaveDocument[];
  /** Maternity leave and the 4th-birth cuti besar: the (expected) date of the birth. */
  readonly birthDate?: IsoDate | undefined;
  /** The reason in the employee's words (form section III). */
  readonly reason: string;
  /** The address during the leave (form section VI). */
  readonly address: string;
  /** The telephone number during the leave (form section VI). */
  readonly phone: string;
}

/**
 * The zod schema of another request of the same employee, for the overlap check (other keys are dropped).
 *
 * @example
 * ```ts
 * import { existingLeaveSchema } from 'asn-kit/leave';
 * existingLeaveSchema.safeParse({ id: 'R-0', kind: 'annual', start: '2026-04-01', end: '2026-04-02', status: 'approved' }).success;
 * // => true
 * ```
 */
export const existingLeaveSchema = /* @__PURE__ */ (() => compiled(z.object({
  id: boundedText(),
  kind: leaveKindSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  status: leaveStatusSchema,
})))();

/**
 * The zod schema of a list of other requests.
 *
 * @example
 * ```ts
 * import { existingLeavesSchema } from 'asn-kit/leave';
 * existingLeavesSchema.safeParse([]).success; // => true
 * ```
 */
export const existingLeavesSchema = /* @__PURE__ */ recordList(existingLeaveSchema);

/**
 * Another request of the same employee (pending ones and approved ones block overlapping requests).
 *
 * @example
 * ```ts
 * import { parseExistingLeaves, type ExistingLeave } from 'asn-kit/leave';
 * const parsed = parseExistingLeaves([{ id: 'R-0', kind: 'annual', start: '2026-04-01', end: '2026-04-02', status: 'approved' }]);
 * if (parsed.isOk()) {
 *   const other: ExistingLeave | undefined = parsed.value[0];
 *   other?.status; // => 'approved'
 * }
 * ```
 */
export interface ExistingLeave {
  /** The request's id. */
  readonly id: string;
  /** Its kind. */
  readonly kind: LeaveKind;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
  /** Its status. */
  readonly status: LeaveStatus;
}

/**
 * A ledger entry as raw input (dates as plain `YYYY-MM-DD` strings).
 *
 * @example
 * ```ts
 * import type { LedgerEntryInput } from 'asn-kit/leave';
 * const grant: LedgerEntryInput = { type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12,
 *   basis: { instrument: 'PP 11/2017' } };
 * ```
 */
export interface LedgerEntryInput extends Omit<LedgerEntry, 'date'> {
  /** The day it takes effect, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * Another request as raw input (dates as plain `YYYY-MM-DD` strings).
 *
 * @example
 * ```ts
 * import type { ExistingLeaveInput } from 'asn-kit/leave';
 * const other: ExistingLeaveInput = { id: 'R-0', kind: 'annual', start: '2026-04-01', end: '2026-04-02', status: 'approved' };
 * ```
 */
export interface ExistingLeaveInput extends Omit<ExistingLeave, 'start' | 'end'> {
  /** Its first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Its last day, `YYYY-MM-DD`. */
  readonly end: string;
}
