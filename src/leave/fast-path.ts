import { isIsoDate, type IsoDate } from '../core';
import type { Employee } from '../employee';
import type { LeaveKind } from './rules/leave-rule';
import type { ExistingLeave, LeaveRequest, LedgerEntry } from './schemas';

/*
 * The hot path of the public functions (internal). A hand-written check accepts exactly the plain, already-valid
 * values the zod schemas accept, so the common case costs a few property reads; anything else falls through to
 * the zod schema, which alone produces errors. A test checks that the two agree.
 */

const ENTRY_TYPES = new Set(['grant', 'carry-over', 'deferral-in', 'deferral-out', 'compensation', 'taken', 'returned', 'lapse']);
const KINDS = new Set(['annual', 'major', 'sick', 'maternity', 'important-reason', 'collective', 'unpaid']);
const GROUNDS = new Set([
  'regular', 'first-hajj', 'fourth-birth', 'extended', 'miscarriage', 'work-accident', 'birth', 'family-illness',
  'family-death', 'family-rights', 'marriage', 'first-marriage', 'spouse-birth', 'disaster', 'dangerous-posting', 'extension',
]);
const DOCUMENTS = new Set([
  'doctor-certificate', 'government-doctor-certificate', 'health-team-certificate', 'doctor-or-midwife-certificate',
  'hajj-schedule', 'inpatient-certificate', 'death-certificate', 'marriage-certificate', 'neighbourhood-letter',
  'supporting-evidence', 'bkn-technical-approval',
]);
const STATUSES = new Set(['draft', 'submitted', 'considered', 'approved', 'deferred', 'rejected', 'cancelled', 'recalled']);

type Loose = Record<string, unknown>;

let knownDates: Set<string> | undefined;

/** `isIsoDate` with a bounded memory of the date strings already checked (strings are values, so this is safe). */
function isDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  knownDates ??= new Set();
  if (knownDates.has(value)) return true;
  if (!isIsoDate(value)) return false;
  if (knownDates.size < 50_000) knownDates.add(value);
  return true;
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optional(value: unknown, check: (inner: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

function isBasis(value: unknown): boolean {
  return isObject(value) && typeof value.instrument === 'string' && value.instrument.length > 0 &&
    optional(value.article, isString) && optional(value.note, isString);
}

function isEntry(value: unknown): value is LedgerEntry {
  if (!isObject(value)) return false;
  const { type, kind, year, date, days } = value;
  return typeof type === 'string' && ENTRY_TYPES.has(type) && typeof kind === 'string' && KINDS.has(kind) &&
    typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2999 && isDate(date) &&
    typeof days === 'number' && Number.isFinite(days) && days >= 0 && days <= 100_000 &&
    optional(value.requestId, isString) && optional(value.ground, (ground) => typeof ground === 'string' && GROUNDS.has(ground)) &&
    optional(value.carryable, isBoolean) && isBasis(value.basis);
}

export { isDate as isPlainDate };

/** A leave kind code. */
export function isPlainKind(value: unknown): value is LeaveKind {
  return typeof value === 'string' && KINDS.has(value);
}

/** A ledger that needs no parsing. */
export function isPlainLedger(value: unknown): value is readonly LedgerEntry[] {
  return Array.isArray(value) && value.every(isEntry);
}

/** A list of other requests that needs no parsing. */
export function isPlainExisting(value: unknown): value is readonly ExistingLeave[] {
  return Array.isArray(value) && value.every((other) => isObject(other) && typeof other.id === 'string' && other.id.length > 0 &&
    typeof other.kind === 'string' && KINDS.has(other.kind) && isDate(other.start) && isDate(other.end) &&
    typeof other.status === 'string' && STATUSES.has(other.status));
}

/** A request that needs no parsing, with the schema's defaults filled in; `undefined` otherwise. */
export function plainRequest(value: unknown): LeaveRequest | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, ground, start, end, remotePlaceDays, abroad, documents, birthDate, reason, address, phone } = value;
  const valid = typeof id === 'string' && id.length > 0 && typeof kind === 'string' && KINDS.has(kind) &&
    optional(ground, (inner) => typeof inner === 'string' && GROUNDS.has(inner)) && isDate(start) && isDate(end) && start <= end &&
    optional(remotePlaceDays, (inner) => typeof inner === 'number' && Number.isInteger(inner) && inner >= 0 && inner <= 366) &&
    optional(abroad, isBoolean) &&
    optional(documents, (inner) => Array.isArray(inner) && inner.every((document) => typeof document === 'string' && DOCUMENTS.has(document))) &&
    optional(birthDate, isDate) && optional(reason, isString) && optional(address, isString) && optional(phone, isString);
  if (!valid) return undefined;
  const request = value as unknown as LeaveRequest & Loose;
  return {
    id: request.id, kind: request.kind, ground: request.ground, start: request.start, end: request.end,
    remotePlaceDays: (remotePlaceDays as number | undefined) ?? 0, abroad: (abroad as boolean | undefined) ?? false,
    documents: (documents as LeaveRequest['documents'] | undefined) ?? [], birthDate: birthDate as IsoDate | undefined,
    reason: (reason as string | undefined) ?? '', address: (address as string | undefined) ?? '', phone: (phone as string | undefined) ?? '',
  };
}

let employees: WeakMap<object, Employee> | undefined;

/** The employee parsed earlier from this very input object, if any (a lazy cache; inputs are treated as values). */
export function cachedEmployee(input: unknown): Employee | undefined {
  return isObject(input) ? employees?.get(input) : undefined;
}

/** Remembers the parsed employee of an input object. */
export function rememberEmployee(input: unknown, employee: Employee): void {
  if (!isObject(input)) return;
  employees ??= new WeakMap();
  employees.set(input, employee);
}
