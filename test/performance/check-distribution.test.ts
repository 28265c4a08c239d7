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

describe('checkDistribution — the reasons, word for word', () => {
  const BASIS = { instrument: 'SE MenPANRB 3/2023', article: 'Lampiran (pola distribusi predikat kinerja pegawai)', interpretation: 'predikat-distribution' };

  it('sums up the counts and words a largest-group breach (each predikat that outnumbers it) and a minimum breach', () => {
    const check = checkDistribution('good', spread({ 'very-good': 3, 'needs-improvement': 3, good: 2 }))._unsafeUnwrap();
    expect(check.reasons).toEqual([
      {
        code: 'performance/distribution-counts',
        severity: 'info',
        basis: BASIS,
        message: {
          id: 'Unit berpredikat Baik, 8 pegawai: Sangat Baik 3, Baik 2, Butuh Perbaikan 3, Kurang/Misconduct 0, Sangat Kurang 0; 1 ketentuan dilanggar.',
          en: 'A good unit of 8: very good 3, good 2, needs improvement 3, poor/misconduct 0, very poor 0; 1 rule(s) broken.',
        },
        data: { counts: { 'very-good': 3, good: 2, 'needs-improvement': 3, poor: 0, 'very-poor': 0 } },
      },
      {
        code: 'performance/distribution-breach',
        severity: 'warning',
        basis: BASIS,
        message: {
          id: 'Sebagian besar pegawai berpredikat Baik: Baik (2) kalah banyak dari Sangat Baik (3), Butuh Perbaikan (3).',
          en: 'Good is the largest group: good (2) is outnumbered by very good (3), needs improvement (3).',
        },
        data: { rule: 'good/good-largest', count: 2, headCount: 8, outnumberedBy: ['very-good', 'needs-improvement'] },
      },
    ]);
    const none = checkDistribution('good', spread({ 'very-good': 3, good: 2 }))._unsafeUnwrap();
    expect(none.reasons[2]).toEqual({
      code: 'performance/distribution-breach',
      severity: 'warning',
      basis: BASIS,
      message: {
        id: 'Harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang: 0 dari 5 pegawai, sedangkan yang dibolehkan paling sedikit 1.',
        en: 'At least one employee must be rated needs improvement and/or poor: 0 of 5 employees, where at least 1 are allowed.',
      },
      data: { rule: 'good/needs-improvement-or-poor-exists', count: 0, headCount: 5, limit: 1 },
    });
  });

  it('words a maximum breach, and a compliant unit', () => {
    const over = checkDistribution('good', spread({ good: 8, poor: 1, 'needs-improvement': 1 }))._unsafeUnwrap();
    expect(over.reasons).toEqual([
      {
        code: 'performance/distribution-counts',
        severity: 'info',
        basis: BASIS,
        message: {
          id: 'Unit berpredikat Baik, 10 pegawai: Sangat Baik 0, Baik 8, Butuh Perbaikan 1, Kurang/Misconduct 1, Sangat Kurang 0; 1 ketentuan dilanggar.',
          en: 'A good unit of 10: very good 0, good 8, needs improvement 1, poor/misconduct 1, very poor 0; 1 rule(s) broken.',
        },
        data: { counts: { 'very-good': 0, good: 8, 'needs-improvement': 1, poor: 1, 'very-poor': 0 } },
      },
      {
        code: 'performance/distribution-breach',
        severity: 'warning',
        basis: BASIS,
        message: {
          id: 'Baik maksimal 70%: 8 dari 10 pegawai, sedangkan yang dibolehkan paling banyak 7.',
          en: 'Good at most 70%: 8 of 10 employees, where at most 7 are allowed.',
        },
        data: { rule: 'good/good-max-70', count: 8, headCount: 10, limit: 7 },
      },
    ]);
    expect(checkDistribution('good', spread({ good: 7, 'very-good': 2, 'needs-improvement': 1 }))._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/distribution-counts',
        severity: 'info',
        basis: BASIS,
        message: {
          id: 'Unit berpredikat Baik, 10 pegawai: Sangat Baik 2, Baik 7, Butuh Perbaikan 1, Kurang/Misconduct 0, Sangat Kurang 0; sesuai pola distribusi.',
          en: 'A good unit of 10: very good 2, good 7, needs improvement 1, poor/misconduct 0, very poor 0; within the pattern.',
        },
        data: { counts: { 'very-good': 2, good: 7, 'needs-improvement': 1, poor: 0, 'very-poor': 0 } },
      },
    ]);
  });

  it('in strict mode, fails with the first breach’s message and every breach as an error', () => {
    const error = checkDistribution('good', spread({ 'very-good': 3, good: 2 }), { strict: true })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/distribution-breach');
    expect(error.severity).toBe('error');
    expect(error.basis).toEqual(BASIS);
    expect(error.message).toEqual({
      id: 'Sebagian besar pegawai berpredikat Baik: Baik (2) kalah banyak dari Sangat Baik (3).',
      en: 'Good is the largest group: good (2) is outnumbered by very good (3).',
    });
    const data = dataOf(error, 'performance/distribution-breach');
    expect(data.orgPredikat).toBe('good');
    expect(data.breaches.map((breach) => [breach.rule, breach.reason.severity])).toEqual([
      ['good/good-largest', 'error'],
      ['good/needs-improvement-or-poor-exists', 'error'],
    ]);
  });

  it('refuses an empty unit with its own error, in both languages', () => {
    expect(checkDistribution('good', [])._unsafeUnwrapErr()).toEqual({
      code: 'performance/empty-unit',
      severity: 'error',
      basis: { instrument: 'SE MenPANRB 3/2023', interpretation: 'predikat-distribution' },
      message: { id: 'Pola distribusi memerlukan paling sedikit satu pegawai yang dinilai.', en: 'A distribution needs at least one evaluated employee.' },
      data: {},
    });
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
