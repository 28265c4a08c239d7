import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPETENCY_DICTIONARY, defineCompetency, parseTechnicalCompetency } from '../../src/competency/index';
import { isParsed } from '../../src/core/parsed';
import { untyped } from './arbitraries';

const LEVELS = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `Level ${String(level)}`, en: `Level ${String(level)}` } }));

describe('defineCompetency', () => {
  it('defines a technical competency in the dictionary shape', () => {
    const definition = defineCompetency({
      code: 'road-asset-management',
      name: { id: 'Pengelolaan Aset Jalan', en: 'Road asset management' },
      description: { id: 'Mengelola aset jalan kota', en: 'Manages the city’s road assets' },
      levels: LEVELS,
    })._unsafeUnwrap();
    expect(definition.kind).toBe('technical');
    expect(definition.basis).toEqual({ instrument: 'PermenPANRB 38/2017', note: 'technical competency defined by the agency' });
    expect(definition.levels[4]).toEqual({ level: 5, description: { id: 'Level 5', en: 'Level 5' } });
  });

  it('keeps a given basis', () => {
    const definition = defineCompetency({
      code: 'sipd',
      name: { id: 'SIPD', en: 'SIPD' },
      description: { id: 'SIPD', en: 'SIPD' },
      levels: LEVELS,
      basis: { instrument: 'Permendagri 70/2019' },
    })._unsafeUnwrap();
    expect(definition.basis).toEqual({ instrument: 'Permendagri 70/2019' });
  });

  it('a built-in code is reserved; a bad code or level list is invalid', () => {
    const base = { name: { id: 'X', en: 'X' }, description: { id: 'X', en: 'X' }, levels: LEVELS };
    expect(defineCompetency({ ...base, code: 'integrity' })._unsafeUnwrapErr().code).toBe('competency/reserved-code');
    expect(defineCompetency({ ...base, code: 'Road Assets' })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(defineCompetency({ ...base, code: 'x', levels: LEVELS.slice(0, 4) })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(defineCompetency({ ...base, code: 'x', levels: [...LEVELS].reverse() })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });
});

describe('defineCompetency: whole results', () => {
  const base = { name: { id: 'Operasi SIPD', en: 'SIPD operation' }, description: { id: 'SIPD', en: 'SIPD' }, levels: LEVELS };

  it('the definition in full, the default basis naming the agency as its author', () => {
    expect(defineCompetency({ ...base, code: 'sipd-operation' })._unsafeUnwrap()).toEqual({
      code: 'sipd-operation',
      kind: 'technical',
      name: { id: 'Operasi SIPD', en: 'SIPD operation' },
      description: { id: 'SIPD', en: 'SIPD' },
      levels: LEVELS,
      basis: { instrument: 'PermenPANRB 38/2017', note: 'technical competency defined by the agency' },
    });
  });

  it('a reserved code: the error in full', () => {
    expect(defineCompetency({ ...base, code: 'national-cohesion' })._unsafeUnwrapErr()).toEqual({
      code: 'competency/reserved-code',
      severity: 'error',
      basis: { instrument: 'PermenPANRB 38/2017', article: 'Lampiran (Kamus Kompetensi)' },
      message: {
        id: 'Kode "national-cohesion" sudah dipakai kamus kompetensi PermenPANRB 38/2017.',
        en: 'The code "national-cohesion" is already used by the PermenPANRB 38/2017 dictionary.',
      },
      data: { code: 'national-cohesion' },
    });
  });

  it('a value from parseTechnicalCompetency gives the same definition, recorded for trainingNeeds', () => {
    const parsed = parseTechnicalCompetency({ ...base, code: 'sipd-operation' })._unsafeUnwrap();
    const definition = defineCompetency(parsed)._unsafeUnwrap();
    expect(definition.code).toBe('sipd-operation');
    expect(isParsed(definition, 'competency/definition')).toBe(true);
    expect(defineCompetency(untyped({ ...base, code: 'sipd-operation', levels: 'five' }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('COMPETENCY_DICTIONARY', () => {
  it('holds the 8 managerial competencies and Perekat Bangsa, each with levels 1–5', () => {
    expect(COMPETENCY_DICTIONARY.map((entry) => entry.name.id)).toEqual([
      'Integritas',
      'Kerjasama',
      'Komunikasi',
      'Orientasi pada Hasil',
      'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain',
      'Mengelola Perubahan',
      'Pengambilan Keputusan',
      'Perekat Bangsa',
    ]);
    expect(COMPETENCY_DICTIONARY.filter((entry) => entry.kind === 'managerial')).toHaveLength(8);
    for (const entry of COMPETENCY_DICTIONARY) expect(entry.levels.map((item) => item.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('§2.1 Pengambilan Keputusan L1–L4 as in the Lampiran', () => {
    const entry = COMPETENCY_DICTIONARY.find((item) => item.code === 'decision-making')!;
    expect(entry.levels.slice(0, 4).map((item) => item.description.id)).toEqual([
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam',
      'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko',
    ]);
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = defineCompetency(input as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
