import fc from 'fast-check';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../src/core';

const FIRST = toDayNumber('2024-01-01' as IsoDate);
const LAST = toDayNumber('2026-12-31' as IsoDate);

/** A date the built-in calendar holds (2024-01-01 … 2026-12-31). */
export const heldDate = (): fc.Arbitrary<IsoDate> => fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

/** Two dates the built-in calendar holds, in order (possibly equal). */
export const heldRange = (): fc.Arbitrary<readonly [IsoDate, IsoDate]> =>
  fc
    .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: FIRST, max: LAST }))
    .map(([a, b]) => [fromDayNumber(Math.min(a, b)), fromDayNumber(Math.max(a, b))] as const);

/** Three ordered dates the built-in calendar holds: a ≤ b < c, to split a range into two adjacent ones. */
export const heldSplit = (): fc.Arbitrary<readonly [IsoDate, IsoDate, IsoDate]> =>
  fc
    .tuple(fc.integer({ min: FIRST, max: LAST - 1 }), fc.integer({ min: FIRST, max: LAST - 1 }), fc.integer({ min: FIRST + 1, max: LAST }))
    .filter(([a, b, c]) => Math.min(a, b) < c && Math.max(a, b) < c)
    .map(([a, b, c]) => [fromDayNumber(Math.min(a, b)), fromDayNumber(Math.max(a, b)), fromDayNumber(c)] as const);

/** Any value at all, including the odd ones (dates-looking strings, numbers, objects, `Date`s). */
export const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything(),
    fc.string(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom('2025-02-29', '2026-13-01', '2023-12-31', '2027-01-01', '2026-1-1', '', '2026-03-20T00:00:00Z'),
    heldDate(),
    fc.double(),
    fc.integer(),
  );
