import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORDER, checkDistribution, type OrgPredikat, type Predikat } from '../../src/performance/index';
import { spread, untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

const breaches = (org: OrgPredikat, counts: Partial<Record<Predikat, number>>) =>
  checkDistribution(org, spread(counts))._unsafeUnwrap().breaches.map((breach) => [breach.rule, breach.count, breach.limit]);

describe('checkDistribution', () => {
  it('§1.11 P7: Org Baik; n=10: B 7, SB 2, BP 1 → valid', () => {
    const check = checkDistribution('good', spread({ good: 7, 'very-good': 2, 'needs-improvement': 1 }))._unsafeUnwrap();
    expect(check.compliant).toBe(true);
    expect(check.breaches).toEqual([]);
    expect(check.headCount).toBe(10);
    expect(check.counts).toEqual({ 'very-good': 2, good: 7, 'needs-improvement': 1, poor: 0, 'very-poor': 0 });
    expect(check.allowed.good).toEqual({ min: 2, max: 7 });
  });
  it('§1.11 P8: Org Baik; n=10: B 8, SB 2 → invalid: B 80% > 70%; no BP/Kurang', () => {
    expect(breaches('good', { good: 8, 'very-good': 2 })).toEqual([
      ['good/good-max-70', 8, 7],
      ['good/needs-improvement-or-poor-exists', 0, 1],
    ]);
  });
  it('§1.11 P9: Org Istimewa; n=10: SB 6, B 4 → valid; with SB 8 → invalid (80%)', () => {
    expect(breaches('outstanding', { 'very-good': 6, good: 4 })).toEqual([]);
    expect(breaches('outstanding', { 'very-good': 8, good: 2 })).toEqual([['outstanding/very-good-max-70', 8, 7]]);
  });
  it('§1.11 P10: Org Butuh Perbaikan; n=10: BP 6, SB 2, B 2 → invalid: SB 20% > 10%', () => {
    expect(breaches('needs-improvement', { 'needs-improvement': 6, 'very-good': 2, good: 2 })).toEqual([
      ['needs-improvement/very-good-max-10', 2, 1],
    ]);
  });
  it('§1.11 P11: Org Kurang; n=10: K 6, BP 1, B 3 → valid (K 60%, BP 10%)', () => {
    expect(breaches('poor', { poor: 6, 'needs-improvement': 1, good: 3 })).toEqual([]);
  });
  it('§1.11 P12: Org Sangat Kurang; n=10: SK 6, K 1, B 2, SB 1 → invalid: SB must be 0', () => {
    expect(breaches('very-poor', { 'very-poor': 6, poor: 1, good: 2, 'very-good': 1 })).toEqual([['very-poor/no-very-good', 1, 0]]);
  });
  it('docs/interpretations.md#predikat-distribution: the named predikat must be the largest group (ties allowed)', () => {
    const check = checkDistribution('good', spread({ good: 2, 'very-good': 3, poor: 1 }))._unsafeUnwrap();
    expect(check.breaches.map((breach) => [breach.rule, breach.outnumberedBy])).toEqual([['good/good-largest', ['very-good']]]);
    expect(check.breaches[0]?.reason.message.id).toBe(
      'Sebagian besar pegawai berpredikat Baik: Baik (2) kalah banyak dari Sangat Baik (3).',
    );
    expect(breaches('good', { good: 3, 'very-good': 3, poor: 1 })).toEqual([]);
  });
  it('docs/interpretations.md#predikat-distribution: minimums ceil — Kurang unit of 12 needs 8 Kurang and 2 Butuh Perbaikan', () => {
    expect(breaches('poor', { poor: 7, 'needs-improvement': 2, good: 3 })).toEqual([['poor/poor-min-60', 7, 8]]);
    expect(breaches('poor', { poor: 9, 'needs-improvement': 1, good: 2 })).toEqual([['poor/needs-improvement-min-10', 1, 2]]);
  });
  it('docs/interpretations.md#predikat-distribution: a Sangat Kurang unit needs Kurang and Butuh Perbaikan together ≥ 10%', () => {
    expect(breaches('very-poor', { 'very-poor': 9, good: 1 })).toEqual([['very-poor/poor-or-needs-improvement-min-10', 0, 1]]);
  });
  it('docs/interpretations.md#predikat-distribution: breaches are warnings with the rule and the counts', () => {
    const check = checkDistribution('good', spread({ good: 8, 'very-good': 2 }))._unsafeUnwrap();
    expect(check.compliant).toBe(false);
    expect(check.reasons.map((why) => [why.code, why.severity])).toEqual([
      ['performance/distribution-counts', 'info'],
      ['performance/distribution-breach', 'warning'],
      ['performance/distribution-breach', 'warning'],
    ]);
    expect(check.reasons[1]?.message.id).toBe('Baik maksimal 70%: 8 dari 10 pegawai, sedangkan yang dibolehkan paling banyak 7.');
    expect(check.reasons[1]?.data).toEqual({ rule: 'good/good-max-70', count: 8, headCount: 10, limit: 7 });
  });
  it('docs/interpretations.md#predikat-distribution: strict mode turns a breach into an error carrying every breach', () => {
    const error = checkDistribution('good', spread({ good: 8, 'very-good': 2 }), { strict: true })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/distribution-breach');
    expect(error.message.en).toBe('Good at most 70%: 8 of 10 employees, where at most 7 are allowed.');
    expect((dataOf(error, 'performance/distribution-breach').breaches as unknown[]).length).toBe(2);
    expect(checkDistribution('good', spread({ good: 7, 'very-good': 2, poor: 1 }), { strict: true }).isOk()).toBe(true);
  });
  it('refuses an empty unit, unknown predikat and a date before SE 3/2023', () => {
    expect(checkDistribution('good', [])._unsafeUnwrapErr().code).toBe('performance/empty-unit');
    expect(checkDistribution('good', untyped(['Baik']))._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
    expect(checkDistribution(untyped('Baik'), ['good'])._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
    expect(checkDistribution('good', ['good'], untyped({ strict: 'yes' }))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(checkDistribution('good', ['good'], { asOf: '2022-06-30' })._unsafeUnwrapErr().code).toBe('performance/no-rule-in-force');
  });
});

describe('properties', () => {
  const org = fc.constantFrom('outstanding', 'good', 'needs-improvement', 'poor', 'very-poor');
  const predicates = fc.array(fc.constantFrom(...PREDIKAT_ORDER), { minLength: 1, maxLength: 80 });
  it('the check does not depend on the order of employees', () => {
    fc.assert(
      fc.property(org, predicates, fc.infiniteStream(fc.nat()), (orgPredikat, list, randoms) => {
        const shuffled = [...list];
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (randoms.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(checkDistribution(orgPredikat, shuffled)._unsafeUnwrap()).toEqual(checkDistribution(orgPredikat, list)._unsafeUnwrap());
      }),
    );
  });
  it('the counts add up to the head count', () => {
    fc.assert(
      fc.property(org, predicates, (orgPredikat, list) => {
        const check = checkDistribution(orgPredikat, list)._unsafeUnwrap();
        expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).toBe(list.length);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, hostileArbitrary, (a, b, c) => {
        const result = checkDistribution(untyped(a), untyped(b), untyped(c));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
