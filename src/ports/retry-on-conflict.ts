import { errAsync, type ResultAsync } from 'neverthrow';

/**
 * Runs an operation again while it fails with a retryable error (`ports/conflict`, `ports/storage-failure`), at
 * most `attempts` times in all. Each run must read what it needs afresh — the services do — so a retry decides on
 * the ledger as it is now.
 *
 * @param operation - Starts the operation, e.g. `() => decideLeaveRequest(deps, input)`.
 * @param attempts - The most runs (default 10).
 * @returns The first success, the first error that is not retryable, or the last error.
 * @example
 * ```ts
 * import { errAsync, okAsync } from 'neverthrow';
 * import { portsError, retryOnConflict } from 'asn-kit/ports';
 * let runs = 0;
 * const result = await retryOnConflict(() => (++runs < 3
 *   ? errAsync(portsError('ports/conflict', { id: 'Berubah', en: 'Changed' }))
 *   : okAsync('done')));
 * result.isOk() && runs; // => 3
 * ```
 */
export function retryOnConflict<T, E>(operation: () => ResultAsync<T, E>, attempts = 10): ResultAsync<T, E> {
  const attempt = (left: number): ResultAsync<T, E> =>
    operation().orElse((error) => (left > 1 && isRetryable(error) ? attempt(left - 1) : errAsync(error)));
  return attempt(attempts);
}

/** Whether an error says it may succeed when run again. */
function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { readonly retryable?: unknown }).retryable === true;
}
