import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNip } from '../../src/employee/index';
import { nipDigits, nipPartsArbitrary } from './arbitraries';

describe('isValidNip', () => {
  it('§4.4 examples 1–4 and 10 are valid', () => {
    expect(isValidNip('196303121991021005')).toBe(true);
    expect(isValidNip('19660801.198803.1.001')).toBe(true);
    expect(isValidNip('198609262015051001')).toBe(true);
    expect(isValidNip('199502282020122001')).toBe(true);
    expect(isValidNip('200012312024211001')).toBe(true);
  });

  it('§4.4 examples 5–9 are invalid', () => {
    expect(isValidNip('19660801198813 1 001')).toBe(false);
    expect(isValidNip('196608011988031000')).toBe(false);
    expect(isValidNip('196608011988033001')).toBe(false);
    expect(isValidNip('19660801198803100')).toBe(false);
    expect(isValidNip('196602301988031001')).toBe(false);
  });

  it('docs/interpretations.md#nip-layout: an appointment before 18 is still valid', () => {
    expect(isValidNip('197005201987031001')).toBe(true);
  });

  it('a number is not a NIP', () => {
    expect(isValidNip(Number('196303121991021005'))).toBe(false);
  });
});

describe('properties', () => {
  it('generated NIPs are valid', () => {
    fc.assert(fc.property(nipPartsArbitrary, (parts) => isValidNip(nipDigits(parts))));
  });

  it('arbitrary input never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof isValidNip(input)).toBe('boolean');
      }),
    );
  });
});
