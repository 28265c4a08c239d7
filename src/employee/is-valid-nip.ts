import { parseNip } from './parse-nip';

/**
 * Tells whether a value is a valid NIP of either layout (docs/interpretations.md#nip-layout). A NIP whose appointment falls before
 * the 18th birthday is valid (that is a warning of {@link parseNip}, not an error).
 *
 * @param input - Any value.
 * @returns `true` when {@link parseNip} accepts it.
 * @example
 * ```ts
 * import { isValidNip } from 'asn-kit/employee';
 * isValidNip('196303121991021005'); // => true
 * isValidNip('196608011988033001'); // => false (gender digit 3)
 * ```
 */
export function isValidNip(input: unknown): boolean {
  return parseNip(input).isOk();
}
