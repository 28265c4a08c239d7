/**
 * The fuzz driver: calls every public function of every subpath with generated arguments and checks each call.
 */
import fc from 'fast-check';
import { argumentArbitrary } from './values';
import { TYPED_ARGUMENTS } from './typed-arguments';

/** A public function, with the subpath that exports it. */
export interface PublicFunction {
  readonly name: string;
  readonly subpath: string;
  readonly fn: (...args: unknown[]) => unknown;
  /** Whether its declared return type is a neverthrow `Result`. */
  readonly returnsResult: boolean;
}

/** What one run found: the calls made, the slowest call, and every broken promise. */
export interface FuzzReport {
  calls: number;
  slowest: { readonly name: string; readonly ms: number };
  readonly failures: string[];
}

const MAX_MS = 1000;

/** A description of a value's whole state: own keys (symbols too), values, frozenness, typed-array bytes. */
export function fingerprint(value: unknown, seen = new Map<object, number>()): string {
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `fn:${value.name}`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return value === undefined ? 'undefined' : JSON.stringify(value);
  if ('_zod' in value) return 'zod-schema';
  const known = seen.get(value);
  if (known !== undefined) return `#${String(known)}`;
  seen.set(value, seen.size);
  const frozen = Object.isFrozen(value) ? 'F' : Object.isExtensible(value) ? '' : 'S';
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}${frozen}[${String(Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)))}]`;
  if (value instanceof Map) return `Map${frozen}{${[...value].map(([k, v]) => `${fingerprint(k, seen)}=>${fingerprint(v, seen)}`).join(',')}}`;
  if (value instanceof Set) return `Set${frozen}{${[...value].map((v) => fingerprint(v, seen)).join(',')}}`;
  if (value instanceof Date) return `Date(${String(value.getTime())})`;
  const keys = Reflect.ownKeys(value);
  const parts = keys.map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const shown = descriptor !== undefined && 'value' in descriptor ? fingerprint(descriptor.value, seen) : 'accessor';
    return `${String(key)}:${shown}`;
  });
  const prototype: unknown = Object.getPrototypeOf(value);
  const kind = Array.isArray(value) ? 'A' : prototype === null ? 'N' : prototype === Object.prototype ? 'O' : (value.constructor as { name?: string } | undefined)?.name ?? '?';
  return `${kind}${frozen}{${parts.join(',')}}`;
}

/**
 * Every mutable plain object or array reachable from a value (through class instances such as `Ok` too), leaving
 * out those in `seen` (the caller's own arguments, which a builder such as `reason` may hold by design).
 */
function mutableParts(value: unknown, found: object[] = [], seen = new Set<object>()): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return found;
  seen.add(value);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Object.isFrozen(value) && (Array.isArray(value) || prototype === Object.prototype || prototype === null)) found.push(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) mutableParts(descriptor.value, found, seen);
  }
  return found;
}

/** Changes every mutable part of a result that is not part of the arguments, as a careless caller might. */
function vandalise(value: unknown, args: readonly unknown[]): void {
  const theirs = new Set<object>();
  for (const arg of args) mutableParts(arg, [], theirs);
  for (const part of mutableParts(value, [], theirs)) {
    if (Array.isArray(part)) part.push('vandal');
    else (part as Record<string, unknown>)['vandal'] = 1;
    for (const key of Object.keys(part)) {
      const item = (part as Record<string, unknown>)[key];
      if (typeof item === 'string' || typeof item === 'number') (part as Record<string, unknown>)[key] = typeof item === 'string' ? `${item}!` : item + 1;
    }
  }
}

function isResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'isOk' in value && 'isErr' in value && typeof (value as { isOk: unknown }).isOk === 'function';
}

function hasNonFinite(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return false;
  seen.add(value);
  const items = value instanceof Map ? [...value.values()] : Object.values(value);
  return items.some((item) => hasNonFinite(item, seen));
}

/**
 * Calls `fn` with every argument list and checks: no throw, a Result when one is declared, no argument changed (or
 * frozen), no Ok holding a non-finite number, no call over a second, and (on every `aliasEvery`-th call) that
 * changing what it returned does not change what the same call returns next.
 */
export function drive(target: PublicFunction, argumentLists: readonly unknown[][], report: FuzzReport, aliasEvery: number): void {
  for (const [index, args] of argumentLists.entries()) {
    const before = args.map((arg) => fingerprint(arg));
    const where = (): string => `${target.subpath}:${target.name}(${before.join(', ').slice(0, 300)})`;
    let result: unknown;
    const start = performance.now();
    try {
      result = target.fn(...args);
    } catch (error) {
      report.failures.push(`${where()} threw ${String(error)}`);
      continue;
    } finally {
      report.calls += 1;
    }
    const ms = timeAgain(performance.now() - start, target, args);
    if (ms > report.slowest.ms) report.slowest = { name: target.name, ms };
    if (ms > MAX_MS) report.failures.push(`${where()} took ${ms.toFixed(0)} ms`);
    if (target.returnsResult && !isResult(result)) report.failures.push(`${where()} returned a non-Result`);
    if (isResult(result) && (result as { isOk(): boolean; value?: unknown }).isOk() && hasNonFinite((result as { value: unknown }).value)) {
      report.failures.push(`${where()} returned an Ok holding a non-finite number`);
    }
    const after = args.map((arg) => fingerprint(arg));
    if (after.join('|') !== before.join('|')) report.failures.push(`${where()} changed an argument`);
    if (index % aliasEvery === 0) {
      const first = fingerprint(result);
      vandalise(result, args);
      const again = fingerprint(target.fn(...args));
      if (again !== first) report.failures.push(`${where()} returned a value that aliases the library's state`);
    }
  }
}

/**
 * The time of a call, measured again when it took over a second: a garbage-collection pause or a busy machine can
 * stall any call once, so a call fails the limit only when it is slow twice.
 */
function timeAgain(ms: number, target: PublicFunction, args: readonly unknown[]): number {
  if (ms <= MAX_MS) return ms;
  const start = performance.now();
  target.fn(...args);
  return Math.min(ms, performance.now() - start);
}

/** The argument lists of one function: typed ones for a function that asserts its argument types, any otherwise. */
export function argumentListsFor(target: PublicFunction, count: number, seed: number): unknown[][] {
  const typed = TYPED_ARGUMENTS[target.name];
  const arity = Math.max(target.fn.length, 1);
  const lists: fc.Arbitrary<unknown[]> =
    typed ?? fc.integer({ min: 0, max: arity + 1 }).chain((length) => fc.array(argumentArbitrary(), { minLength: length, maxLength: length }));
  return fc.sample(lists, { seed, numRuns: count });
}
