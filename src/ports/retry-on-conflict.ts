import { errAsync, ResultAsync } from 'neverthrow';
import { portsError, type PortsError } from './errors';

/**
 * The most runs `retryOnConflict` makes. A conflict means another writer changed the record between the read and
 * the save: a few runs settle it, and an operation that still conflicts after 100 is contended beyond what running
 * it again can fix (each run is a read and a write on the store, and the runs are chained, so they add up).
 */
const MAX_ATTEMPTS = 100;

/**
 * Runs an operation again while it fails with a retryable error (`ports/conflict`, `ports/storage-failure`), at
 * most `attempts` times in all. Each run must read what it needs afresh — the services do — so a retry decides on
 * the ledger as it is now.
 *
 * @param operation - Starts the operation, e.g. `() => decideLeaveRequest(deps, input)`.
 * @param attempts - The most runs: a whole number from 1 to 100 (default 10).
 * @returns The first success, the first error that is not retryable, or the last error (`ports/invalid-input` when
 *   `operation` is not a function or `attempts` not a whole number from 1 to 100, before any run).
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
export function retryOnConflict<T, E>(operation: () => ResultAsync<T, E>, attempts = 10): ResultAsync<T, E | PortsError> {
  if (typeof operation !== 'function' || !Number.isInteger(attempts) || attempts < 1 || attempts > MAX_ATTEMPTS) {
    return errAsync(misuse(operation, attempts));
  }
  const attempt = (left: number): ResultAsync<T, E | PortsError> => {
    const started: unknown = operation();
    if (!(started instanceof ResultAsync)) return errAsync(misuse(operation, attempts));
    return (started as ResultAsync<T, E>).orElse((error) => (left > 1 && isRetryable(error) ? attempt(left - 1) : errAsync(error)));
  };
  return attempt(attempts);
}

/** The error of a call that gave no operation to run (a JavaScript caller's). */
function misuse(operation: unknown, attempts: unknown): PortsError {
  return portsError('ports/invalid-input', {
    id: `Operasi harus berupa fungsi yang mengembalikan ResultAsync, dan jumlah percobaan bilangan bulat 1 sampai ${String(MAX_ATTEMPTS)}.`,
    en: `The operation must be a function that returns a ResultAsync, and the attempts a whole number from 1 to ${String(MAX_ATTEMPTS)}.`,
  }, { operation: typeof operation, attempts: typeof attempts === 'number' ? attempts : typeof attempts });
}

/** Whether an error says it may succeed when run again. */
function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { readonly retryable?: unknown }).retryable === true;
}
