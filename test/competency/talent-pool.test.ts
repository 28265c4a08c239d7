import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { talentPool } from '../../src/competency/index';

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
