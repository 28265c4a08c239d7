import { err, ok, type Result } from 'neverthrow';
import { trustParsed } from '../core';
import { ownValue } from '../core/own';
import { markParsed } from '../core/parsed';
import { validate } from '../core/validate';
import { parseEmployee } from '../employee';
import { decisionSchema } from './decision-schemas';
import type { LeaveError } from './errors';
import type { LeaveDecision } from './evaluate-request';
import { DECISION_KIND, EMPLOYEE_KIND, invalidParts, REQUEST_KIND, type FailedPart } from './input';
import { parseLeaveRequest } from './parse-leave-request';
import type { LeaveRule } from './rules/leave-rule';
import { LEAVE_RULE_TABLES } from './rules/tables';

/** Whether two JSON-like values are equal, whatever the order of their keys. */
function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && sameValue(ownValue(left as Record<string, unknown>, key), ownValue(right as Record<string, unknown>, key)));
}

/**
 * The table's own row when a stored rule is one of them, so a restored decision is written exactly as the
 * evaluation wrote it (the tables' key order). The tables are deeply frozen, so the row itself can be shared.
 */
function knownRule(rule: LeaveRule): LeaveRule {
  return LEAVE_RULE_TABLES[rule.kind].rows.find((candidate) => sameValue(candidate, rule)) ?? rule;
}

/**
 * Checks a decision of `evaluateLeaveRequest` that comes back from storage (JSON) or from elsewhere, and returns it
 * typed: a new, deeply frozen value (its employee through `parseEmployee`, its request through
 * `parseLeaveRequest`; parsed ones are used as they are). `leaveFormData` and the workflow take decisions through
 * it.
 *
 * @param input - The stored decision.
 * @returns `Ok(decision)`, or `Err` with code `leave/invalid-input` listing every problem with its path.
 * @example
 * ```ts
 * import { parseLeaveDecision, type LeaveDecision } from 'asn-kit/leave';
 * declare const decision: LeaveDecision;
 * const restored = parseLeaveDecision(JSON.parse(JSON.stringify(decision)));
 * restored.isOk(); // => true
 * parseLeaveDecision({ request: {} }).isErr(); // => true
 * ```
 */
export function parseLeaveDecision(input: unknown): Result<LeaveDecision, LeaveError> {
  const shape = validate(decisionSchema, input, 'leave/invalid-input');
  const failed: FailedPart[] = [];
  if (shape.isErr()) {
    if (typeof input !== 'object' || input === null) return err(shape.error);
    failed.push({ path: '', error: shape.error });
  }
  const { employee, request } = input as { readonly employee?: unknown; readonly request?: unknown };
  const checkedEmployee = trustParsed(employee, EMPLOYEE_KIND, parseEmployee);
  if (checkedEmployee.isErr()) failed.push({ path: 'employee', error: checkedEmployee.error });
  const checkedRequest = trustParsed(request, REQUEST_KIND, parseLeaveRequest);
  if (checkedRequest.isErr()) failed.push({ path: 'request', error: checkedRequest.error });
  if (shape.isErr() || checkedEmployee.isErr() || checkedRequest.isErr()) return err(invalidParts(failed));
  const decision: LeaveDecision = { ...shape.value, request: checkedRequest.value, employee: checkedEmployee.value, rule: knownRule(shape.value.rule) };
  return ok(markParsed(decision, DECISION_KIND));
}
