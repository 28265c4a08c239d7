import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateWorkRating, type Rating } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

const main = (rhkId: string, rating: Rating) => ({ rhkId, kind: 'main' as const, rating });
const extra = (rhkId: string, rating: Rating) => ({ rhkId, kind: 'additional' as const, rating });

describe('aggregateWorkRating', () => {
  it('§1.4 Di Atas: most results above and no main result below', () => {
    const advice = aggregateWorkRating({ results: [main('R1', 'above'), main('R2', 'above'), extra('T1', 'meets')] })._unsafeUnwrap();
    expect(advice.advisory).toBe('above');
    expect(advice.rating).toBe('above');
    expect(advice.overridden).toBe(false);
    expect(advice.counts).toEqual({ above: 2, meets: 1, below: 0 });
  });
  it('§1.4: a main result below keeps the advice from Di Atas', () => {
    const results = [main('R1', 'above'), main('R2', 'above'), main('R3', 'above'), main('R4', 'below')];
    expect(aggregateWorkRating({ results })._unsafeUnwrap().advisory).toBe('meets');
  });
  it('§1.4 Sesuai: mostly meeting, only a small part of the main results below', () => {
    const results = [main('R1', 'meets'), main('R2', 'meets'), main('R3', 'below'), extra('T1', 'above')];
    const advice = aggregateWorkRating({ results })._unsafeUnwrap();
    expect(advice.advisory).toBe('meets');
    expect(advice.mainBelow).toBe(1);
  });
  it('§1.4 Di Bawah: most results below', () => {
    const results = [main('R1', 'meets'), extra('T1', 'below'), extra('T2', 'below')];
    expect(aggregateWorkRating({ results })._unsafeUnwrap().advisory).toBe('below');
  });
  it('§1.4 Di Bawah: half of the main results below is more than a small part', () => {
    const results = [main('R1', 'above'), main('R2', 'below'), extra('T1', 'above'), extra('T2', 'above')];
    expect(aggregateWorkRating({ results })._unsafeUnwrap().advisory).toBe('below');
  });
  it('docs/interpretations.md#work-rating-aggregation: the assessor overrides the advice, and the override is reported', () => {
    const advice = aggregateWorkRating({ results: [main('R1', 'meets')], override: 'above' })._unsafeUnwrap();
    expect(advice.advisory).toBe('meets');
    expect(advice.rating).toBe('above');
    expect(advice.overridden).toBe(true);
    expect(advice.reasons.map((why) => why.code)).toEqual(['performance/advisory-work-rating', 'performance/assessor-override']);
  });
  it('an override equal to the advice is not an override', () => {
    const advice = aggregateWorkRating({ results: [main('R1', 'meets')], override: 'meets' })._unsafeUnwrap();
    expect(advice.overridden).toBe(false);
    expect(advice.reasons).toHaveLength(1);
  });
  it('needs at least one main result', () => {
    expect(aggregateWorkRating({ results: [extra('T1', 'above')] })._unsafeUnwrapErr().code).toBe('performance/no-main-result');
    expect(aggregateWorkRating({ results: [] })._unsafeUnwrapErr().code).toBe('performance/no-main-result');
  });
  it('refuses an unknown rating', () => {
    expect(aggregateWorkRating({ results: [main('R1', untyped('excellent'))] })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('aggregateWorkRating — boundaries and reasons', () => {
  const BASIS = {
    instrument: 'PermenPANRB 6/2022',
    article: 'Lampiran (rating hasil kerja)',
    note: 'advisory; the assessor decides',
    interpretation: 'work-rating-aggregation',
  };

  it('advises meets when exactly half of the results are below (none of them main), or exactly half above', () => {
    const half = aggregateWorkRating({ results: [main('R1', 'above'), main('R2', 'above'), extra('T1', 'below'), extra('T2', 'below')] })._unsafeUnwrap();
    expect(half).toEqual({
      advisory: 'meets',
      rating: 'meets',
      overridden: false,
      counts: { above: 2, meets: 0, below: 2 },
      mainBelow: 0,
      basis: BASIS,
      reasons: [
        {
          code: 'performance/advisory-work-rating',
          severity: 'info',
          basis: BASIS,
          message: {
            id: 'Saran rating hasil kerja: Sesuai Ekspektasi (2 di atas, 0 sesuai, 2 di bawah; 0 dari 2 hasil kerja utama di bawah ekspektasi).',
            en: 'Advised work rating: meets expectations (2 above, 0 meeting, 2 below; 0 of 2 main results below expectations).',
          },
          data: { counts: { above: 2, meets: 0, below: 2 }, main: 2, mainBelow: 0 },
        },
      ],
    });
    const halfAbove = aggregateWorkRating({ results: [main('R1', 'above'), main('R2', 'above'), extra('T1', 'meets'), extra('T2', 'meets')] });
    expect(halfAbove._unsafeUnwrap().advisory).toBe('meets');
  });

  it('words an override in both languages', () => {
    const advice = aggregateWorkRating({ results: [main('R1', 'above'), main('R2', 'meets'), extra('T1', 'below')], override: 'above' })._unsafeUnwrap();
    expect(advice.reasons[1]).toEqual({
      code: 'performance/assessor-override',
      severity: 'info',
      basis: BASIS,
      message: {
        id: 'Pejabat penilai menetapkan Di Atas Ekspektasi, berbeda dari saran Sesuai Ekspektasi.',
        en: 'The assessor set above expectations, unlike the advised meets expectations.',
      },
    });
  });

  it('refuses ratings without a main result with its own error, in both languages', () => {
    expect(aggregateWorkRating({ results: [extra('T1', 'meets')] })._unsafeUnwrapErr()).toEqual({
      code: 'performance/no-main-result',
      severity: 'error',
      basis: BASIS,
      message: { id: 'Rating hasil kerja memerlukan paling sedikit satu hasil kerja utama.', en: 'A work rating needs at least one main result.' },
      data: {},
    });
  });
});

describe('properties', () => {
  const rating = fc.constantFrom('above', 'meets', 'below');
  const results = fc.array(fc.record({ kind: fc.constantFrom('main', 'additional'), rating }), { minLength: 1, maxLength: 12 });
  it('an override always wins', () => {
    fc.assert(
      fc.property(results, rating, (list, override) => {
        const input = { results: [main('R0', 'meets'), ...list.map((r, i) => ({ rhkId: `R${String(i + 1)}`, ...r }))], override };
        expect(aggregateWorkRating(input)._unsafeUnwrap().rating).toBe(override);
      }),
    );
  });
  it('the advice does not depend on the order of the results', () => {
    fc.assert(
      fc.property(results, (list) => {
        const rows = [main('R0', 'meets'), ...list.map((r, i) => ({ rhkId: `R${String(i + 1)}`, ...r }))];
        const forward = aggregateWorkRating({ results: rows })._unsafeUnwrap().advisory;
        const backward = aggregateWorkRating({ results: [...rows].reverse() })._unsafeUnwrap().advisory;
        expect(backward).toBe(forward);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = aggregateWorkRating(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
