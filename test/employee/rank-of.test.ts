import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PNS_GOLONGAN, PPPK_GOLONGAN, rankOf } from '../../src/employee/index';
import { untyped } from './arbitraries';

describe('rankOf', () => {
  it('§5.6 example 9: III/d → "Penata Tingkat I"', () => {
    expect(rankOf('III/d')._unsafeUnwrap()).toEqual({
      scheme: 'pns',
      golongan: 'III/d',
      pangkat: 'Penata Tingkat I',
      group: 'III',
      ruang: 'd',
      grade: 12,
      reasons: [
        {
          code: 'employee/rank',
          severity: 'info',
          basis: { instrument: 'PP 99/2000', article: 'Lampiran', note: 'jo. PP 12/2002' },
          message: { id: 'Golongan ruang III/d: pangkat Penata Tingkat I.', en: 'Golongan/ruang III/d: pangkat Penata Tingkat I.' },
        },
      ],
    });
  });

  it('§5.6 example 9: IV/d → "Pembina Utama Madya"', () => {
    expect(rankOf('IV/d')._unsafeUnwrap()).toMatchObject({ pangkat: 'Pembina Utama Madya', grade: 16 });
  });

  it('§5.6 example 9: PPPK "XVII" is valid, "XVIII" is invalid', () => {
    expect(rankOf('XVII')._unsafeUnwrap()).toMatchObject({ scheme: 'pppk', golongan: 'XVII', grade: 17 });
    expect(rankOf('XVIII')._unsafeUnwrapErr().code).toBe('employee/unknown-golongan');
  });

  it('§5.1: every pangkat of PP 99/2000', () => {
    const pangkat = PNS_GOLONGAN.map((golongan) => {
      const rank = rankOf(golongan)._unsafeUnwrap();
      return rank.scheme === 'pns' ? rank.pangkat : '';
    });
    expect(pangkat).toEqual([
      'Juru Muda', 'Juru Muda Tingkat I', 'Juru', 'Juru Tingkat I',
      'Pengatur Muda', 'Pengatur Muda Tingkat I', 'Pengatur', 'Pengatur Tingkat I',
      'Penata Muda', 'Penata Muda Tingkat I', 'Penata', 'Penata Tingkat I',
      'Pembina', 'Pembina Tingkat I', 'Pembina Utama Muda', 'Pembina Utama Madya', 'Pembina Utama',
    ]);
  });

  it('reads "III" as PPPK golongan III, not a PNS group', () => {
    expect(rankOf('III')._unsafeUnwrap()).toMatchObject({ scheme: 'pppk', grade: 3 });
  });

  it('ignores surrounding spaces but nothing else', () => {
    expect(rankOf(' I/a ')._unsafeUnwrap()).toMatchObject({ golongan: 'I/a', pangkat: 'Juru Muda', group: 'I', ruang: 'a', grade: 1 });
    expect(rankOf('iii/d')._unsafeUnwrapErr().code).toBe('employee/unknown-golongan');
    expect(rankOf('IV/f')._unsafeUnwrapErr().code).toBe('employee/unknown-golongan');
  });

  it('gives employee/unknown-golongan for a value that is not a string', () => {
    const error = rankOf(untyped(3))._unsafeUnwrapErr();
    expect(error.code).toBe('employee/unknown-golongan');
    expect(error.data).toEqual({ input: 'number' });
  });
});

describe('properties', () => {
  it('grades rise by one along each ladder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), (index) => {
        const pns = (golongan: string): number => rankOf(golongan)._unsafeUnwrap().grade;
        expect(pns(PNS_GOLONGAN[index + 1]!) - pns(PNS_GOLONGAN[index]!)).toBe(1);
        expect(pns(PPPK_GOLONGAN[index + 1]!) - pns(PPPK_GOLONGAN[index]!)).toBe(1);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = rankOf(untyped(input));
        expect(result.isOk() || result.error.code === 'employee/unknown-golongan').toBe(true);
      }),
    );
  });
});

describe('rankOf — the PPPK result and the unknown golongan as written', () => {
  it('PPPK golongan IX: grade 9 of 17, with its reason', () => {
    expect(rankOf('IX')._unsafeUnwrap()).toEqual({
      scheme: 'pppk',
      golongan: 'IX',
      grade: 9,
      reasons: [{
        code: 'employee/rank',
        severity: 'info',
        basis: {
          instrument: 'Perpres 98/2020',
          article: 'Lampiran',
          note: 'the Lampiran was not read; the golongan are those of every PPPK salary table',
          evidence: 'secondary-source',
        },
        message: { id: 'Golongan PPPK IX (9 dari 17).', en: 'PPPK golongan IX (9 of 17).' },
      }],
    });
  });
  it('an unknown golongan names the string given, or the type of any other value', () => {
    expect(rankOf('XVIII')._unsafeUnwrapErr().data).toEqual({ input: 'XVIII' });
    expect(rankOf(untyped(42))._unsafeUnwrapErr().data).toEqual({ input: 'number' });
  });
});
