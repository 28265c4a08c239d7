import { ok, type Result } from 'neverthrow';
export { asnError } from '../../src/core';

/** A parser for trustParsed: it copies what it is given (a new value each call, so nothing is aliased). */
export function markParsedForFuzz(input: unknown): Result<unknown, never> {
  return ok({ input: typeof input });
}
