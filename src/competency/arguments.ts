/*
 * How the competency functions read their arguments (internal). The fast path takes a parsed value as it is and
 * parses anything else once; only when something is wrong is the whole argument set checked again against the
 * exported schemas, so that the error lists every issue with a path that names the argument (`actual.integrity`,
 * `activities.0.jp`, `options.scheme`).
 */
import type { Result } from 'neverthrow';
import { INPUT_LIMITS, invalidInput, trustParsed, validate, type CrossCheck, type ParseableSchema } from '../core';
import { itemsStillToParse } from '../core/list-items';
import type { CompetencyError } from './errors';
import { INVALID_INPUT } from './kinds';

/**
 * The error of arguments that failed (only on the failure path): the schema of all the arguments run again, for
 * zod's issues in both languages with the argument names in their paths; when the schema passes, the issues of the
 * checks across fields that the parsers run.
 *
 * @param schema - The schema of the arguments, as an object keyed by argument name.
 * @param input - The arguments as given.
 * @param crossCheck - The parsers' checks across fields, with the same paths.
 * @returns The error.
 */
export function argumentsError<T>(schema: ParseableSchema<T>, input: object, crossCheck?: CrossCheck<T>): CompetencyError {
  return validate(schema, input, INVALID_INPUT).match(
    (value) => invalidInput(INVALID_INPUT, crossCheck?.(value) ?? []),
    (error) => error,
  );
}

/**
 * Every item of a list argument: an item the library parsed as `kind` as it is, any other parsed once.
 *
 * @param list - The list as given (a JavaScript caller may pass anything).
 * @param kind - The kind of the items.
 * @param parse - The parser of one item.
 * @param most - The longest the list may be, as its schema in the arguments says.
 * @returns The parsed items, or `undefined` when the list is longer than `most` or it or one of its items is
 *   invalid (the caller then builds the error with {@link argumentsError}).
 */
export function eachParsed<T>(
  list: readonly T[],
  kind: string,
  parse: (input: unknown) => Result<T, CompetencyError>,
  most: number = INPUT_LIMITS.records,
): readonly T[] | undefined {
  if (!Array.isArray(list) || list.length > most) return undefined;
  const items: T[] = [];
  for (const item of list as readonly unknown[]) {
    const parsed = trustParsed(item, kind, parse);
    if (parsed.isErr()) return undefined;
    items.push(parsed.value);
  }
  return items;
}

/**
 * One argument as {@link withinTotal} counts it: its value and schema, the kind a parsed value is recorded as (a
 * parsed value was counted by its parse), and with `each` a list whose items are taken one by one (then `schema`
 * and `kind` are those of one item).
 */
export interface CountedArgument {
  readonly value: unknown;
  readonly schema: object;
  readonly kind?: string;
  readonly each?: true;
}

/**
 * Whether the arguments of a call still to parse hold at most `INPUT_LIMITS.total` list items (and record keys)
 * together, as one input does: counted before any of them is parsed, stopping at the limit. When they hold more,
 * the caller builds the error with {@link argumentsError}, whose schema counts them all (path `''`).
 *
 * @param counted - The arguments.
 * @returns `true` when within the total.
 */
export function withinTotal(counted: readonly CountedArgument[]): boolean {
  let items = 0;
  for (const { value, schema, kind, each } of counted) {
    if (each === undefined) items = itemsStillToParse([value], schema, kind, items);
    else if (Array.isArray(value)) items = itemsStillToParse(value, schema, kind, items + value.length);
    if (items > INPUT_LIMITS.total) return false;
  }
  return true;
}
