import { err, ok, type Result } from 'neverthrow';
import { INPUT_LIMITS, invalidInput, parseInput, recodeError, validate, type AsnError, type InputIssue, type InvalidInputError } from '../core';
import { tooManyItems } from '../core/limits';
import { itemsStillToParse, listItemsIn } from '../core/list-items';
import { isParsed, markParsed } from '../core/parsed';
import { assessmentSchema, catalogueEntrySchema, parseAssessment, parseCatalogueEntry, trainingNeeds } from '../competency';
import { ASSESSMENT_KIND, CATALOGUE_ENTRY_KIND, EMPLOYEE_KIND } from '../competency/kinds';
import type { WorkplanError } from './errors';
import { CONTEXT_KIND, INVALID_INPUT, ROSTER_ENTRY_KIND } from './kinds';
import { rosterEntrySchema, workPlanContextSchema } from './schemas';
import type { RosterEntry, WorkPlanContext } from './types';

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

/**
 * Whether the context's lists and those of the members, assessments and catalogue entries still to parse hold more
 * than `INPUT_LIMITS.total` items together (the context's own count sees each of them as one item).
 */
function holdsTooManyItems(input: unknown, lists: readonly (readonly [readonly unknown[], object, string])[]): boolean {
  const own = listItemsIn(workPlanContextSchema, input, INPUT_LIMITS.total);
  return lists.reduce((items, [list, schema, kind]) => itemsStillToParse(list, schema, kind, items), own) > INPUT_LIMITS.total;
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
 *   under `roster.3.…`, `assessments.0.…`; a list of more than `INPUT_LIMITS.records` rows at its path; at path
 *   `''` when its lists and those of the members, assessments and catalogue entries still to parse hold more than
 *   `INPUT_LIMITS.total` items together).
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
    const lists = [[base.roster, rosterEntrySchema, EMPLOYEE_KIND], [base.assessments, assessmentSchema, ASSESSMENT_KIND], [base.catalogue, catalogueEntrySchema, CATALOGUE_ENTRY_KIND]] as const;
    if (holdsTooManyItems(input, lists)) return err(invalidInput(INVALID_INPUT, [tooManyItems('')]));
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
    // Only the assessed members go to the competency rules (the others would be parsed again for nothing). The
    // members, assessments and catalogue passed the competency module's schemas and the NIPs are unique, so the
    // needs fail only when they would hold more than INPUT_LIMITS.total rows: that error is passed on.
    const assessed = new Set(assessments.map((assessment) => assessment.nip));
    const members = roster.filter((member) => assessed.has(member.nip));
    return trainingNeeds(members, assessments, catalogue).match(
      (result) => ok(markParsed<WorkPlanContext>({ ...base, roster, assessments, catalogue, trainingNeeds: result.needs }, CONTEXT_KIND)),
      (error) => err(recodeError(error as InvalidInputError<'competency/invalid-input'>, INVALID_INPUT)),
    );
  });
}
