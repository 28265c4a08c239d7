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
