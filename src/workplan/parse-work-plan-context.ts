import { err, ok, type Result } from 'neverthrow';
import { invalidInput, parseInput, validate, type AsnError, type InputIssue } from '../core';
import { isParsed, markParsed } from '../core/parsed';
import { parseAssessment, parseCatalogueEntry, trainingNeeds } from '../competency';
import type { WorkplanError } from './errors';
import { CONTEXT_KIND, INVALID_INPUT, ROSTER_ENTRY_KIND } from './kinds';
import { rosterEntrySchema, workPlanContextSchema } from './schemas';
import type { RosterEntry, WorkPlanContext } from './types';

/** The kind `parseEmployee` of the employee module records an employee under. */
const EMPLOYEE_KIND = 'employee/employee';

/** Each item parsed by its own module's parser; the issues of a bad item are kept with the item's path. */
function eachItem<T>(
  list: readonly unknown[],
  name: string,
  parse: (item: unknown) => Result<T, AsnError>,
  issues: InputIssue[],
): T[] {
  const items: T[] = [];
  list.forEach((item, index) => {
    const parsed = parse(item);
    if (parsed.isOk()) {
      items.push(parsed.value);
      return;
    }
    // Every parser here fails with an invalid-input error, which lists its issues.
    const prefix = `${name}.${String(index)}`;
    for (const one of parsed.error.data.issues as readonly InputIssue[]) {
      issues.push({ path: one.path === '' ? prefix : `${prefix}.${one.path}`, message: one.message });
    }
  });
  return items;
}

/** A roster member: an `Employee` of `asn-kit/employee` as it is, anything else checked as a {@link RosterEntry}. */
function parseMember(item: unknown): Result<RosterEntry, AsnError> {
  if (isParsed(item, EMPLOYEE_KIND)) return ok(item as RosterEntry);
  return parseInput(rosterEntrySchema, item, INVALID_INPUT, ROSTER_ENTRY_KIND);
}

/**
 * Parses the data a work plan is checked against and drafted from: the roster (employees parsed by
 * `parseEmployee` are used as they are), competency assessments and the training catalogue (read by the
 * competency module's parsers), JP completed so far, performance results and the units' satisfaction indexes.
 * A NIP may appear once in the roster. The parser also works out the competency shortfalls of the assessed
 * employees once (`trainingNeeds`, by the competency module's rules). The result is a new, deeply frozen context that
 * {@link validateAsnWorkPlan} and {@link draftAsnWorkPlan} use as they are.
 *
 * @param input - The raw context.
 * @returns `Ok(context)`, or `Err` with `workplan/invalid-input` and every issue with its path (an item's issues
 *   under `roster.3.…`, `assessments.0.…`; a list of more than `INPUT_LIMITS.records` rows at its path).
 * @example
 * ```ts
 * import { parseWorkPlanContext } from 'asn-kit/workplan';
 * const context = parseWorkPlanContext({
 *   roster: [{ nip: '198503152010012003', kind: 'PNS', workUnit: { id: 'dinkes', name: 'Dinas Kesehatan' } }],
 *   satisfaction: [{ unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, converted: 74.2 }],
 * });
 * if (context.isOk()) context.value.minimumGrade; // => 'B'
 * parseWorkPlanContext({ roster: [{ nip: '1' }] }).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function parseWorkPlanContext(input: unknown): Result<WorkPlanContext, WorkplanError> {
  if (isParsed(input, CONTEXT_KIND)) return ok(input as WorkPlanContext);
  return validate(workPlanContextSchema, input, INVALID_INPUT).andThen((base) => {
    const issues: InputIssue[] = [];
    const roster = eachItem(base.roster, 'roster', parseMember, issues);
    const assessments = eachItem(base.assessments, 'assessments', parseAssessment, issues);
    const catalogue = eachItem(base.catalogue, 'catalogue', parseCatalogueEntry, issues);
    if (issues.length === 0) {
      const seen = new Set<string>();
      roster.forEach((member, index) => {
        if (seen.has(member.nip)) issues.push({ path: `roster.${String(index)}.nip`, message: `NIP ${member.nip} appears more than once` });
        seen.add(member.nip);
      });
    }
    if (issues.length > 0) return err(invalidInput(INVALID_INPUT, issues));
    // Only the assessed members go to the competency rules (the others would be parsed again for nothing). This
    // cannot fail: the members, assessments and catalogue passed the competency module's schemas, the NIPs are unique.
    const assessed = new Set(assessments.map((assessment) => assessment.nip));
    const members = roster.filter((member) => assessed.has(member.nip));
    const needs = trainingNeeds(members, assessments, catalogue).map((result) => result.needs).unwrapOr([]);
    return ok(markParsed<WorkPlanContext>({ ...base, roster, assessments, catalogue, trainingNeeds: needs }, CONTEXT_KIND));
  });
}
