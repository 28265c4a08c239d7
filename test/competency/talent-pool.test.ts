import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { talentPool } from '../../src/competency/index';
import { untyped } from './arbitraries';

const ENTRIES = [
  { nip: '199001012015031002', name: 'Budi Santoso', performance: 'good' as const, potential: 'low' as const },
  { nip: '198503152010012003', name: 'Rina Siregar', performance: 'very-good' as const, potential: 'high' as const },
  { nip: '198807242011011001', performance: 'good' as const, potential: 'high' as const },
  { nip: '197905102003122004', performance: 'needs-improvement' as const, potential: 'medium' as const },
];

describe('talentPool', () => {
  it('lists succession candidates (boxes 7–9), best box first, and everyone placed', () => {
    const pool = talentPool(ENTRIES)._unsafeUnwrap();
    expect(pool.placements.map((placement) => [placement.nip, placement.box])).toEqual([
      ['198503152010012003', 9],
      ['198807242011011001', 8],
      ['197905102003122004', 3],
      ['199001012015031002', 2],
    ]);
    expect(pool.successionCandidates.map((placement) => placement.nip)).toEqual(['198503152010012003', '198807242011011001']);
    expect(pool.placements[0]?.name).toBe('Rina Siregar');
    expect(pool.placements[1]?.name).toBeUndefined();
    expect(pool.boxCounts).toEqual([0, 1, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('says who needs what', () => {
    const pool = talentPool(ENTRIES)._unsafeUnwrap();
    expect(pool.needs.map((need) => [need.recommendation, need.nips])).toEqual([
      ['promote', ['198503152010012003']],
      ['retain', ['198503152010012003', '198807242011011001']],
      ['succession-pool', ['198503152010012003', '198807242011011001']],
      ['reward', ['198503152010012003']],
      ['rotation-or-enlargement', ['198807242011011001']],
      ['competency-development', ['197905102003122004', '199001012015031002']],
      ['suitable-placement', ['197905102003122004', '199001012015031002']],
      ['performance-coaching', ['198807242011011001', '197905102003122004', '199001012015031002']],
      ['performance-counselling', ['197905102003122004']],
    ]);
    expect(pool.reasons[0]?.message.en).toBe('4 employees placed; 2 in the succession pool.');
  });

  it('the Kemenkeu numbering gives the same pool', () => {
    const pool = talentPool(ENTRIES, { scheme: 'kemenkeu' })._unsafeUnwrap();
    expect(pool.successionCandidates.map((placement) => [placement.nip, placement.box])).toEqual([
      ['198503152010012003', 9],
      ['198807242011011001', 7],
    ]);
  });

  it('duplicate NIPs and malformed NIPs are coded errors', () => {
    expect(talentPool([ENTRIES[0]!, ENTRIES[0]!])._unsafeUnwrapErr()).toMatchObject({
      code: 'competency/duplicate-nip',
      data: { nip: '199001012015031002' },
    });
    expect(talentPool([{ ...ENTRIES[0]!, nip: '19900101 201503 1 002' }])._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('talentPool: whole results', () => {
  const NINE_BOX_BASIS = {
    instrument: 'PermenPANRB 3/2020',
    article: 'Lampiran',
    note: 'grid 4 7 9 / 2 5 8 / 1 3 6 as in the KemenPANRB talent-management deck (the Lampiran was not read)',
    evidence: 'secondary-source',
    interpretation: 'nine-box',
  };

  it('two people in the same box: ordered by NIP, the summary reason in full, needs in the recommendations’ order', () => {
    const pool = talentPool([
      { nip: '199001012015031002', performance: 'meets', potential: 'medium' },
      { nip: '198503152010012003', name: 'Rina', performance: 'meets', potential: 'medium' },
    ])._unsafeUnwrap();
    expect(pool.placements.map((placement) => [placement.nip, placement.name, placement.box])).toEqual([
      ['198503152010012003', 'Rina', 5],
      ['199001012015031002', undefined, 5],
    ]);
    expect(pool.placements[1]).not.toHaveProperty('name');
    expect(pool.successionCandidates).toEqual([]);
    expect(pool.boxCounts).toEqual([0, 0, 0, 0, 2, 0, 0, 0, 0]);
    expect(pool.needs).toEqual([
      { recommendation: 'competency-development', label: { id: 'Pengembangan kompetensi', en: 'Competency development' }, nips: ['198503152010012003', '199001012015031002'] },
      { recommendation: 'suitable-placement', label: { id: 'Penempatan yang sesuai', en: 'Suitable placement' }, nips: ['198503152010012003', '199001012015031002'] },
      { recommendation: 'performance-coaching', label: { id: 'Bimbingan kinerja', en: 'Performance coaching' }, nips: ['198503152010012003', '199001012015031002'] },
    ]);
    expect(pool.reasons).toEqual([
      {
        code: 'competency/talent-pool',
        severity: 'info',
        basis: NINE_BOX_BASIS,
        message: { id: '2 pegawai dipetakan; 0 masuk kelompok rencana suksesi.', en: '2 employees placed; 0 in the succession pool.' },
        data: { placed: 2, candidates: 0, scheme: 'permenpanrb-3-2020' },
      },
    ]);
  });

  it('the same box and NIPs given in order stay in order; a better box always comes first', () => {
    const pool = talentPool([
      { nip: '100000000000000001', performance: 'below', potential: 'low' },
      { nip: '100000000000000002', performance: 'below', potential: 'low' },
      { nip: '100000000000000003', performance: 'above', potential: 'low' },
    ])._unsafeUnwrap();
    expect(pool.placements.map((placement) => placement.nip)).toEqual(['100000000000000003', '100000000000000001', '100000000000000002']);
    expect(pool.boxCounts).toEqual([2, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('a duplicate NIP: the error in full', () => {
    const entry = { nip: '199001012015031002', performance: 'good' as const, potential: 'low' as const };
    expect(talentPool([entry, { ...entry, potential: 'high' }])._unsafeUnwrapErr()).toEqual({
      code: 'competency/duplicate-nip',
      severity: 'error',
      basis: { instrument: 'PermenPANRB 3/2020', note: 'one placement per employee' },
      message: { id: 'NIP 199001012015031002 muncul lebih dari sekali.', en: 'NIP 199001012015031002 appears more than once.' },
      data: { nip: '199001012015031002' },
    });
  });

  it('an empty list places nobody; bad options are invalid input', () => {
    expect(talentPool([])._unsafeUnwrap()).toMatchObject({ placements: [], needs: [], boxCounts: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(talentPool([], untyped({ scheme: 'kemenkeu-2' }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('properties', () => {
  it('every placement appears once, and candidates are exactly the boxes ≥ 7', () => {
    const entry = fc.record({
      nip: fc.stringMatching(/^\d{18}$/),
      performance: fc.constantFrom('very-good' as const, 'good' as const, 'needs-improvement' as const, 'poor' as const, 'very-poor' as const),
      potential: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (item) => item.nip, maxLength: 20 }), (entries) => {
        const pool = talentPool(entries)._unsafeUnwrap();
        return (
          pool.placements.length === entries.length &&
          pool.boxCounts.reduce((sum, count) => sum + count, 0) === entries.length &&
          pool.successionCandidates.length === pool.placements.filter((placement) => placement.box >= 7).length
        );
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (entries, options) => {
        const result = talentPool(entries as never, options as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
