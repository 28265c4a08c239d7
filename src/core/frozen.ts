/**
 * Freezes a value with every plain object and array inside it, and returns it (internal). Already frozen parts,
 * class instances, maps and typed arrays are left as they are. Every rule table and built-in constant of asn-kit is
 * defined through it, and so is every parsed value, so that nothing a caller receives can change what the library
 * holds. Written for speed (parsing calls it on every value it returns): children are visited without allocating
 * key lists.
 *
 * @param value - A value the library built.
 * @returns The same value, frozen all the way down.
 */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) freezeObject(value);
  return value;
}

function freezeObject(value: object): void {
  if (Array.isArray(value)) {
    if (Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) freezeObject(item);
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) freezeObject(item);
  }
}

/** The map behind each read-only view (views are the library's own objects, never a caller's). */
const VIEWED = /* @__PURE__ */ new WeakMap<object, ReadonlyMap<unknown, unknown>>();
const NOTHING: ReadonlyMap<unknown, unknown> = /* @__PURE__ */ new Map();
const viewed = (view: object): ReadonlyMap<unknown, unknown> => VIEWED.get(view) ?? NOTHING;

/** The reading methods every view shares (its prototype): a view holds no method or state of its own. */
const READ_ONLY_MAP = /* @__PURE__ */ Object.freeze({
  get(this: object, key: unknown): unknown {
    return viewed(this).get(key);
  },
  has(this: object, key: unknown): boolean {
    return viewed(this).has(key);
  },
  get size(): number {
    return viewed(this).size;
  },
  keys(this: object) {
    return viewed(this).keys();
  },
  values(this: object) {
    return viewed(this).values();
  },
  entries(this: object) {
    return viewed(this).entries();
  },
  forEach(this: object, callback: (value: unknown, key: unknown, owner: object) => void, thisArg?: unknown): void {
    viewed(this).forEach((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  },
  [Symbol.iterator](this: object) {
    return viewed(this).entries();
  },
});

/**
 * A read-only view of a map the library built (internal): the reading methods of `ReadonlyMap` and no `set`,
 * `delete` or `clear`, so that a value holding the view cannot be changed through it (a frozen `Map` can still be
 * written). The view is a frozen, empty object whose prototype holds those methods, so `structuredClone` of a value
 * holding it still works (it copies an empty object).
 *
 * @param map - A map the library built and no longer writes.
 * @returns The view.
 */
export function readonlyMap<K, V>(map: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const view = Object.freeze(Object.create(READ_ONLY_MAP) as object);
  VIEWED.set(view, map);
  return view as ReadonlyMap<K, V>;
}
