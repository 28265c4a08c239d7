import { err, type Err } from 'neverthrow';
import type { LegalBasis } from './legal-basis';
import type { LocalizedText, Reason } from './reason';

/**
 * The values an error carries in `data`: a plain object of named values.
 *
 * @example
 * ```ts
 * import type { ErrorData } from 'asn-kit/core';
 * const data: ErrorData = { input: '123', length: 3 };
 * ```
 */
export type ErrorData = Readonly<Record<string, unknown>>;

/**
 * The `data` of an error that carries no values: an empty object.
 *
 * @example
 * ```ts
 * import type { NoErrorData } from 'asn-kit/core';
 * const data: NoErrorData = {};
 * ```
 */
export type NoErrorData = { readonly [key: string]: never };

/**
 * An error value: a {@link Reason} with severity `error` and the data a caller needs to act on it.
 * Every asn-kit function that can fail on its input returns `Err<AsnError<Code, Data>>` instead of throwing.
 * Each module's error type is a union of these, one member per code (see {@link AsnErrorOf}), so a test of
 * `error.code` tells TypeScript which fields `error.data` has.
 *
 * @typeParam Code - The error's code, e.g. `'employee/invalid-nip-length'`.
 * @typeParam Data - The fields of its `data`, e.g. `{ input: string; length: number }`.
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * const result = parseNip('123');
 * if (result.isErr() && result.error.code === 'employee/invalid-nip-length') result.error.data.length;
 * // => 3
 * ```
 */
export interface AsnError<Code extends string = string, Data extends ErrorData = ErrorData> extends Reason<Code> {
  /** Always `error`. */
  readonly severity: 'error';
  /** The values involved, e.g. `{ input: '123', length: 3 }`; for invalid input, the `issues` with their paths. */
  readonly data: Data;
}

/**
 * The error type of a module from its map of codes to data: one {@link AsnError} per code, so that the type of
 * `error.data` follows from `error.code`.
 *
 * @typeParam DataByCode - Each code with the type of its `data`.
 * @example
 * ```ts
 * import type { AsnErrorOf } from 'asn-kit/core';
 * type MyError = AsnErrorOf<{ 'my/too-long': { length: number }; 'my/empty': { input: string } }>;
 * const lengthOf = (error: MyError) => (error.code === 'my/too-long' ? error.data.length : 0);
 * ```
 */
export type AsnErrorOf<DataByCode extends { readonly [Code in keyof DataByCode]: ErrorData }> = {
  readonly [Code in keyof DataByCode & string]: AsnError<Code, DataByCode[Code]>;
}[keyof DataByCode & string];

/**
 * The builder of a module's errors: {@link asnError} with the data of each code checked against the module's map,
 * so that an error built with fields its code does not have, or without one it has, does not compile.
 *
 * @typeParam DataByCode - Each code with the type of its `data`, as in {@link AsnErrorOf}.
 * @example
 * ```ts
 * import { asnError, type ErrorBuilder } from 'asn-kit/core';
 * const myError: ErrorBuilder<{ 'my/too-long': { length: number } }> = asnError;
 * myError('my/too-long', { instrument: 'asn-kit' }, { id: 'Terlalu panjang', en: 'Too long' }, { length: 19 }).data.length;
 * // => 19
 * ```
 */
export type ErrorBuilder<DataByCode extends { readonly [Code in keyof DataByCode]: ErrorData }> = <Code extends keyof DataByCode & string>(
  code: Code,
  basis: LegalBasis,
  message: LocalizedText,
  data: DataByCode[Code],
) => AsnError<Code, DataByCode[Code]>;

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
export function asnError<Code extends string, Data extends ErrorData>(
  code: Code,
  basis: LegalBasis,
  message: LocalizedText,
  data: Data,
): AsnError<Code, Data> {
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
 * fail('core/invalid-date', { instrument: 'ISO 8601' }, { id: 'Tanggal tidak valid', en: 'Invalid date' }, { input: '2026-02-30' })
 *   .isErr();
 * // => true
 * ```
 */
export function fail<Code extends string, Data extends ErrorData>(
  code: Code,
  basis: LegalBasis,
  message: LocalizedText,
  data: Data,
): Err<never, AsnError<Code, Data>> {
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
 * @returns A new error with the same data; the original is not changed.
 * @example
 * ```ts
 * import { asnError, recodeError } from 'asn-kit/core';
 * const kernel = asnError('core/no-rule-in-force', { instrument: 'asn-kit' }, { id: 'Tidak ada.', en: 'None.' }, {});
 * recodeError(kernel, 'leave/no-rule-in-force').code; // => 'leave/no-rule-in-force'
 * ```
 */
export function recodeError<Code extends string, Data extends ErrorData>(error: AsnError<string, Data>, code: Code): AsnError<Code, Data> {
  return asnError(code, error.basis, error.message, error.data);
}

/**
 * The same error with more values in its data (internal): how a module adds what it knows to an error it passes on
 * (the employee of a refused SKP, the index of an item in a list). Keeps the error's code, so each member of a union
 * of errors keeps its own data.
 *
 * @param error - The error to pass on.
 * @param extra - The values to add.
 * @returns A new error; the original is not changed.
 */
export function withErrorData<Error extends AsnError, Extra extends ErrorData>(error: Error, extra: Extra): Error & { readonly data: Error['data'] & Extra } {
  return { ...error, data: { ...error.data, ...extra } };
}
