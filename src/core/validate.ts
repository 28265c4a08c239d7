import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { asnError, type AsnError } from './errors';
import type { LegalBasis } from './legal-basis';

/**
 * One problem found in an input, with the path to the offending value.
 *
 * @example
 * ```ts
 * import type { InputIssue } from 'asn-kit/core';
 * const issue: InputIssue = { path: 'birthDate', message: 'Expected a real calendar date written YYYY-MM-DD' };
 * ```
 */
export interface InputIssue {
  /** Dotted path to the value, `''` for the input itself, e.g. `'position.level'` or `'cltn.0.to'`. */
  readonly path: string;
  /** What is wrong, in English (zod's message). */
  readonly message: string;
}

const INPUT_BASIS: LegalBasis = { instrument: 'asn-kit', note: 'input schema' };

/**
 * Runs a zod schema at a public boundary and maps its issues onto an asn-kit error, so `ZodError` never leaks.
 *
 * @param schema - The schema of the input.
 * @param input - The untrusted value.
 * @param code - The module's invalid-input code, e.g. `'employee/invalid-input'`.
 * @returns `Ok(parsed)`, or `Err` whose `data.issues` lists every {@link InputIssue}.
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { validate } from 'asn-kit/core';
 * validate(z.object({ days: z.number() }), { days: 'x' }, 'leave/invalid-input')._unsafeUnwrapErr().data.issues;
 * // => [{ path: 'days', message: 'Invalid input: expected number, received string' }]
 * ```
 */
export function validate<Schema extends z.ZodType, Code extends string>(
  schema: Schema,
  input: unknown,
  code: Code,
): Result<z.output<Schema>, AsnError<Code>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues: InputIssue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const where = issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
  return err(
    asnError(code, INPUT_BASIS, { id: `Masukan tidak valid — ${where}`, en: `Invalid input — ${where}` }, { issues }),
  );
}
