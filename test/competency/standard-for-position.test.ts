import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { DEFAULT_STANDARD_LEVELS, standardForPosition, type StandardLevelRow } from '../../src/competency/index';
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
