import type { LocalizedIssue, LocalizedText } from '../core';
import { markParsed } from '../core/parsed';
import type { Complaint, ComplaintPolicy } from './schemas';

/*
 * The checks across fields and across records that the exported object schemas leave to the parsers, so that the
 * schemas stay plain objects a consumer can extend. One definition each, used by the parsers and by the functions
 * that take records not parsed yet.
 */

function prefixed(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}.${path}`;
}

/**
 * The check of one complaint that its object schema leaves to the parser: it cannot be closed before it was
 * received.
 *
 * @param complaint - The complaint, as its schema outputs it.
 * @param at - The path of the complaint in the input (`''` for the complaint itself).
 * @returns The issues found.
 */
export function complaintIssues(complaint: Complaint, at = ''): LocalizedIssue[] {
  if (complaint.closed === undefined || complaint.closed >= complaint.received) return [];
  return [{ path: prefixed(at, 'closed'), message: { id: 'Pengaduan tidak dapat ditutup sebelum diterima', en: 'A complaint cannot be closed before it was received' } }];
}

/**
 * Every record of a list after the first with the same key (a second complaint with an id, a second policy of a
 * unit).
 *
 * @param list - The records.
 * @param key - The key of a record.
 * @param field - The field the key is read from, for the issue's path.
 * @param message - The issue's message for a key.
 * @param at - The path of the list in the input.
 * @returns The issues found.
 */
export function duplicateIssues<T>(
  list: readonly T[],
  key: (item: T) => string,
  field: string,
  message: (key: string) => LocalizedText,
  at = '',
): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    const value = key(item);
    if (seen.has(value)) issues.push({ path: prefixed(at, `${index}.${field}`), message: message(value) });
    seen.add(value);
  }
  return issues;
}

/**
 * The checks of a list of complaints: each complaint's own (for those not parsed yet) and no id twice.
 *
 * @param complaints - The complaints.
 * @param at - The path of the list in the input.
 * @param eachToo - `false` when every complaint was parsed already (its own check ran then).
 * @returns The issues found.
 */
export function complaintListIssues(complaints: readonly Complaint[], at = '', eachToo = true): LocalizedIssue[] {
  const own = eachToo ? complaints.flatMap((complaint, index) => complaintIssues(complaint, prefixed(at, String(index)))) : [];
  return [...own, ...duplicateIssues(complaints, (complaint) => complaint.id, 'id', (id) => ({ id: `Pengaduan kedua dengan id ${id}`, en: `A second complaint with id ${id}` }), at)];
}

/**
 * The check of a list of complaint policies: one policy per unit.
 *
 * @param policies - The policies.
 * @param at - The path of the list in the input.
 * @returns The issues found.
 */
export function policyListIssues(policies: readonly ComplaintPolicy[], at = ''): LocalizedIssue[] {
  return duplicateIssues(policies, (policy) => policy.unitId, 'unitId', (unitId) => ({ id: `Kebijakan kedua untuk unit ${unitId}`, en: `A second policy for unit ${unitId}` }), at);
}

/** Records each element of a parsed list as parsed too, so that a list built from them is trusted element by element. */
export function markElements<T>(list: readonly T[], kind: string): readonly T[] {
  for (const item of list) markParsed(item, kind);
  return list;
}
