import { deepFrozen } from './frozen';

/*
 * Values the library parsed itself. A `parse…` function returns a new, deeply frozen value and records it here with
 * the kind of input it is; a domain function given that very value uses it as it is, and parses anything else.
 * Only objects the library created are recorded (never a caller's object), and a frozen value cannot change, so a
 * recorded value is always still valid.
 */

let parsedKinds: WeakMap<object, string> | undefined;

/**
 * Freezes a value that a parser has just built and records it as parsed input of `kind` (internal).
 *
 * @param value - The parser's output: a new value, never the caller's object.
 * @param kind - The kind of input, e.g. `'employee/employee'`.
 * @returns The same value, frozen.
 */
export function markParsed<T>(value: T, kind: string): T {
  if (typeof value === 'object' && value !== null) {
    deepFrozen(value);
    (parsedKinds ??= new WeakMap()).set(value, kind);
  }
  return value;
}

/**
 * Tells whether a value is one the library parsed as `kind` (internal).
 *
 * @param value - Any value.
 * @param kind - The kind of input.
 * @returns `true` only for a value returned by the parser of that kind.
 */
export function isParsed(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && parsedKinds?.get(value) === kind;
}
