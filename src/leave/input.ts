import type { AsnError, InputIssue, IsoDate } from '../core';
import { dayNumberOf } from '../core/iso-date';
import { invalidInput } from '../core/input-error';
import type { LeaveError } from './errors';

// What the leave module's functions share to take their inputs (internal): the kinds its parsers record, and the
// one invalid-input error that lists the issues of every part of a call, each under the part's path.

/** The kind `parseEmployee` records: the employee module's own constant. */
export { EMPLOYEE_KIND } from '../employee/parse-employee';
/** The kind `parseLeaveRequest` records. */
export const REQUEST_KIND = 'leave/request';
/** The kind `parseLedger` records. */
export const LEDGER_KIND = 'leave/ledger';
/** The kind `parseExistingLeaves` records. */
export const EXISTING_KIND = 'leave/existing';
/** The kind `parseLeaveWorkflowState` records. */
export const STATE_KIND = 'leave/workflow-state';

/** An empty ledger or list, for parameters left out. */
export const NONE: readonly never[] = Object.freeze([]);

/** One part of a call that failed its checks: where it sits in the call and its error. */
export interface FailedPart {
  /** The path of the part, e.g. `'employee'` or `'history.ledger'`; `''` for the call's own parameter bag. */
  readonly path: string;
  /** The error its parser gave. */
  readonly error: AsnError;
}

const ID_LEAD = 'Masukan tidak valid — ';

function join(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '' ? prefix : `${prefix}.${path}`;
}

function issuesOf(error: AsnError): readonly InputIssue[] {
  const issues = error.data.issues;
  return Array.isArray(issues) ? (issues as readonly InputIssue[]) : [{ path: '', message: error.message.en }];
}

/**
 * The `leave/invalid-input` error of a call whose parts failed: every issue of every part, its path prefixed with
 * the part's (`employee.nip`, `request.end`), and a message in both languages (the Indonesian one keeps each part's
 * own Indonesian text).
 */
export function invalidParts(parts: readonly FailedPart[]): LeaveError {
  const issues = parts.flatMap((part) => issuesOf(part.error).map((issue) => ({ path: join(part.path, issue.path), message: issue.message })));
  const error = invalidInput('leave/invalid-input', issues);
  const indonesian = parts.map((part) => {
    const text = part.error.message.id.startsWith(ID_LEAD) ? part.error.message.id.slice(ID_LEAD.length) : part.error.message.id;
    return part.path === '' ? text : `${part.path}: ${text}`;
  });
  return { ...error, message: { id: `${ID_LEAD}${indonesian.join('; ')}`, en: error.message.en } };
}
/** The kind `parseLeaveDecision` records. */
export const DECISION_KIND = 'leave/decision';

/** The date string last found valid (see {@link isDateText}). */
let lastDate: string | undefined;

/**
 * Whether a value is a `YYYY-MM-DD` date of years 1900–2999 (`dayNumberOf`, the predicate of `isoDateSchema`), with
 * one slot for the last valid string: a batch passes the same `asOf` again and again (internal).
 */
export function isDateText(value: unknown): value is IsoDate {
  if (value === lastDate) return true;
  if (typeof value !== 'string' || Number.isNaN(dayNumberOf(value))) return false;
  lastDate = value;
  return true;
}
