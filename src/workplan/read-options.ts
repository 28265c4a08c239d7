import { ok, type Result } from 'neverthrow';
import { validate, type ParseableSchema } from '../core';
import type { WorkplanError } from './errors';
import { INVALID_INPUT } from './kinds';

/**
 * The options of a call, checked by their strict schema: `undefined` gives `{}` without running zod; an unknown
 * key or a bad value is an `Err` (`workplan/invalid-input`) whose issues name it.
 */
export function readOptions<T extends object>(schema: ParseableSchema<T>, options: unknown): Result<Partial<T>, WorkplanError> {
  return options === undefined ? ok({}) : validate(schema, options, INVALID_INPUT);
}
