/**
 * The own keys of a record, counted one by one and only until there are more than `most` (module-internal): how a
 * limit on a record's keys is checked without listing them all.
 *
 * @param record - A plain object.
 * @param most - Where counting may stop.
 * @returns The number of keys: exact up to `most`, `most + 1` beyond.
 */
export function keysUpTo(record: object, most: number): number {
  let keys = 0;
  for (const key in record) if (Object.hasOwn(record, key) && ++keys > most) break;
  return keys;
}
