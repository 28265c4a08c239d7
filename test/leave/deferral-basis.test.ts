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

describe('deferralBasis, whole', () => {
  it('names the reading of each basis (docs/interpretations.md#annual-deferral, #leave-decisions)', () => {
    expect(deferralBasis('PNS', 'annual')).toEqual({ instrument: 'PP 11/2017', article: 'Pasal 314', interpretation: 'annual-deferral' });
    expect(deferralBasis('PNS', 'annual', true)).toEqual({ instrument: 'PP 11/2017', article: 'Pasal 314 ayat (2)', interpretation: 'annual-deferral' });
    expect(deferralBasis('CPNS', 'major')).toEqual({ instrument: 'PP 11/2017', article: 'Pasal 317', interpretation: 'annual-deferral' });
    expect(deferralBasis('PPPK', 'sick', true)).toEqual({
      instrument: 'Perban BKN 7/2022', article: 'Lampiran II, bagian VIII',
      note: 'the four outcomes apply to PPPK; the deferred days follow the PNS rule', interpretation: 'leave-decisions',
    });
  });
});
