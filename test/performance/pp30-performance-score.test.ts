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
