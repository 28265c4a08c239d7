import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { DEFAULT_STANDARD_LEVELS, parseCompetencyLevels, standardForPosition, type StandardLevelRow } from '../../src/competency/index';
import { isParsed } from '../../src/core/parsed';
import { untyped } from './arbitraries';
import type { RuleTable } from '../../src/core';

const ASOF = '2026-01-05' as IsoDate;

describe('standardForPosition', () => {
  it('§2.1 defaults: each position family gets its level for all 9 competencies', () => {
    const cases: [Parameters<typeof standardForPosition>[0], number][] = [
      [{ type: 'jpt', level: 'utama' }, 5],
      [{ type: 'jpt', level: 'madya' }, 5],
      [{ type: 'jpt', level: 'pratama' }, 4],
      [{ type: 'administrator' }, 3],
      [{ type: 'pengawas' }, 2],
      [{ type: 'pelaksana', title: 'Pengadministrasi Umum' }, 1],
      [{ type: 'fungsional', level: 'ahli-utama' }, 4],
      [{ type: 'fungsional', level: 'ahli-madya' }, 3],
      [{ type: 'fungsional', level: 'ahli-muda' }, 2],
      [{ type: 'fungsional', level: 'ahli-pertama' }, 1],
      [{ type: 'fungsional', level: 'penyelia' }, 2],
      [{ type: 'fungsional', level: 'mahir' }, 1],
      [{ type: 'fungsional', level: 'terampil' }, 1],
      [{ type: 'fungsional', level: 'pemula' }, 1],
    ];
    for (const [position, level] of cases) {
      const standard = standardForPosition(position, ASOF)._unsafeUnwrap();
      expect(Object.values(standard.levels)).toEqual([level, level, level, level, level, level, level, level, level]);
    }
  });

  it('§2.4 C6: JPT Pratama defaults ×9 = 36', () => {
    const standard = standardForPosition({ type: 'jpt', level: 'pratama' }, ASOF)._unsafeUnwrap();
    expect(Object.values(standard.levels).reduce((sum, level) => sum + level, 0)).toBe(36);
    expect(standard.position).toBe('jpt-pratama');
    expect(standard.reasons[0]).toMatchObject({ code: 'competency/default-standard', severity: 'warning' });
  });

  it('position-specific levels override the default and add technical competencies', () => {
    const standard = standardForPosition({ type: 'administrator' }, ASOF, {
      levels: { 'public-service': 4, 'road-asset-management': 3 },
    })._unsafeUnwrap();
    expect(standard.levels).toEqual({
      integrity: 3,
      cooperation: 3,
      communication: 3,
      'results-orientation': 3,
      'public-service': 4,
      'developing-self-and-others': 3,
      'managing-change': 3,
      'decision-making': 3,
      'national-cohesion': 3,
      'road-asset-management': 3,
    });
  });

  it('an agency table overrides the default table (info reason)', () => {
    const table: RuleTable<StandardLevelRow> = {
      name: 'medan/standar-kompetensi',
      rows: [{ position: 'pengawas', level: 3, basis: { instrument: 'Perwal Medan (contoh)' }, effective: { from: '2025-01-01' as IsoDate } }],
    };
    const standard = standardForPosition({ type: 'pengawas' }, ASOF, { table })._unsafeUnwrap();
    expect(standard.levels.integrity).toBe(3);
    expect(standard.reasons[0]).toMatchObject({ severity: 'info', data: { level: 3, table: 'medan/standar-kompetensi' } });
    expect(standardForPosition({ type: 'pengawas' }, '2024-12-31' as IsoDate, { table })._unsafeUnwrapErr().code).toBe(
      'competency/no-rule-in-force',
    );
  });

  it('guru and dosen have no default standard', () => {
    expect(standardForPosition({ type: 'guru' }, ASOF)._unsafeUnwrapErr().code).toBe('competency/no-default-standard');
    expect(standardForPosition({ type: 'dosen', professor: true }, ASOF)._unsafeUnwrapErr().data).toEqual({ position: 'dosen' });
  });

  it('before 2018 the default table is not in force; bad input is a coded error', () => {
    expect(standardForPosition({ type: 'pengawas' }, '2017-12-31' as IsoDate)._unsafeUnwrapErr().code).toBe('competency/no-rule-in-force');
    // @ts-expect-error: intentionally invalid position
    expect(standardForPosition({ type: 'jpt' }, ASOF)._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(standardForPosition({ type: 'pengawas' }, '2026-02-30' as IsoDate)._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(standardForPosition({ type: 'pengawas' }, ASOF, { levels: { integrity: 9 } })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });

  it('the default table is marked as a default', () => {
    expect(DEFAULT_STANDARD_LEVELS.rows.every((row) => row.basis.note?.startsWith('asn-kit default') === true)).toBe(true);
    expect(DEFAULT_STANDARD_LEVELS.rows.every((row) => row.basis.evidence === 'unverified')).toBe(true);
    expect(DEFAULT_STANDARD_LEVELS.rows.every((row) => row.basis.interpretation === 'default-standard-levels')).toBe(true);
  });
});

describe('standardForPosition: whole results', () => {
  it('§2.1 pengawas default (level 2): the warning that the default is unverified, in full', () => {
    expect(standardForPosition({ type: 'pengawas' }, ASOF)._unsafeUnwrap()).toEqual({
      position: 'pengawas',
      levels: {
        integrity: 2,
        cooperation: 2,
        communication: 2,
        'results-orientation': 2,
        'public-service': 2,
        'developing-self-and-others': 2,
        'managing-change': 2,
        'decision-making': 2,
        'national-cohesion': 2,
      },
      reasons: [
        {
          code: 'competency/default-standard',
          severity: 'warning',
          basis: {
            instrument: 'PermenPANRB 38/2017',
            note: 'asn-kit default, not checked against the Lampiran: the standard is set per position in the agency’s Standar Kompetensi Jabatan — override it',
            evidence: 'unverified',
            interpretation: 'default-standard-levels',
          },
          message: {
            id: 'Standar bawaan asn-kit untuk pengawas: level 2 untuk kompetensi manajerial dan sosial kultural (belum diverifikasi; gunakan Standar Kompetensi Jabatan instansi).',
            en: 'asn-kit default standard for pengawas: level 2 for the managerial and socio-cultural competencies (unverified; use the agency’s position standard).',
          },
          data: { level: 2, table: 'competency/default-standard-levels' },
        },
      ],
    });
  });

  it('an agency table for a fungsional position: the info reason in full, its basis the row’s', () => {
    const table: RuleTable<StandardLevelRow> = {
      name: 'medan/standar',
      rows: [
        { position: 'fungsional-ahli-madya', level: 4, basis: { instrument: 'Perwal Medan (contoh)' }, effective: { from: '2025-01-01' as IsoDate } },
        { position: 'fungsional-ahli-muda', level: 3, basis: { instrument: 'Perwal Medan (contoh)' }, effective: { from: '2025-01-01' as IsoDate } },
      ],
    };
    const standard = standardForPosition({ type: 'fungsional', level: 'ahli-muda' }, ASOF, { table })._unsafeUnwrap();
    expect(standard.position).toBe('fungsional-ahli-muda');
    expect(standard.levels['decision-making']).toBe(3);
    expect(standard.reasons).toEqual([
      {
        code: 'competency/default-standard',
        severity: 'info',
        basis: { instrument: 'Perwal Medan (contoh)' },
        message: {
          id: 'Standar fungsional-ahli-muda: level 3 untuk kompetensi manajerial dan sosial kultural (tabel medan/standar).',
          en: 'Standard for fungsional-ahli-muda: level 3 for the managerial and socio-cultural competencies (table medan/standar).',
        },
        data: { level: 3, table: 'medan/standar' },
      },
    ]);
  });

  it('guru: the error in full; dosen names itself', () => {
    expect(standardForPosition({ type: 'guru' }, ASOF)._unsafeUnwrapErr()).toEqual({
      code: 'competency/no-default-standard',
      severity: 'error',
      basis: { instrument: 'PermenPANRB 38/2017', note: 'the standard of guru and dosen positions is set by their instansi pembina' },
      message: {
        id: 'Jabatan guru tidak memiliki standar kompetensi bawaan; berikan standar jabatannya.',
        en: 'A guru position has no default competency standard; supply the position’s standard.',
      },
      data: { position: 'guru' },
    });
    expect(standardForPosition({ type: 'dosen' }, ASOF)._unsafeUnwrapErr().message.en).toBe(
      'A dosen position has no default competency standard; supply the position’s standard.',
    );
  });

  it('a date before the default table: the no-rule error names the table and the date', () => {
    expect(standardForPosition({ type: 'pengawas' }, '2017-01-05' as IsoDate)._unsafeUnwrapErr()).toMatchObject({
      code: 'competency/no-rule-in-force',
      data: { table: 'competency/default-standard-levels', date: '2017-01-05' },
    });
  });

  it('options with levels already parsed, or empty, are used as given', () => {
    const levels = parseCompetencyLevels({ integrity: 5 })._unsafeUnwrap();
    expect(standardForPosition({ type: 'pelaksana' }, ASOF, { levels })._unsafeUnwrap().levels.integrity).toBe(5);
    expect(standardForPosition({ type: 'pelaksana' }, ASOF, {})._unsafeUnwrap().levels.integrity).toBe(1);
  });

  it('an unknown option key, or a malformed table, is invalid input', () => {
    expect(standardForPosition({ type: 'pelaksana' }, ASOF, untyped({ level: { integrity: 2 } }))._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
    expect(standardForPosition({ type: 'pelaksana' }, ASOF, untyped({ table: { name: 't', rows: null } }))._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });

  it('the standard’s levels are taken by competencyGap as parsed levels', () => {
    const standard = standardForPosition({ type: 'administrator' }, ASOF)._unsafeUnwrap();
    expect(isParsed(standard.levels, 'competency/levels')).toBe(true);
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (position, asOf, options) => {
        const result = standardForPosition(position as never, asOf as never, options as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
