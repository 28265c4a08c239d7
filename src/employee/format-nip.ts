import type { Result } from 'neverthrow';
import type { EmployeeError } from './errors';
import { displayNip } from './nip';
import { parseNip } from './parse-nip';

/**
 * Writes a NIP in its display form with spaces between the parts (docs/interpretations.md#nip-layout):
 * PNS `19660801 198803 1 001`, PPPK `20001231 2024 21 1 001`. `parseNip` reads the result back.
 *
 * @param nip - A NIP in any form {@link parseNip} accepts (from JavaScript, a non-string is an
 *   `employee/invalid-input` error, never a throw).
 * @returns `Ok(display form)`, or the `Err` of {@link parseNip} for an invalid NIP.
 * @example
 * ```ts
 * import { formatNip } from 'asn-kit/employee';
 * formatNip('196608011988031001').unwrapOr(''); // => '19660801 198803 1 001'
 * formatNip('200012312024211001').unwrapOr(''); // => '20001231 2024 21 1 001'
 * formatNip('19660801198803100').match(
 *   (shown) => shown,
 *   (error) => error.code,
 * ); // => 'employee/invalid-nip-length'
 * ```
 */
export function formatNip(nip: string): Result<string, EmployeeError> {
  return parseNip(nip).map(displayNip);
}
