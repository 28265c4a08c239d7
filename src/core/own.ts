/**
 * The value a record holds under a key as its own property, or `undefined` (internal). Keys that come from users
 * (a unit id, a tier name) are looked up with it, never with `record[key]`, so that `'constructor'`,
 * `'toString'` or `'__proto__'` never find what `Object.prototype` holds.
 *
 * @param record - A record of the caller's keys, or `undefined`.
 * @param key - The key.
 * @returns The own value, or `undefined` when the record has no own property of that name.
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
