/*
 * How the discipline functions read their arguments (internal). The fast path takes a parsed value as it is and
 * parses anything else once; only when something is wrong is the whole argument set checked again against the
 * exported schemas, so that the error lists every issue with a path that names the argument (`records.0.to`,
 * `options.convertLateness`).
 */
import * as z from 'zod/mini';
import { invalidInput, trustParsed, validate, type CrossCheck, type LocalizedIssue, type ParseableSchema } from '../core';
import { workingCalendarSchema, type WorkingCalendar } from '../calendar';
import type { DisciplineError } from './errors';
import { ABSENCE_TIER_TABLE_KIND } from './kinds';
import { checkAbsenceRecords } from './parse-absence-records';
import { checkAbsenceTierTable, parseAbsenceTierTable } from './parse-absence-tier-table';
import { ABSENCE_SANCTION_TIERS, type AbsenceTierTable } from './rules/absence-tiers';
import { absenceRecordsSchema, absenceSanctionOptionsSchema, type AbsenceRecord, type AbsenceSanctionOptions } from './schemas';
import { deepFrozen } from '../core/frozen';

const CODE = 'discipline/invalid-input';

/** The options once read: what the engine needs. */
export interface Settings {
  readonly table: AbsenceTierTable;
  readonly convertLateness: boolean;
}

const DEFAULTS: Settings = /* @__PURE__ */ deepFrozen({ table: ABSENCE_SANCTION_TIERS, convertLateness: false });

/** The exported options schema with the table left to `trustParsed`, so a parsed table is not checked twice. */
const optionKeysSchema = /* @__PURE__ */ (() => z.extend(absenceSanctionOptionsSchema, { table: z.exactOptional(z.unknown()) }))();

/** The calendar year of a tally. */
export const tallyYearSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2999)))();

/** Every argument of `tallyAbsence`, for the error on the failure path. */
const tallyArgumentsSchema = /* @__PURE__ */ (() => z.object({
  records: absenceRecordsSchema,
  calendar: workingCalendarSchema,
  year: tallyYearSchema,
  options: z.optional(absenceSanctionOptionsSchema),
}))();

/**
 * Reads the options: `undefined` takes the defaults without running zod; otherwise the keys are checked (an unknown
 * key fails) and the table is taken as parsed or parsed once.
 *
 * @returns The settings, or `undefined` when the options are invalid (the caller builds the error).
 */
export function readOptions(options: AbsenceSanctionOptions | undefined): Settings | undefined {
  if (options === undefined) return DEFAULTS;
  const given = optionKeysSchema.safeParse(options);
  if (!given.success) return undefined;
  const convertLateness = given.data.convertLateness ?? false;
  if (!('table' in given.data)) return { table: ABSENCE_SANCTION_TIERS, convertLateness };
  const table = trustParsed(given.data.table, ABSENCE_TIER_TABLE_KIND, parseAbsenceTierTable);
  return table.isOk() ? { table: table.value, convertLateness } : undefined;
}

/** The error of arguments that failed: the schema's issues, or else those of the checks across fields. */
function argumentsError<T>(schema: ParseableSchema<T>, input: unknown, crossCheck: CrossCheck<T>): DisciplineError {
  return validate(schema, input, CODE).match(
    (value) => invalidInput(CODE, crossCheck(value)),
    (error) => error,
  );
}

function tableIssues(options: { readonly table?: AbsenceTierTable } | undefined, prefix: string): LocalizedIssue[] {
  return options?.table === undefined ? [] : checkAbsenceTierTable(options.table, prefix);
}

/** The error of invalid options of `absenceSanction`, with paths from the options (`table.rows`). */
export function optionsError(options: AbsenceSanctionOptions | undefined): DisciplineError {
  return argumentsError(absenceSanctionOptionsSchema, options, (value) => tableIssues(value, 'table.'));
}

/** The error of invalid arguments of `tallyAbsence`, with paths that name the argument (`records.0.to`). */
export function tallyArgumentsError(
  records: readonly AbsenceRecord[],
  calendar: WorkingCalendar,
  year: number,
  options: AbsenceSanctionOptions | undefined,
): DisciplineError {
  return argumentsError(tallyArgumentsSchema, { records, calendar, year, options }, (value) => [
    ...checkAbsenceRecords(value.records, 'records.'),
    ...tableIssues(value.options, 'options.table.'),
  ]);
}
