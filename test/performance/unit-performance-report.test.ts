import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitPerformanceReport, type Rating, type SkpInput } from '../../src/performance/index';
import { parsed, skpInput, smallSkp, untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const UNIT = { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan' };
const nip = (n: number) => `1990010120150310${String(n).padStart(2, '0')}`;

/** Ten employees of a Baik unit: 7 Baik, 2 Sangat Baik, 1 Butuh Perbaikan (digest §1.11 P7). */
function tenSkps(): SkpInput[] {
  const ratings: [Rating, Rating][] = [
    ...Array.from({ length: 7 }, (): [Rating, Rating] => ['meets', 'meets']),
    ['above', 'above'],
    ['above', 'above'],
    ['below', 'meets'],
  ];
  return ratings.map(([work, behaviour], i) => smallSkp(nip(i + 1), `Pegawai ${String(i + 1)}`, work, behaviour));
}

describe('unitPerformanceReport', () => {
  it('§1.11 P7 as a unit report: predikat counts within the allowed ranges', () => {
    const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: tenSkps().map(parsed) })._unsafeUnwrap();
    expect(report.headCount).toBe(10);
    expect(report.predicates[7]).toEqual({ nip: nip(8), name: 'Pegawai 8', predikat: 'very-good' });
    expect(report.distribution?.counts).toEqual({ 'very-good': 2, good: 7, 'needs-improvement': 1, poor: 0, 'very-poor': 0 });
    expect(report.distribution?.allowed.good).toEqual({ min: 2, max: 7 });
    expect(report.distribution?.compliant).toBe(true);
    expect(report.withoutEvaluation).toEqual([]);
    expect(report.missingEvidence).toEqual([]);
    expect(report.missingFeedback).toEqual([]);
    expect(report.reasons.map((why) => why.code)).toEqual(['performance/unit-report', 'performance/distribution-counts']);
  });
  it('§1.11 P8 as a unit report: the breaches are warnings, or an error in strict mode', () => {
    const skps = tenSkps();
    skps[9] = smallSkp(nip(10), 'Pegawai 10', 'meets', 'meets');
    const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: skps.map(parsed) })._unsafeUnwrap();
    expect(report.distribution?.breaches.map((breach) => breach.rule)).toEqual(['good/good-max-70', 'good/needs-improvement-or-poor-exists']);
    expect(unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: skps.map(parsed), strict: true })._unsafeUnwrapErr().code).toBe(
      'performance/distribution-breach',
    );
  });
  it('lists employees without an evaluation for the period, and results without evidence or feedback', () => {
    const skp = skpInput();
    const report = unitPerformanceReport({
      unit: UNIT,
      period: YEAR,
      orgPredikat: 'good',
      employees: [skp.employee.nip, nip(50)],
      skps: [parsed(skp)],
    })._unsafeUnwrap();
    expect(report.headCount).toBe(2);
    expect(report.predicates).toEqual([{ nip: '199001012015031001', name: 'Rudi Hartono', predikat: 'good' }]);
    expect(report.withoutEvaluation).toEqual([nip(50)]);
    const q1 = { from: '2025-01-01', to: '2025-03-31' };
    expect(report.missingEvidence).toEqual([
      { nip: '199001012015031001', rhkId: 'R2', period: q1 },
      { nip: '199001012015031001', rhkId: 'T1', period: q1 },
    ]);
    expect(report.missingFeedback).toEqual([
      { nip: '199001012015031001', rhkId: 'R2', period: q1 },
      { nip: '199001012015031001', rhkId: 'T1', period: q1 },
    ]);
    expect(report.reasons.map((why) => [why.code, why.severity])).toEqual([
      ['performance/unit-report', 'info'],
      ['performance/distribution-counts', 'info'],
      ['performance/distribution-breach', 'warning'],
      ['performance/distribution-breach', 'warning'],
      ['performance/without-evaluation', 'warning'],
      ['performance/missing-evidence', 'warning'],
      ['performance/missing-feedback', 'warning'],
    ]);
  });
  it('a quarterly report uses the evaluation of exactly that quarter; it has no ratings here', () => {
    const report = unitPerformanceReport({
      unit: UNIT,
      period: { from: '2025-01-01', to: '2025-03-31' },
      orgPredikat: 'good',
      skps: [parsed(skpInput())],
    })._unsafeUnwrap();
    expect(report.withoutEvaluation).toEqual(['199001012015031001']);
    expect(report.distribution).toBeUndefined();
    expect(report.missingEvidence).toHaveLength(2);
  });
  it('takes a recorded predikat when the ratings are not given', () => {
    const skp = smallSkp(nip(1), 'Pegawai 1', 'meets', 'meets');
    delete skp.evaluations![0]!.workRating;
    delete skp.evaluations![0]!.behaviourRating;
    skp.evaluations![0]!.predikat = 'poor';
    const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'poor', skps: [parsed(skp)] })._unsafeUnwrap();
    expect(report.predicates.map((row) => row.predikat)).toEqual(['poor']);
  });
  it('an employee with an SKP but no evaluation at all', () => {
    const skp = smallSkp(nip(1), 'Pegawai 1', 'meets', 'meets');
    skp.evaluations = [];
    const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [parsed(skp)] })._unsafeUnwrap();
    expect(report.withoutEvaluation).toEqual([nip(1)]);
    expect(report.missingEvidence).toEqual([]);
  });
  it('refuses an invalid SKP, naming the employee', () => {
    const skp = skpInput();
    skp.additionalResults![0]!.id = 'R1';
    skp.evaluations = [];
    const error = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [untyped(skp)] })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/duplicate-rhk-id');
    expect(dataOf(error, 'performance/duplicate-rhk-id').nip).toBe('199001012015031001');
  });
  it('refuses bad input', () => {
    expect(unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: untyped('Baik'), skps: [] })._unsafeUnwrapErr().code).toBe(
      'performance/invalid-input',
    );
  });
});

describe('unitPerformanceReport — which evaluations count', () => {
  const Q1 = { from: '2025-01-01', to: '2025-03-31' };
  const Q2 = { from: '2025-04-01', to: '2025-06-30' };
  const Q4 = { from: '2025-10-01', to: '2025-12-31' };
  const result = (evidence: string[], feedback: string) => ({ rhkId: 'R1', evidence, feedback });
  const withEvaluations = (evaluations: SkpInput['evaluations']): SkpInput => ({ ...smallSkp(nip(1), 'Pegawai 1', 'meets', 'meets'), evaluations });
  const reportOf = (skps: SkpInput[], period = YEAR) => unitPerformanceReport({ unit: UNIT, period, orgPredikat: 'good', skps: skps.map(parsed) })._unsafeUnwrap();

  it('takes the predikat only from an evaluation of exactly the period, and a recorded predikat when a rating is missing', () => {
    const periodic = (period: typeof Q1) => ({ kind: 'periodic' as const, period, results: [result(['b.pdf'], 'ok')], workRating: 'above' as const, behaviourRating: 'above' as const });
    expect(reportOf([withEvaluations([periodic(Q1), periodic(Q4)])]).withoutEvaluation).toEqual([nip(1)]);
    const recorded = withEvaluations([{ kind: 'annual', period: YEAR, results: [result(['b.pdf'], 'ok')], workRating: 'above', predikat: 'good' }]);
    expect(reportOf([recorded]).predicates).toEqual([{ nip: nip(1), name: 'Pegawai 1', predikat: 'good' }]);
  });

  it('lists the gaps of the evaluations inside the period only, from every SKP of the employee', () => {
    const gap = (period: typeof Q1) => ({ kind: 'periodic' as const, period, results: [result([], '')] });
    const first = withEvaluations([gap(Q1), gap(Q2)]);
    const second = { ...withEvaluations([gap(Q1)]), period: { from: '2025-01-01', to: '2025-06-30' } };
    const report = reportOf([first, second], Q1);
    expect(report.missingEvidence).toEqual([
      { nip: nip(1), rhkId: 'R1', period: Q1 },
      { nip: nip(1), rhkId: 'R1', period: Q1 },
    ]);
    expect(report.missingFeedback).toHaveLength(2);
  });

  it('reads the first result given for an RHK, and feedback of blanks as none', () => {
    const twice = withEvaluations([{ kind: 'annual', period: YEAR, results: [result(['b.pdf'], 'ok'), result([], '')], workRating: 'meets', behaviourRating: 'meets' }]);
    const report = reportOf([twice]);
    expect([report.missingEvidence, report.missingFeedback]).toEqual([[], []]);
    const blank = withEvaluations([{ kind: 'annual', period: YEAR, results: [result(['b.pdf'], '   ')], workRating: 'meets', behaviourRating: 'meets' }]);
    expect(reportOf([blank]).missingFeedback).toEqual([{ nip: nip(1), rhkId: 'R1', period: YEAR }]);
  });

  it('words the summary and each warning in both languages', () => {
    const gaps = withEvaluations([{ kind: 'annual', period: YEAR, results: [result([], '')], workRating: 'meets', behaviourRating: 'meets' }]);
    const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', employees: [nip(1), nip(2)], skps: [parsed(gaps)] })._unsafeUnwrap();
    const basis = { instrument: 'SE MenPANRB 3/2023', article: 'PermenPANRB 6/2022 Pasal 5', interpretation: 'predikat-distribution' };
    const evidenceBasis = { instrument: 'SE Kepala BKN 11/2023', note: 'e-Kinerja: bukti dukung and umpan balik per RHK per period' };
    expect(report.reasons.filter((why) => !why.code.startsWith('performance/distribution-'))).toEqual([
      {
        code: 'performance/unit-report',
        severity: 'info',
        basis,
        message: {
          id: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan: 1 dari 2 pegawai memiliki predikat untuk 2025-01-01 s.d. 2025-12-31.',
          en: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan: 1 of 2 employees have a predikat for 2025-01-01 to 2025-12-31.',
        },
        data: { evaluated: 1, headCount: 2 },
      },
      {
        code: 'performance/without-evaluation',
        severity: 'warning',
        basis,
        message: { id: '1 pegawai belum dievaluasi untuk periode ini.', en: '1 employee(s) not yet evaluated for this period.' },
        data: { nips: [nip(2)] },
      },
      {
        code: 'performance/missing-evidence',
        severity: 'warning',
        basis: evidenceBasis,
        message: { id: '1 hasil kerja tanpa bukti dukung.', en: '1 result(s) without evidence.' },
      },
      {
        code: 'performance/missing-feedback',
        severity: 'warning',
        basis: evidenceBasis,
        message: { id: '1 hasil kerja tanpa umpan balik.', en: '1 result(s) without feedback.' },
      },
    ]);
  });
});

describe('properties', () => {
  it('the report does not depend on the order of the SKPs', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(tenSkps().map(parsed), { minLength: 10, maxLength: 10 }), (skps) => {
        const report = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps })._unsafeUnwrap();
        expect(report.distribution?.counts).toEqual({ 'very-good': 2, good: 7, 'needs-improvement': 1, poor: 0, 'very-poor': 0 });
      }),
      { numRuns: 30 },
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = unitPerformanceReport(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
