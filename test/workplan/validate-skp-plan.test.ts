import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSkpPlan, validateSkpPlan, type PlanValidation, type SkpPlan } from '../../src/workplan';
import { untyped } from '../hostile';
import { assessorSkp, HEAD, rhk, skp, STAFF, VALUES } from './fixtures';

const check = (input: Record<string, unknown>, options?: Record<string, unknown>): PlanValidation =>
  validateSkpPlan(untyped(input), untyped(options))._unsafeUnwrap();
const codes = (input: Record<string, unknown>, options?: Record<string, unknown>): string[] =>
  check(input, options).issues.map((found) => found.code);

describe('validateSkpPlan', () => {
  it('a complete plan has no issue', () => {
    expect(check(skp())).toEqual({ valid: true, errors: 0, warnings: 0, issues: [] });
    expect(check(skp(), { assessorSkp: assessorSkp() }).issues).toEqual([]);
  });

  it('W4: an SKP from 15 Dec 2025 to 31 Jan 2026 crosses the calendar year', () => {
    const result = check(skp({ period: { from: '2025-12-15', to: '2026-01-31' } }));
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'performance/period-crosses-year', severity: 'error', path: 'period', data: { period: { from: '2025-12-15', to: '2026-01-31' } } }),
    ]);
    expect(result.issues[0]?.basis.instrument).toBe('PermenPANRB 6/2022');
  });

  it('W5: a JF Ahli Muda main RHK with no intervened assessor RHK is an error', () => {
    const plan = skp({ employeePosition: { type: 'fungsional', level: 'ahli-muda' }, assessorPosition: { type: 'administrator' }, mainResults: [rhk('R1')] });
    expect(check(plan).issues).toEqual([
      expect.objectContaining({ code: 'performance/missing-intervened-rhk', severity: 'error', path: 'mainResults.0.intervenes', data: { rhkId: 'R1' } }),
    ]);
  });

  it('W6: the IKI "Persentase dokumen tepat waktu" with target 100 and no unit is an error', () => {
    const main = { ...rhk('R1', 'K1'), indicators: [
      { text: 'Persentase dokumen tepat waktu', aspect: 'time', target: { value: 100 } },
      { text: 'Jumlah', aspect: 'quantity', target: { value: 1, unit: 'dokumen' } },
      { text: 'Mutu', aspect: 'quality', target: { value: 1, unit: 'nilai' } },
    ] };
    expect(check(skp({ mainResults: [main] })).issues).toEqual([
      expect.objectContaining({ code: 'workplan/missing-unit', severity: 'error', path: 'mainResults.0.indicators.0.target.unit' }),
    ]);
  });

  it('W7: legacy PermenPANRB 8/2021 weights 40 + 35 + 20 = 95 are an error', () => {
    const main = { ...rhk('R1', 'K1') };
    const [a, b, c] = main.indicators as Record<string, unknown>[];
    const weighted = { ...main, indicators: [{ ...a, weight: 40 }, { ...b, weight: 35 }, { ...c, weight: 20 }] };
    const result = check(skp({ regulation: 'permenpanrb-8-2021', mainResults: [weighted] }));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'workplan/weights-not-100', severity: 'error', path: 'mainResults', data: { totalWeight: 95 } }),
    ]);
    expect(result.issues[0]?.message.id).toBe('Jumlah bobot indikator 95, seharusnya 100.');
    const full = { ...main, indicators: [{ ...a, weight: 40 }, { ...b, weight: 35 }, { ...c, weight: 25 }] };
    expect(check(skp({ regulation: 'permenpanrb-8-2021', mainResults: [full] })).issues).toEqual([]);
  });

  it('W8: six behaviours (Kolaboratif missing) are an error', () => {
    const result = check(skp({ behaviours: VALUES.slice(0, 6).map((value) => ({ value })) }));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'performance/behaviour-values', path: 'behaviours', data: { missing: ['collaborative'], repeated: [] } }),
    ]);
  });

  it('W9: work Sesuai, behaviour Di Bawah with a stored predikat Baik is an error: the matrix gives Kurang/Misconduct', () => {
    const evaluation = { kind: 'annual', period: { from: '2027-01-01', to: '2027-12-31' }, workRating: 'meets', behaviourRating: 'below', predikat: 'good' };
    expect(check(skp({ evaluations: [evaluation] })).issues).toEqual([
      expect.objectContaining({
        code: 'performance/predikat-mismatch', path: 'evaluations.0.predikat', data: { recorded: 'good', expected: 'poor' },
        basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)' },
      }),
    ]);
  });

  it('rule 2: at least one main result', () => {
    expect(codes(skp({ mainResults: [] }))).toEqual(['workplan/no-main-result']);
  });

  it('rule 3: indicators, targets, ranges and units', () => {
    const main = { id: 'R1', text: 'x', intervenes: 'K1', indicators: [] };
    expect(codes(skp({ approach: 'qualitative', mainResults: [main] }))).toEqual(['workplan/no-indicator']);
    const targets = [
      { text: 'none' },
      { text: 'both', target: { value: 1, min: 1, max: 2, unit: 'x' } },
      { text: 'half range', target: { min: 1, unit: 'x' } },
      { text: 'inverted', target: { min: 9, max: 1, unit: 'x' } },
      { text: 'blank unit', target: { value: 1, unit: '  ' } },
    ];
    const result = check(skp({ approach: 'qualitative', mainResults: [{ ...main, indicators: targets }] }));
    expect(result.issues.map((found) => [found.code, found.path])).toEqual([
      ['workplan/missing-target', 'mainResults.0.indicators.0.target'],
      ['workplan/ambiguous-target', 'mainResults.0.indicators.1.target'],
      ['workplan/missing-target', 'mainResults.0.indicators.2.target'],
      ['workplan/inverted-range', 'mainResults.0.indicators.3.target.max'],
      ['workplan/missing-unit', 'mainResults.0.indicators.4.target.unit'],
    ]);
    expect(result.issues[3]?.data).toEqual({ rhkId: 'R1', min: 9, max: 1 });
  });

  it('rule 4: under the quantitative approach, every indicator has an aspect and each RHK quantity, quality and time', () => {
    const main = { id: 'R1', text: 'x', intervenes: 'K1', indicators: [
      { text: 'a', aspect: 'quantity', target: { value: 1, unit: 'x' } },
      { text: 'b', target: { value: 1, unit: 'x' } },
    ] };
    const result = check(skp({ mainResults: [main] }));
    expect(result.issues.map((found) => found.code)).toEqual(['workplan/missing-aspect', 'workplan/missing-aspects']);
    expect(result.issues[1]?.data).toEqual({ rhkId: 'R1', missing: ['quality', 'time'] });
    expect(codes(skp({ approach: 'qualitative', mainResults: [main] }))).toEqual([]);
  });

  it("rule 5: intervened RHK exist in the assessor's SKP, which is the assessor's and overlaps", () => {
    const options = { assessorSkp: assessorSkp() };
    expect(codes(skp({ mainResults: [rhk('R1', 'K9')] }), options)).toEqual(['workplan/intervened-rhk-not-found']);
    const additional = skp({ additionalResults: [rhk('X1', 'K9'), rhk('X2')] });
    expect(check(additional, options).issues).toEqual([
      expect.objectContaining({ code: 'workplan/additional-rhk-link-not-found', severity: 'warning', path: 'additionalResults.0.intervenes' }),
    ]);
    expect(codes(skp(), { assessorSkp: assessorSkp({ employee: { nip: STAFF, name: 'x' } }) })).toEqual(['workplan/assessor-skp-mismatch']);
    const jpt = skp({ jpt: true, mainResults: [{ ...rhk('R1', 'K9'), perspective: 'budget', performanceAgreement: 'PK' }] });
    expect(codes(jpt, options)).toEqual([]);
    expect(codes(skp(), { assessorSkp: assessorSkp({ period: { from: '2026-01-01', to: '2026-12-31' } }) })).toEqual(['workplan/assessor-period-disjoint']);
  });

  it('rule 6: a JPT has a perspective on every RHK and (warning) a Perjanjian Kinerja target', () => {
    const plan = assessorSkp({ mainResults: [rhk('K1')] });
    expect(check(plan).issues.map((found) => [found.code, found.severity])).toEqual([
      ['performance/missing-perspective', 'error'],
      ['workplan/no-performance-agreement', 'warning'],
    ]);
  });

  it('rule 8: the assessor is not the employee, and (warning) holds the usual position', () => {
    expect(codes(skp({ assessor: { nip: STAFF, name: 'x' } }))).toEqual(['performance/self-assessment']);
    const unusual = skp({ employeePosition: { type: 'pelaksana' }, assessorPosition: { type: 'jpt', level: 'pratama' } });
    expect(check(unusual).issues).toEqual([
      expect.objectContaining({ code: 'workplan/unusual-assessor', severity: 'warning', data: { employee: 'pelaksana', assessor: 'jpt-pratama', allowed: ['pengawas'] } }),
    ]);
    expect(codes(skp({ employeePosition: { type: 'pelaksana' }, assessorPosition: { type: 'pengawas' } }))).toEqual([]);
    expect(codes(skp({ employeePosition: { type: 'guru' }, assessorPosition: { type: 'pelaksana' } }))).toEqual([]);
  });

  it('rule 11: evidence for a realisation and feedback for a rating (warnings)', () => {
    const evaluation = {
      kind: 'periodic', period: { from: '2027-01-01', to: '2027-03-31' },
      results: [{ rhkId: 'R1', realisation: 3, rating: 'meets' }, { rhkId: 'R1', realisation: 3, evidence: ['https://x/1'], rating: 'meets', feedback: 'Baik' }],
    };
    expect(check(skp({ evaluations: [evaluation] })).issues.map((found) => [found.code, found.severity, found.path])).toEqual([
      ['workplan/missing-evidence', 'warning', 'evaluations.0.results.0.evidence'],
      ['workplan/missing-feedback', 'warning', 'evaluations.0.results.0.feedback'],
    ]);
  });

  it('rule 12: no weights in a PermenPANRB 6/2022 plan; a weight on every main indicator of an 8/2021 plan', () => {
    const main = { ...rhk('R1', 'K1') };
    const [a, b, c] = main.indicators as Record<string, unknown>[];
    expect(codes(skp({ mainResults: [{ ...main, indicators: [{ ...a, weight: 100 }, b, c] }] }))).toEqual(['workplan/weights-not-allowed']);
    const legacy = check(skp({ regulation: 'permenpanrb-8-2021', mainResults: [{ ...main, indicators: [{ ...a, weight: 60 }, { ...b, weight: 40 }, c] }] }));
    expect(legacy.issues.map((found) => [found.code, found.path])).toEqual([['workplan/missing-weight', 'mainResults.0.indicators.2.weight']]);
    const extra = skp({ regulation: 'permenpanrb-8-2021', mainResults: [{ ...main, indicators: [{ ...a, weight: 60 }, { ...b, weight: 40 }, { ...c, weight: 0.001 }] }], additionalResults: [rhk('X1')] });
    expect(codes(extra)).toEqual([]);
  });

  it('bad input is a coded error, never a throw', () => {
    expect(validateSkpPlan(untyped(null))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateSkpPlan(untyped(skp()), untyped({ assessor: 1 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateSkpPlan(untyped(skp()), untyped({ assessorSkp: {} }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
  });

  it('a parsed plan is used as it is', () => {
    const parsed: SkpPlan = parseSkpPlan(skp())._unsafeUnwrap();
    expect(Object.isFrozen(parsed.mainResults[0])).toBe(true);
    expect(validateSkpPlan(parsed, { assessorSkp: parseSkpPlan(assessorSkp())._unsafeUnwrap() })._unsafeUnwrap().valid).toBe(true);
    expect(parsed.regulation).toBe('permenpanrb-6-2022');
    expect(parsed.employee.nip).toBe(STAFF);
    expect(parsed.assessor.nip).toBe(HEAD);
  });

  describe('properties', () => {
    it('the issues of a plan are the same, in the same order, every time', () => {
      fc.assert(
        fc.property(fc.subarray([...VALUES]), fc.boolean(), fc.integer({ min: -5, max: 5 }), (values, jpt, shift) => {
          const plan = skp({ jpt, behaviours: values.map((value) => ({ value })), mainResults: [{ ...rhk('R1'), indicators: [{ text: 'x', target: { min: 5, max: 5 + shift } }] }] });
          expect(check(plan)).toEqual(check(structuredClone(plan)));
        }),
      );
    });
  });
});
