/**
 * Rounds to a number of decimals the way a person does on paper: half away from zero, after dropping the binary
 * noise of floating point (83.805 is stored as 83.80499…, yet rounds to 83.81; 92.665 rounds to 92.67). Every
 * module that prints a regulation's rounded value (IKM, JPM, legacy SKP scores) uses it.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param value - The number.
 * @param digits - Decimals to keep, 0 or more.
 * @returns The rounded number.
 * @example
 * ```ts
 * import { roundDecimal } from 'asn-kit/core';
 * roundDecimal(83.805, 2); // => 83.81
 * roundDecimal(-2.5, 0); // => -3
 * ```
 */
export function roundDecimal(value: number, digits: number): number {
  const factor = 10 ** digits;
  const raw = Math.abs(value) * factor;
  // Only a value within floating-point noise of a half needs the (slower) 12-significant-digit cleanup: anywhere
  // else both give the same whole number.
  const nearHalf = Math.abs(raw - Math.floor(raw) - 0.5) <= raw * 1e-10 + 1e-12;
  const scaled = nearHalf ? Number(raw.toPrecision(12)) : raw;
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
