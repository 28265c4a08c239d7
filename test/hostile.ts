/**
 * Test helpers every module's tests share: what a JavaScript caller may pass where a type is declared.
 */
import fc from 'fast-check';

/** What a JavaScript caller may pass where a type is declared: any value, unchecked by the compiler. */
export const untyped = (value: unknown): never => value as never;

/** Hostile values: anything fast-check makes, typed arrays, sparse arrays, null prototypes, Maps, Dates included. */
export const hostileArbitrary: fc.Arbitrary<unknown> = fc.anything({
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBigInt: true,
  withBoxedValues: true,
  withObjectString: true,
});
