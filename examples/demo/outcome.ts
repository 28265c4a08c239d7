/** How the demo treats an `Err` it did not expect: the data is its own, so an `Err` is a bug worth stopping for. */
import type { Result } from 'neverthrow';

/** The value of an `Ok`; an `Err` stops the demo with its code and message. */
export function expectOk<T>(result: Result<T, { readonly code: string; readonly message: { readonly en: string } }>, what: string): T {
  if (result.isOk()) return result.value;
  throw new Error(`${what}: ${result.error.code} — ${result.error.message.en}`);
}

/** Counts items by key, in first-seen order. */
export function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
