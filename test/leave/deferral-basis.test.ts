import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../../src/core';
import { deferralBasis } from '../../src/leave/deferral-basis';

const cited = (basis: LegalBasis): readonly [string, string | undefined] => [basis.instrument, basis.article];

describe('deferralBasis', () => {
  it('a PNS annual deferral rests on PP 11/2017 Pasal 314, the days arriving next year on its ayat (2)', () => {
    expect(cited(deferralBasis('PNS', 'annual'))).toEqual(['PP 11/2017', 'Pasal 314']);
    expect(cited(deferralBasis('CPNS', 'annual', true))).toEqual(['PP 11/2017', 'Pasal 314 ayat (2)']);
  });

  it('a deferred cuti besar rests on PP 11/2017 Pasal 317', () => {
    expect(cited(deferralBasis('PNS', 'major'))).toEqual(['PP 11/2017', 'Pasal 317']);
    expect(cited(deferralBasis('PNS', 'major', true))).toEqual(['PP 11/2017', 'Pasal 317']);
  });

  it('a PPPK deferral rests on the PPPK form of Perban BKN 7/2022', () => {
    expect(cited(deferralBasis('PPPK', 'annual'))).toEqual(['Perban BKN 7/2022', 'Lampiran II, bagian VIII']);
  });
});
