import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pp30PerformanceScore } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('pp30PerformanceScore', () => {
  it('§1.11 H6: PP30 70/30: SKP 115, perilaku 100, no new idea → 110,5 → Baik (not SB)', () => {
    const result = pp30PerformanceScore({ skpScore: 115, behaviourScore: 100 })._unsafeUnwrap();
    expect(result.score).toBe(110.5);
    expect(result.band).toBe('good');
    expect(result.weights).toEqual([70, 30]);
    expect(result.reasons.map((why) => why.code)).toEqual(['performance/legacy-score', 'performance/no-new-idea']);
  });
  it('§1.11 H6 with a new idea → Sangat Baik', () => {
    const result = pp30PerformanceScore({ skpScore: 115, behaviourScore: 100, newIdea: true })._unsafeUnwrap();
    expect(result.band).toBe('very-good');
    expect(result.label.id).toBe('Sangat Baik');
    expect(result.reasons).toHaveLength(1);
  });
  it('§1.11 H7: PP30 60/40: SKP 80, perilaku 70 → 76,0 → Cukup', () => {
    const result = pp30PerformanceScore({ skpScore: 80, behaviourScore: 70, peerInput: true })._unsafeUnwrap();
    expect(result.score).toBe(76);
    expect(result.label.id).toBe('Cukup');
    expect(result.weights).toEqual([60, 40]);
  });
  it('Ps 41(5): band edges 90, 70, 50', () => {
    const label = (value: number) => pp30PerformanceScore({ skpScore: value, behaviourScore: value })._unsafeUnwrap().label.id;
    expect([label(90), label(89.99), label(70), label(69.99), label(50), label(49.99)]).toEqual([
      'Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', 'Sangat Kurang',
    ]);
  });
  it('refuses values above 120', () => {
    expect(pp30PerformanceScore({ skpScore: 121, behaviourScore: 100 })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('pp30PerformanceScore — the 110 boundary', () => {
  it('notes from exactly 110 that without a new idea the band is Baik, in both languages', () => {
    expect(pp30PerformanceScore({ skpScore: 110, behaviourScore: 110 })._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/legacy-score',
        severity: 'info',
        basis: { instrument: 'PP 30/2019', article: 'Pasal 41 ayat (2)–(5)', interpretation: 'legacy-bands' },
        message: { id: '70% × 110 + 30% × 110 = 110: Baik.', en: '70% × 110 + 30% × 110 = 110: good.' },
        data: { skpScore: 110, behaviourScore: 110, weights: [70, 30], score: 110 },
      },
      {
        code: 'performance/no-new-idea',
        severity: 'info',
        basis: { instrument: 'PP 30/2019', article: 'Pasal 41 ayat (5) huruf a' },
        message: {
          id: 'Nilai 110 berada pada rentang 110–120, tetapi tanpa ide baru atau cara baru predikatnya Baik.',
          en: 'The value 110 is within 110–120, but without a new idea or method the band is Baik.',
        },
      },
    ]);
    expect(pp30PerformanceScore({ skpScore: 110, behaviourScore: 109.9 })._unsafeUnwrap().reasons.map((why) => why.code)).toEqual(['performance/legacy-score']);
  });
});

describe('properties', () => {
  it('a new idea never lowers the band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), fc.boolean(), (skp, behaviour, peerInput) => {
        const without = pp30PerformanceScore({ skpScore: skp, behaviourScore: behaviour, peerInput })._unsafeUnwrap();
        const withIdea = pp30PerformanceScore({ skpScore: skp, behaviourScore: behaviour, peerInput, newIdea: true })._unsafeUnwrap();
        const order = ['very-good', 'good', 'fair', 'poor', 'very-poor'];
        expect(order.indexOf(withIdea.band)).toBeLessThanOrEqual(order.indexOf(without.band));
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = pp30PerformanceScore(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
