import { err, type Err } from 'neverthrow';
import type { LegalBasis } from './legal-basis';
import type { LocalizedText, Reason } from './reason';

/**
 * An error value: a {@link Reason} with severity `error` and the data a caller needs to act on it.
 * Every asn-kit function that can fail on its input returns `Err<AsnError<Code>>` instead of throwing.
 *
 * @typeParam Code - The module's error codes, e.g. `'employee/invalid-nip-length'`.
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * const result = parseNip('123');
 * if (result.isErr()) result.error.code;
 * // => 'employee/invalid-nip-length'
 * ```
 */
export interface AsnError<Code extends string = string> extends Reason<Code> {
  /** Always `error`. */
  readonly severity: 'error';
  /** The values involved, e.g. `{ input: '123', length: 3 }`; for invalid input, the `issues` with their paths. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Builds an error value.
 *
 * @param code - The error code.
 * @param basis - The rule that was broken (for plain input errors, the instrument that defines the format).
 * @param message - The sentence in Bahasa Indonesia and English.
 * @param data - The values involved.
 * @returns The error value.
 * @example
 * ```ts
 * import { asnError } from 'asn-kit/core';
 * asnError('calendar/year-not-covered', { instrument: 'asn-kit', interpretation: 'years-without-data' },
 *   { id: 'Tanggal di luar kalender', en: 'Date outside the calendar' }, { date: '2028-01-03' }).code;
 * // => 'calendar/year-not-covered'
 * ```
 */
export function asnError<Code extends string>(
  code: Code,
  basis: LegalBasis,
  message: LocalizedText,
  data: Readonly<Record<string, unknown>> = {},
): AsnError<Code> {
  return { code, severity: 'error', basis, message, data };
}

/**
 * Builds an `Err` holding an error value: the usual last line of a failing check.
 *
 * @param code - The error code.
 * @param basis - The rule that was broken.
 * @param message - The sentence in Bahasa Indonesia and English.
 * @param data - The values involved.
 * @returns `err(asnError(...))`.
 * @example
 * ```ts
 * import { fail } from 'asn-kit/core';
 * fail('core/invalid-date', { instrument: 'ISO 8601' }, { id: 'Tanggal tidak valid', en: 'Invalid date' }).isErr();
 * // => true
 * ```
 */
export function fail<Code extends string>(
  code: Code,
  basis: LegalBasis,
  message: LocalizedText,
  data: Readonly<Record<string, unknown>> = {},
): Err<never, AsnError<Code>> {
  return err(asnError(code, basis, message, data));
}

/**
 * The same error under another code: how a module passes on a kernel error (for example
 * `core/no-rule-in-force` from {@link ruleInForce}) under its own code, keeping the basis, message and data.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param error - The error to pass on.
 * @param code - The code it takes.
 * @returns A new error; the original is not changed.
 * @example
 * ```ts
 * import { asnError, recodeError } from 'asn-kit/core';
 * const kernel = asnError('core/no-rule-in-force', { instrument: 'asn-kit' }, { id: 'Tidak ada.', en: 'None.' });
 * recodeError(kernel, 'leave/no-rule-in-force').code; // => 'leave/no-rule-in-force'
 * ```
 */
export function recodeError<Code extends string>(error: AsnError, code: Code): AsnError<Code> {
  return asnError(code, error.basis, error.message, error.data);
}
