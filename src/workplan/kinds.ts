/*
 * The kinds the workplan parsers record their output under (see `trustParsed` in core), kept apart from the parsers
 * so that a file can name a kind without importing a schema.
 */

/** An individual plan, from `parseSkpPlan`. */
export const SKP_PLAN_KIND = 'workplan/skp-plan';

/** An agency's ASN-management work plan, from `parseAsnWorkPlan` (and `draftAsnWorkPlan`). */
export const ASN_WORK_PLAN_KIND = 'workplan/asn-work-plan';

/** The data a work plan is checked against, from `parseWorkPlanContext`. */
export const CONTEXT_KIND = 'workplan/context';

/** One roster member of a context that was not an `Employee` of the employee module. */
export const ROSTER_ENTRY_KIND = 'workplan/roster-entry';

/** A Renja Perangkat Daerah, from `parseRenja`. */
export const RENJA_KIND = 'workplan/renja';

/** The invalid-input code of the module. */
export const INVALID_INPUT = 'workplan/invalid-input';
