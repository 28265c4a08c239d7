import type { Result } from 'neverthrow';
import { notStringsError, type EmployeeError } from './errors';
import { decodeNip, type ParsedNip } from './nip';

/**
 * Decodes a NIP of either layout (docs/interpretations.md#nip-layout), with or without spaces and dots:
 * a PNS NIP `YYYYMMDD YYYYMM G NNN` (birth date, year and month of TMT CPNS, gender, sequence; Perka BKN 22/2007)
 * or a NI PPPK `YYYYMMDD YYYY 2 K G NNN` (birth date, year of appointment, the PPPK marker 2, the contract count,
 * gender, sequence). Digits 13–14 tell the layouts apart: 01–12 is a month, 21–29 the PPPK marker and count.
 *
 * The parts are checked in order and the first wrong one is named by the error code: characters, length
 * (18 digits), birth date, appointment month (PNS) or PPPK marker and contract count, appointment after birth,
 * gender digit (1 or 2), sequence (not 000). An appointment before the 18th birthday is not an error: the result
 * is `Ok` with an `employee/appointed-under-18` warning in `reasons` (PP 11/2017 Pasal 23; NIPs converted in 2007
 * follow older entry rules).
 *
 * It needs no zod: a bundle of `parseNip`, {@link isValidNip} and {@link formatNip} holds the decoder and its
 * messages only.
 *
 * @param input - The NIP as typed (any value: a non-string is an error, never a throw).
 * @returns `Ok(ParsedNip)`; or `Err` with `employee/invalid-input` (not a string) or an `employee/invalid-nip-*`
 *   code.
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * parseNip('19660801.198803.1.001').match(
 *   (nip) => `${nip.layout}: born ${nip.birthDate}, TMT CPNS ${nip.layout === 'pns' ? nip.tmtCpns : '-'}`,
 *   (error) => error.code,
 * ); // => 'pns: born 1966-08-01, TMT CPNS 1988-03-01'
 * parseNip('200012312024211001').map((nip) => nip.layout).unwrapOr(undefined); // => 'pppk'
 * parseNip('19660801198813 1 001').isErr(); // => true ('employee/invalid-nip-appointment-month')
 * ```
 */
export function parseNip(input: unknown): Result<ParsedNip, EmployeeError> {
  return notStringsError({ '': input }) ?? decodeNip(input as string);
}
