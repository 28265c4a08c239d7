/**
 * The two functions of a test framework that the contract suites use: `describe` and `it`, as vitest, jest, mocha
 * and `node:test` all provide them. Pass your framework's (`import { describe, it } from 'vitest'`); the suites
 * make their own assertions (a failed one throws an `Error` naming what differed), so no `expect` is needed and no
 * framework is a dependency of asn-kit.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import type { TestApi } from 'asn-kit/testing';
 * const test: TestApi = { describe, it };
 * ```
 */
export interface TestApi {
  /** Groups tests: `describe(name, body)`, where `body` registers the group's tests. */
  readonly describe: (name: string, body: () => void) => unknown;
  /** One test: `it(name, body)`; it fails when the promise `body` returns rejects. */
  readonly it: (name: string, body: () => Promise<void>) => unknown;
}

/** Fails the test with a message when the condition does not hold (internal). */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`asn-kit contract: ${message}`);
}

/** Whether two plain JSON-like values are equal, keys in any order (internal). */
export function sameValue(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left).filter((key) => (left as Record<string, unknown>)[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => (right as Record<string, unknown>)[key] !== undefined);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => sameValue((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}

/** Fails the test unless the two values are equal (internal). */
export function checkSame(actual: unknown, expected: unknown, what: string): void {
  check(sameValue(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The value of an `Ok`, or a failed test naming the error (internal). */
export function okValue<T>(result: { isOk(): boolean; value?: T; error?: { readonly code?: string; readonly message?: unknown } }, what: string): T {
  if (result.isOk()) return result.value as T;
  throw new Error(`asn-kit contract: ${what} failed: ${JSON.stringify(result.error)}`);
}

/** The error of an `Err` with the code expected, or a failed test (internal). */
export function errorWith<E extends { readonly code: string }>(result: { isErr(): boolean; error?: E }, code: string, what: string): E {
  check(result.isErr(), `${what}: expected an Err with code ${code}, got Ok`);
  const error = result.error as E;
  check(error.code === code, `${what}: expected code ${code}, got ${error.code}`);
  return error;
}

/** A store the suites get: made afresh for each test, or shared (the suites use keys of their own). */
export type MakeStore<T> = () => T | Promise<T>;
