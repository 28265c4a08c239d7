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
