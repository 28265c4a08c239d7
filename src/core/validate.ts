import { err, ok, type Result } from 'neverthrow';
import type { $ZodIssue } from 'zod/v4/core';
import { en, id } from 'zod/locales';
import { invalidInput, type InputIssue, type InvalidInputError, type LocalizedIssue } from './input-error';
import { parsingIn } from './language';
import { holdsTooManyItems } from './list-items';
import { tooManyItems } from './limits';
import { isParsed, markParsed } from './parsed';

/**
 * What {@link validate} needs of a schema: any zod 4 schema, from `zod` or `zod/mini`, has it.
 *
 * @typeParam Output - What the schema outputs.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import type { ParseableSchema } from 'asn-kit/core';
 * const schema: ParseableSchema<{ days: number }> = z.object({ days: z.number() });
 * ```
 */
export interface ParseableSchema<Output> {
  /** zod's non-throwing parse. */
  safeParse(
    input: unknown,
    context?: { readonly error?: (issue: never) => unknown },
  ): { success: true; data: Output } | { success: false; error: { issues: readonly $ZodIssue[] } };
}

/**
 * A check of a schema's output that zod's object schema leaves to the parser (cross-field rules such as "TMT CPNS
 * after the birth date"), so the exported object schema stays extendable. It returns the issues it finds.
 *
 * @typeParam Output - The checked value.
 * @example
 * ```ts
 * import type { CrossCheck } from 'asn-kit/core';
 * const check: CrossCheck<{ from: string; to: string }> = (range) =>
 *   range.from <= range.to ? [] : [{ path: 'to', message: 'The end is before the start' }];
 * ```
 */
export type CrossCheck<Output> = (value: Output) => readonly (InputIssue | LocalizedIssue)[];

type ErrorMapContext = { readonly error: (issue: never) => unknown };
let english: ErrorMapContext | undefined;
let indonesian: ErrorMapContext | undefined;

function issuesOf(issues: readonly $ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Runs a zod schema at a public boundary and maps its issues onto an asn-kit error, so `ZodError` never leaks.
 * The output is not frozen or recorded: use it for options and other small values a function reads at once;
 * inputs that the caller keeps go through {@link parseInput}. An input whose lists hold more than
 * `INPUT_LIMITS.total` items together is refused before it is parsed (a path `''` issue).
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param schema - The schema of the input (`zod` or `zod/mini`).
 * @param input - The untrusted value.
 * @param code - The module's invalid-input code, e.g. `'employee/invalid-input'`.
 * @returns `Ok(parsed)`, or `Err` whose `data.issues` lists every {@link InputIssue}.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { validate } from 'asn-kit/core';
 * const result = validate(z.object({ days: z.number() }), { days: 'x' }, 'leave/invalid-input');
 * if (result.isErr()) result.error.data.issues;
 * // => [{ path: 'days', message: 'Invalid input: expected number, received string' }]
 * ```
 */
export function validate<Output, Code extends string>(
  schema: ParseableSchema<Output>,
  input: unknown,
  code: Code,
): Result<Output, InvalidInputError<Code>> {
  // Lists inside lists could multiply past what each list's own limit allows: their items are counted first, and
  // an input over the total is refused before zod reads it.
  if (holdsTooManyItems(schema, input)) return err(invalidInput(code, [tooManyItems('')]));
  // A parse with an error map in its context is slower even when it succeeds: the messages are written only when
  // the input fails, by parsing it again in each language.
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const inEnglish = (english ??= { error: en().localeError });
  const inIndonesian = (indonesian ??= { error: id().localeError });
  // zod writes the messages when the issues are first read, so they are read while the language is set.
  const issuesIn = (context: ErrorMapContext): InputIssue[] | undefined => {
    const parsed = schema.safeParse(input, context);
    return parsed.success ? undefined : issuesOf(parsed.error.issues);
  };
  const issues = parsingIn('en', () => issuesIn(inEnglish)) ?? [];
  return err(invalidInput(code, issues, parsingIn('id', () => issuesIn(inIndonesian)) ?? issues));
}

/**
 * Parses an input at the boundary: runs its schema, then the checks the schema leaves to the parser, and returns
 * a new, deeply frozen value that the library recognises as parsed `kind` (see {@link trustParsed}). The caller's
 * object is never changed.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param schema - The schema of the input.
 * @param input - The untrusted value.
 * @param code - The module's invalid-input code.
 * @param kind - The kind of input, e.g. `'employee/employee'`.
 * @param crossCheck - Checks across fields, run on the schema's output.
 * @returns `Ok(frozen value)`, or `Err` with every issue.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { parseInput } from 'asn-kit/core';
 * const parsed = parseInput(z.object({ days: z.number() }), { days: 2 }, 'leave/invalid-input', 'example/days');
 * if (parsed.isOk()) Object.isFrozen(parsed.value); // => true
 * ```
 */
export function parseInput<Output, Code extends string>(
  schema: ParseableSchema<Output>,
  input: unknown,
  code: Code,
  kind: string,
  crossCheck?: CrossCheck<Output>,
): Result<Output, InvalidInputError<Code>> {
  return checkInput(schema, input, code, crossCheck).map((value) => markParsed(value, kind));
}

/**
 * Checks an input as {@link parseInput} does, its schema and then its checks across fields, without freezing or
 * recording the output (internal): for an argument a function reads during one call and nobody keeps.
 *
 * @param schema - The schema of the input.
 * @param input - The untrusted value.
 * @param code - The module's invalid-input code.
 * @param crossCheck - Checks across fields, run on the schema's output.
 * @returns `Ok(value)`, or `Err` with every issue.
 */
export function checkInput<Output, Code extends string>(
  schema: ParseableSchema<Output>,
  input: unknown,
  code: Code,
  crossCheck?: CrossCheck<Output>,
): Result<Output, InvalidInputError<Code>> {
  return validate(schema, input, code).andThen((value) => {
    const issues = crossCheck?.(value) ?? [];
    return issues.length === 0 ? ok(value) : err(invalidInput(code, issues));
  });
}

/**
 * The value itself when the library parsed it as `kind`, otherwise the result of parsing it: how a domain function
 * takes an input without checking a parsed value twice and without trusting anything else.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param value - The argument as given.
 * @param kind - The kind of input its parser records.
 * @param parse - The parser of that kind.
 * @returns `Ok(value)` for a parsed value; otherwise `parse(value)`.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { parseInput, trustParsed } from 'asn-kit/core';
 * const parseDays = (input: unknown) => parseInput(z.object({ days: z.number() }), input, 'x/invalid-input', 'x/days');
 * const parsed = parseDays({ days: 2 });
 * if (parsed.isOk()) trustParsed(parsed.value, 'x/days', parseDays).isOk(); // => true (no second parse)
 * trustParsed({ days: 'two' }, 'x/days', parseDays).isErr(); // => true
 * ```
 */
export function trustParsed<T, E>(value: unknown, kind: string, parse: (input: unknown) => Result<T, E>): Result<T, E> {
  return isParsed(value, kind) ? ok(value as T) : parse(value);
}
