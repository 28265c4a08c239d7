import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../src/core';

describe('roundDecimal', () => {
  it('rounds half away from zero despite binary noise', () => {
    expect(roundDecimal(92.665, 2)).toBe(92.67);
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(83.805, 2)).toBe(83.81);
    expect(roundDecimal(-2.345, 2)).toBe(-2.35);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
    expect(roundDecimal(0.078125, 3)).toBe(0.078);
    expect(roundDecimal(89.99, 2)).toBe(89.99);
    expect(Object.is(roundDecimal(-0.001, 2), 0)).toBe(true);
  });
});

describe('properties', () => {
  it('rounding moves a value by at most half a unit of the last digit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        expect(Math.abs(roundDecimal(value, 2) - value)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it('gives what the 12-significant-digit cleanup gives, including at every half of a cent', () => {
    const reference = (value: number, digits: number): number => {
      const factor = 10 ** digits;
      const rounded = Math.round(Number((Math.abs(value) * factor).toPrecision(12))) / factor;
      return value < 0 && rounded !== 0 ? -rounded : rounded;
    };
    const halves = fc.tuple(fc.integer({ min: -1e8, max: 1e8 }), fc.integer({ min: 0, max: 4 })).map(([n, digits]) => [(n + 0.5) / 10 ** digits, digits] as const);
    const any = fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.oneof(halves, any), ([value, digits]) => {
        expect(roundDecimal(value, digits)).toBe(reference(value, digits));
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(roundDecimal(-value, digits)).toBe(roundDecimal(value, digits) === 0 ? 0 : -roundDecimal(value, digits));
      }),
    );
  });
});
