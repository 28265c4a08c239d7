import type { AsnError, InvalidInputError, LocalizedText } from '../core';
import { asnError } from '../core/errors';
import { deepFrozen } from '../core/frozen';

/**
 * The `data` of each error code of the storage ports.
 *
 * - `ports/conflict`: the record changed since it was read (the version given is not the stored one). Read it again
 *   and retry: this is how two approvals are kept from spending the same days. Retryable.
 * - `ports/not-found`: no record with that key.
 * - `ports/already-exists`: a new record's key is taken (a leave request id used twice).
 * - `ports/invalid-input`: a service was called with input that fails its schema (`data.issues` has the paths), or
 *   a helper was given no function to run.
 * - `ports/invalid-record`: a stored record fails the library's schema (`data.cause` holds the module's error, or
 *   `data.issues` the paths of a performance record).
 * - `ports/storage-failure`: the database failed (`data.cause` holds its message). Retryable: the operation did
 *   not happen, or happened whole.
 *
 * @example
 * ```ts
 * import type { PortsErrorData } from 'asn-kit/ports';
 * const data: PortsErrorData['ports/conflict'] = { what: 'leave ledger', key: '199001012015031001', expected: 3, actual: 4 };
 * ```
 */
export interface PortsErrorData {
  /**
   * What was written, its key, the version the caller read and the one stored; for a conflict the database found
   * itself (a unique key or a serialization failure), its message.
   */
  readonly 'ports/conflict':
    | ({ readonly what: string; readonly key: string } & { readonly expected: number; readonly actual: number })
    | { readonly cause: string };
  /** What was looked for and its key. */
  readonly 'ports/not-found': { readonly what: string; readonly key: string };
  /** What was created and its key. */
  readonly 'ports/already-exists': { readonly what: string; readonly key: string };
  /**
   * Every issue of a service's input with its path; for `readStored`, the type of the parser given; for
   * `retryOnConflict`, the type of the operation given and the attempts (or their type when not a number).
   */
  readonly 'ports/invalid-input':
    | InvalidInputError<'ports/invalid-input'>['data']
    | { readonly parse: string; readonly issues?: never }
    | { readonly operation: string; readonly attempts: number | string; readonly issues?: never };
  /** What the record is and the parser's error; for a performance record, every issue with its path. */
  readonly 'ports/invalid-record':
    | { readonly what: string; readonly cause: AsnError; readonly issues?: never }
    | (InvalidInputError<'ports/invalid-record'>['data'] & { readonly cause?: never });
  /** The message of what the database threw. */
  readonly 'ports/storage-failure': { readonly cause: string };
}

/**
 * The error codes of the storage ports (each described at {@link PortsErrorData}).
 *
 * @example
 * ```ts
 * import type { PortsErrorCode } from 'asn-kit/ports';
 * const code: PortsErrorCode = 'ports/conflict';
 * ```
 */
export type PortsErrorCode = keyof PortsErrorData;

/**
 * An error of a storage port: a coded {@link AsnError} that says whether the caller may retry, one member per code,
 * so that a test of `error.code` gives `error.data` the fields of that code ({@link PortsErrorData}).
 *
 * @example
 * ```ts
 * import { versionConflict, type PortsError } from 'asn-kit/ports';
 * const error: PortsError = versionConflict('leave ledger', '199001012015031001', 3, 4);
 * error.retryable; // => true
 * if (error.code === 'ports/conflict') error.data.actual; // => 4
 * ```
 */
export type PortsError = {
  readonly [Code in PortsErrorCode]: AsnError<Code, PortsErrorData[Code]> & {
    /** `true` when running the same operation again (after reading the record again) may succeed. */
    readonly retryable: boolean;
  };
}[PortsErrorCode];

/** A value as text for a message, whatever it is (a symbol or an object without a prototype included; internal). */
export function shown(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** What a storage error cites: asn-kit's own storage contract, not a regulation. */
const STORAGE_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'asn-kit', note: 'storage port contract' } as const);

/**
 * Builds a storage error: what an adapter returns when a version check fails, a key is missing or the database
 * fails. `ports/conflict` and `ports/storage-failure` are retryable, the others are not.
 *
 * @param code - The error code.
 * @param message - The sentence in Bahasa Indonesia and English.
 * @param data - The values involved (the key, the versions, the cause), as {@link PortsErrorData} gives them for the code.
 * @returns The error value.
 * @example
 * ```ts
 * import { portsError } from 'asn-kit/ports';
 * portsError('ports/not-found', { id: 'Tidak ada', en: 'Not found' }, { what: 'leave request', key: 'R-1' }).retryable; // => false
 * ```
 */
export function portsError<Code extends PortsErrorCode>(code: Code, message: LocalizedText, data: PortsErrorData[Code]): AsnError<Code, PortsErrorData[Code]> & { readonly retryable: boolean } {
  const retryable = code === 'ports/conflict' || code === 'ports/storage-failure';
  return { ...asnError(code, STORAGE_BASIS, message, data), retryable };
}

/**
 * The conflict an adapter returns when the stored version is not the one the caller read.
 *
 * @param what - What was written, e.g. `'leave ledger'`.
 * @param key - Its key (an NIP, a request id).
 * @param expected - The version the caller read.
 * @param actual - The version stored now.
 * @returns A retryable `ports/conflict` error.
 * @example
 * ```ts
 * import { versionConflict } from 'asn-kit/ports';
 * versionConflict('leave ledger', '199001012015031001', 3, 4).data; // => { what: 'leave ledger', key: '199001012015031001', expected: 3, actual: 4 }
 * ```
 */
export function versionConflict(what: string, key: string, expected: number, actual: number): PortsError {
  const [thing, id, read, stored] = [shown(what), shown(key), shown(expected), shown(actual)];
  return portsError('ports/conflict', {
    id: `${thing} ${id} telah berubah (versi ${stored}, diharapkan ${read}); baca ulang lalu coba lagi.`,
    en: `The ${thing} ${id} has changed (version ${stored}, expected ${read}); read it again and retry.`,
  }, { what, key, expected, actual });
}

/**
 * The error an adapter returns when a new record's key is taken.
 *
 * @param what - What was created, e.g. `'leave request'`.
 * @param key - The key.
 * @returns A `ports/already-exists` error (not retryable: the same key will stay taken).
 * @example
 * ```ts
 * import { alreadyExists } from 'asn-kit/ports';
 * alreadyExists('leave request', 'R-1').retryable; // => false
 * ```
 */
export function alreadyExists(what: string, key: string): PortsError {
  const [thing, id] = [shown(what), shown(key)];
  return portsError('ports/already-exists', { id: `${thing} ${id} sudah ada.`, en: `The ${thing} ${id} already exists.` }, { what, key });
}

/**
 * The error an adapter returns when no record has the key.
 *
 * @param what - What was looked for, e.g. `'employee'`.
 * @param key - The key.
 * @returns A `ports/not-found` error.
 * @example
 * ```ts
 * import { notFound } from 'asn-kit/ports';
 * notFound('leave request', 'R-9').code; // => 'ports/not-found'
 * ```
 */
export function notFound(what: string, key: string): PortsError {
  const [thing, id] = [shown(what), shown(key)];
  return portsError('ports/not-found', { id: `${thing} ${id} tidak ditemukan.`, en: `No ${thing} ${id}.` }, { what, key });
}

/**
 * Wraps what a database threw (or rejected with) as a retryable `ports/storage-failure`: the adapter's
 * `catch`, so that no port ever throws.
 *
 * @param cause - What was thrown.
 * @returns The error, with the cause's message in `data.cause`.
 * @example
 * ```ts
 * import { storageFailure } from 'asn-kit/ports';
 * storageFailure(new Error('disk full')).data; // => { cause: 'disk full' }
 * ```
 */
export function storageFailure(cause: unknown): PortsError {
  const text = shown(cause);
  return portsError('ports/storage-failure', { id: `Penyimpanan gagal: ${text}`, en: `Storage failed: ${text}` }, { cause: text });
}
