import type { Result } from 'neverthrow';
import type { EmployeeError } from './errors';
import { displayNip } from './nip';
import { parseNip } from './parse-nip';

/**
 * Writes a NIP in its display form with spaces between the parts (RULINGS R-E1):
 * PNS `19660801 198803 1 001`, PPPK `20001231 2024 21 1 001`. `parseNip` reads the result back.
 *
 * @param input - A NIP in any form {@link parseNip} accepts.
 * @returns `Ok(display form)`, or the `Err` of {@link parseNip} for an invalid NIP.
 * @example
 * ```ts
 * import { formatNip } from 'asn-kit/employee';
 * formatNip('196608011988031001')._unsafeUnwrap(); // => '19660801 198803 1 001'
 * formatNip('200012312024211001')._unsafeUnwrap(); // => '20001231 2024 21 1 001'
 * formatNip('19660801198803100')._unsafeUnwrapErr().code; // => 'employee/invalid-nip-length'
 * ```
 */
export function formatNip(input: unknown): Result<string, EmployeeError> {
  return parseNip(input).map(displayNip);
}
