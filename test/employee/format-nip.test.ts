import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip } from '../../src/employee/index';
import { nipDigits, nipPartsArbitrary, untyped } from './arbitraries';

describe('formatNip', () => {
  it('§4.4 example 2: writes the PNS display form 19660801 198803 1 001', () => {
    expect(formatNip('196608011988031001')._unsafeUnwrap()).toBe('19660801 198803 1 001');
  });

  it('§4.4 example 10: writes the PPPK display form 20001231 2024 21 1 001', () => {
    expect(formatNip('200012312024211001')._unsafeUnwrap()).toBe('20001231 2024 21 1 001');
  });

  it('re-spaces a NIP typed with dots', () => {
    expect(formatNip('19660801.198803.1.001')._unsafeUnwrap()).toBe('19660801 198803 1 001');
  });

  it('gives the parse error for an invalid NIP', () => {
    expect(formatNip('19660801198803100')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-length');
    expect(formatNip(untyped(null))._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });
});

describe('properties', () => {
  it('the display form has the layout of docs/interpretations.md#nip-layout', () => {
    fc.assert(
      fc.property(nipPartsArbitrary, (parts) => {
        const shown = formatNip(nipDigits(parts))._unsafeUnwrap();
        expect(shown).toMatch(parts.layout === 'pns' ? /^\d{8} \d{6} [12] \d{3}$/ : /^\d{8} \d{4} 2[1-9] [12] \d{3}$/);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = formatNip(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
