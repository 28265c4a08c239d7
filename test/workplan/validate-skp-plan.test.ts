import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSkpPlan, validateSkpPlan, type PlanValidation, type SkpPlan } from '../../src/workplan';
import { untyped } from '../hostile';
import { assessorSkp, HEAD, OTHER, rhk, skp, STAFF, VALUES } from './fixtures';

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

  describe('each issue in full: code, severity, basis, message in both languages, path and data', () => {
    const PLAN = { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' };
    const YEAR = {
      instrument: 'PermenPANRB 6/2022', article: 'Pasal 5 (perencanaan kinerja; evaluasi periodik dan tahunan)',
      note: 'an SKP covers one calendar year at most; a main result of a non-JPT intervenes an RHK of the assessor',
    };
    const DOCUMENTATION = { instrument: 'PermenPANRB 6/2022', article: 'Pasal 5 huruf b (pendokumentasian kinerja, umpan balik berkelanjutan)' };
    const WEIGHTS = { instrument: 'PermenPANRB 8/2021', article: 'Lampiran (nilai tertimbang)', note: 'weights sum to 100 (±0.01); PermenPANRB 6/2022 SKPs carry no weights' };

    it('rule 1 (W4): the period crosses the year, cited to Pasal 5', () => {
      expect(check(skp({ period: { from: '2025-12-15', to: '2026-01-31' } })).issues).toEqual([{
        code: 'performance/period-crosses-year', severity: 'error', basis: YEAR, path: 'period',
        message: { id: 'Periode SKP 2025-12-15 s.d. 2026-01-31 melewati satu tahun kalender.', en: 'The SKP period 2025-12-15 to 2026-01-31 spans two calendar years.' },
        data: { period: { from: '2025-12-15', to: '2026-01-31' } },
      }]);
    });

    it('rule 2 and 3: no main result, no indicator, no target, both a value and a range, half a range, an inverted range, no unit', () => {
      expect(check(skp({ mainResults: [] }))).toEqual({ valid: false, errors: 1, warnings: 0, issues: [{
        code: 'workplan/no-main-result', severity: 'error', basis: PLAN, path: 'mainResults',
        message: { id: 'SKP harus memuat sedikitnya satu hasil kerja utama.', en: 'An SKP needs at least one main result.' },
      }] });
      const main = { id: 'R1', text: 'x', intervenes: 'K1', indicators: [] };
      expect(codes(skp({ mainResults: [main] }))).toEqual(['workplan/no-indicator']);
      expect(check(skp({ approach: 'qualitative', mainResults: [main] })).issues).toEqual([{
        code: 'workplan/no-indicator', severity: 'error', basis: PLAN, path: 'mainResults.0.indicators',
        message: { id: 'RHK "R1" tidak memiliki indikator.', en: 'RHK "R1" has no indicator.' }, data: { rhkId: 'R1' },
      }]);
      const indicators = [
        { text: 'none' },
        { text: 'both', target: { value: 1, min: 1, max: 2, unit: 'x' } },
        { text: 'half range', target: { max: 1, unit: 'x' } },
        { text: 'inverted', target: { min: 9, max: 1, unit: 'x' } },
        { text: 'blank unit', target: { value: 1, unit: '  ' } },
        { text: 'equal bounds', target: { min: 5, max: 5, unit: 'x' } },
      ];
      const at = (index: number, tail: string): string => `mainResults.0.indicators.${String(index)}.${tail}`;
      expect(check(skp({ approach: 'qualitative', mainResults: [{ ...main, indicators }] })).issues).toEqual([
        { code: 'workplan/missing-target', severity: 'error', basis: PLAN, path: at(0, 'target'), data: { rhkId: 'R1' },
          message: { id: 'Indikator "none" (RHK R1) tidak memiliki target.', en: 'The indicator "none" (RHK R1) has no target.' } },
        { code: 'workplan/ambiguous-target', severity: 'error', basis: PLAN, path: at(1, 'target'), data: { rhkId: 'R1' },
          message: { id: 'Target indikator "both" (RHK R1) memuat nilai dan rentang sekaligus.', en: 'The target of "both" (RHK R1) gives both a value and a range.' } },
        { code: 'workplan/missing-target', severity: 'error', basis: PLAN, path: at(2, 'target'), data: { rhkId: 'R1' },
          message: { id: 'Target indikator "half range" (RHK R1) tidak memuat nilai atau rentang yang lengkap.', en: 'The target of "half range" (RHK R1) has no value or complete range.' } },
        { code: 'workplan/inverted-range', severity: 'error', basis: PLAN, path: at(3, 'target.max'), data: { rhkId: 'R1', min: 9, max: 1 },
          message: {
            id: 'Batas bawah target "inverted" (RHK R1) (9) melebihi batas atas (1).',
            en: 'The lower bound of the target of "inverted" (RHK R1) (9) exceeds the upper bound (1).',
          } },
        { code: 'workplan/missing-unit', severity: 'error', basis: PLAN, path: at(4, 'target.unit'), data: { rhkId: 'R1' },
          message: { id: 'Target indikator "blank unit" (RHK R1) tidak memiliki satuan.', en: 'The target of "blank unit" (RHK R1) has no unit (satuan).' } },
      ]);
      const both = { text: 'value and lower bound', target: { value: 1, min: 1, unit: 'x' } };
      const unitless = { text: 'no unit', target: { value: 1 } };
      expect(codes(skp({ approach: 'qualitative', mainResults: [{ ...main, indicators: [both, unitless] }] }))).toEqual(['workplan/ambiguous-target', 'workplan/missing-unit']);
    });

    it('rule 4: the aspect of each indicator and the missing aspects of an RHK, named', () => {
      const main = { id: 'R1', text: 'x', intervenes: 'K1', indicators: [
        { text: 'a', aspect: 'quantity', target: { value: 1, unit: 'x' } },
        { text: 'b', target: { value: 1, unit: 'x' } },
      ] };
      expect(check(skp({ mainResults: [main] })).issues).toEqual([
        { code: 'workplan/missing-aspect', severity: 'error', basis: PLAN, path: 'mainResults.0.indicators.1.aspect', data: { rhkId: 'R1' },
          message: { id: 'Indikator "b" pada pendekatan kuantitatif harus menyebut aspeknya.', en: 'The indicator "b" needs its aspect under the quantitative approach.' } },
        { code: 'workplan/missing-aspects', severity: 'error', basis: PLAN, path: 'mainResults.0.indicators', data: { rhkId: 'R1', missing: ['quality', 'time'] },
          message: {
            id: 'RHK "R1" tidak memiliki aspek quality, time (kuantitas, kualitas dan waktu wajib).',
            en: 'RHK "R1" lacks the quality, time aspect (quantity, quality and time are required).',
          } },
      ]);
      const additional = { id: 'X1', text: 'x', indicators: [{ text: 'c', aspect: 'time', target: { value: 1, unit: 'x' } }] };
      expect(check(skp({ additionalResults: [additional] })).issues.map((found) => [found.code, found.path, found.data])).toEqual([
        ['workplan/missing-aspects', 'additionalResults.0.indicators', { rhkId: 'X1', missing: ['quantity', 'quality'] }],
      ]);
    });

    it("rule 5 (W5): the cascade to the assessor's SKP", () => {
      expect(check(skp({ employeePosition: { type: 'fungsional', level: 'ahli-muda' }, assessorPosition: { type: 'administrator' }, mainResults: [rhk('R1')] })).issues).toEqual([{
        code: 'performance/missing-intervened-rhk', severity: 'error', basis: YEAR, path: 'mainResults.0.intervenes', data: { rhkId: 'R1' },
        message: { id: 'RHK utama "R1" harus mengintervensi RHK pejabat penilai.', en: "Main RHK \"R1\" must name the assessor's RHK it intervenes." },
      }]);
      const options = { assessorSkp: assessorSkp() };
      expect(check(skp({ mainResults: [rhk('R1', 'K9')] }), options).issues).toEqual([{
        code: 'workplan/intervened-rhk-not-found', severity: 'error', basis: YEAR, path: 'mainResults.0.intervenes', data: { rhkId: 'R1', intervenes: 'K9' },
        message: { id: 'RHK utama "R1" mengintervensi RHK "K9" yang tidak ada di SKP pejabat penilai.', en: "Main RHK \"R1\" intervenes RHK \"K9\", which the assessor's SKP lacks." },
      }]);
      expect(check(skp({ additionalResults: [rhk('X1', 'K9'), rhk('X2', 'K2')] }), options)).toEqual({ valid: true, errors: 0, warnings: 1, issues: [{
        code: 'workplan/additional-rhk-link-not-found', severity: 'warning', basis: YEAR, path: 'additionalResults.0.intervenes', data: { rhkId: 'X1', intervenes: 'K9' },
        message: { id: 'RHK tambahan "X1" menyebut RHK atasan "K9" yang tidak ada di SKP atasan.', en: "Additional RHK \"X1\" names the assessor's RHK \"K9\", which the assessor's SKP lacks." },
      }] });
      const withAdditional = assessorSkp({ additionalResults: [{ ...rhk('K7'), perspective: 'budget' }] });
      expect(codes(skp({ mainResults: [rhk('R1', 'K7')] }), { assessorSkp: withAdditional })).toEqual([]);
      expect(check(skp(), { assessorSkp: assessorSkp({ employee: { nip: STAFF, name: 'x' } }) }).issues).toEqual([{
        code: 'workplan/assessor-skp-mismatch', severity: 'error', basis: YEAR, path: 'assessor.nip', data: { given: STAFF, assessor: HEAD },
        message: {
          id: `SKP atasan yang diberikan milik NIP ${STAFF}, bukan pejabat penilai (${HEAD}).`,
          en: `The assessor's SKP given belongs to NIP ${STAFF}, not to the assessor (${HEAD}).`,
        },
      }]);
      const disjoint = { assessorSkp: assessorSkp({ period: { from: '2026-01-01', to: '2026-12-31' } }) };
      expect(check(skp({ mainResults: [rhk('R1', 'K9')] }), disjoint).issues).toEqual([{
        code: 'workplan/assessor-period-disjoint', severity: 'error', basis: YEAR, path: 'period', data: { assessorPeriod: { from: '2026-01-01', to: '2026-12-31' } },
        message: {
          id: 'Periode SKP atasan (2026-01-01 s.d. 2026-12-31) tidak beririsan dengan periode SKP ini.',
          en: "The assessor's SKP (2026-01-01 to 2026-12-31) shares no day with this SKP's period.",
        },
      }]);
      const noNip = skp({ assessor: { name: 'Tanpa NIP' }, mainResults: [rhk('R1', 'K9')] });
      expect(codes(noNip, { assessorSkp: assessorSkp({ employee: { nip: OTHER, name: 'x' } }) })).toEqual(['workplan/intervened-rhk-not-found']);
    });

    it('rule 6: the Perjanjian Kinerja target of a JPT main result (a warning; none for an additional result)', () => {
      const plan = assessorSkp({ mainResults: [rhk('K1')], additionalResults: [{ ...rhk('K8'), perspective: 'budget' }] });
      expect(check(plan).issues).toEqual([
        { code: 'performance/missing-perspective', severity: 'error', basis: PLAN, path: 'mainResults.0.perspective', data: { rhkId: 'K1' },
          message: { id: 'RHK "K1" pada SKP JPT harus memiliki perspektif.', en: 'RHK "K1" of a JPT SKP needs a perspective.' } },
        { code: 'workplan/no-performance-agreement', severity: 'warning', basis: PLAN, path: 'mainResults.0.performanceAgreement', data: { rhkId: 'K1' },
          message: { id: 'RHK "K1" pada SKP JPT tidak menyebut sasaran Perjanjian Kinerja asalnya.', en: 'RHK "K1" of a JPT SKP names no Perjanjian Kinerja target it derives from.' } },
      ]);
    });

    it('rule 8: the assessor is not the employee; the usual assessor, cited to the Lampiran as e-Kinerja applies it', () => {
      expect(check(skp({ assessor: { nip: STAFF, name: 'x' } })).issues).toEqual([{
        code: 'performance/self-assessment', severity: 'error', basis: PLAN, path: 'assessor.nip', data: { nip: STAFF },
        message: { id: 'Pejabat penilai tidak boleh pegawai yang dinilai sendiri.', en: 'The assessor cannot be the employee assessed.' },
      }]);
      const unusual = skp({ employeePosition: { type: 'pelaksana' }, assessorPosition: { type: 'jpt', level: 'pratama' } });
      expect(check(unusual).issues).toEqual([{
        code: 'workplan/unusual-assessor', severity: 'warning', path: 'assessorPosition',
        basis: {
          instrument: 'PermenPANRB 6/2022', article: 'Lampiran (pejabat penilai kinerja)',
          note: 'as applied by SE Kepala BKN 11/2023 (e-Kinerja) for regional agencies; another assessor is a warning',
        },
        message: { id: 'Pejabat penilai pelaksana biasanya pengawas, bukan jpt-pratama.', en: 'The assessor of a pelaksana is usually pengawas, not jpt-pratama.' },
        data: { employee: 'pelaksana', assessor: 'jpt-pratama', allowed: ['pengawas'] },
      }]);
      expect(codes(skp({ employeePosition: { type: 'pelaksana' } }))).toEqual([]);
      expect(codes(skp({ assessorPosition: { type: 'jpt', level: 'pratama' } }))).toEqual([]);
    });

    it('rule 11: evidence and feedback, cited to Pasal 5 huruf b', () => {
      const evaluation = {
        kind: 'periodic', period: { from: '2027-01-01', to: '2027-03-31' },
        results: [
          { rhkId: 'R1', realisation: 3, rating: 'meets', feedback: ' ' },
          { rhkId: 'R1', evidence: [], rating: 'meets', feedback: 'Baik' },
          { rhkId: 'R1', realisation: 3, evidence: ['https://x/1'] },
        ],
      };
      expect(check(skp({ evaluations: [evaluation] })).issues).toEqual([
        { code: 'workplan/missing-evidence', severity: 'warning', basis: DOCUMENTATION, path: 'evaluations.0.results.0.evidence', data: { rhkId: 'R1' },
          message: { id: 'Realisasi RHK "R1" belum memiliki bukti dukung.', en: 'The realisation of RHK "R1" has no evidence.' } },
        { code: 'workplan/missing-feedback', severity: 'warning', basis: DOCUMENTATION, path: 'evaluations.0.results.0.feedback', data: { rhkId: 'R1' },
          message: { id: 'Rating RHK "R1" diberikan tanpa umpan balik.', en: 'RHK "R1" is rated without feedback.' } },
      ]);
    });

    it('rule 12 (W7): weights under PermenPANRB 8/2021 only, on every main indicator, summing to 100 within 0.01', () => {
      const main = { ...rhk('R1', 'K1') };
      const [a, b, c] = main.indicators as Record<string, unknown>[];
      const weighted = (x: number, y: number, z?: number) => ({ ...main, indicators: [{ ...a, weight: x }, { ...b, weight: y }, z === undefined ? c : { ...c, weight: z }] });
      expect(check(skp({ mainResults: [weighted(100, 5)] })).issues).toEqual([
        { code: 'workplan/weights-not-allowed', severity: 'error', basis: WEIGHTS, path: 'mainResults.0.indicators.0.weight', data: { weight: 100 },
          message: { id: 'SKP menurut PermenPANRB 6/2022 tidak memakai bobot (indikator "Jumlah dokumen").', en: 'An SKP under PermenPANRB 6/2022 carries no weights (indicator "Jumlah dokumen").' } },
        { code: 'workplan/weights-not-allowed', severity: 'error', basis: WEIGHTS, path: 'mainResults.0.indicators.1.weight', data: { weight: 5 },
          message: { id: 'SKP menurut PermenPANRB 6/2022 tidak memakai bobot (indikator "Dokumen tanpa revisi").', en: 'An SKP under PermenPANRB 6/2022 carries no weights (indicator "Dokumen tanpa revisi").' } },
      ]);
      const additional = { ...rhk('X1'), indicators: [{ text: 'Tambahan', aspect: 'quantity', target: { value: 1, unit: 'x' }, weight: 5 }] };
      expect(codes(skp({ additionalResults: [{ ...additional, indicators: [...additional.indicators, ...(rhk('X1').indicators as unknown[]).slice(1)] }] }))).toEqual(['workplan/weights-not-allowed']);
      const legacy = (result: Record<string, unknown>) => check(skp({ regulation: 'permenpanrb-8-2021', mainResults: [result] })).issues;
      expect(legacy(weighted(60, 40))).toEqual([{
        code: 'workplan/missing-weight', severity: 'error', basis: WEIGHTS, path: 'mainResults.0.indicators.2.weight',
        message: { id: 'Indikator "Tepat waktu" pada SKP PermenPANRB 8/2021 tidak memiliki bobot.', en: 'The indicator "Tepat waktu" of a PermenPANRB 8/2021 SKP has no weight.' },
      }]);
      expect(legacy(weighted(40.25, 35, 20.25))).toEqual([{
        code: 'workplan/weights-not-100', severity: 'error', basis: WEIGHTS, path: 'mainResults', data: { totalWeight: 95.5 },
        message: { id: 'Jumlah bobot indikator 95,5, seharusnya 100.', en: 'The indicator weights sum to 95.5, not 100.' },
      }]);
      expect(legacy(weighted(40.02, 35, 25)).map((found) => found.data)).toEqual([{ totalWeight: 100.02 }]);
      expect(legacy(weighted(39.98, 35, 25)).map((found) => found.data)).toEqual([{ totalWeight: 99.98 }]);
      expect(legacy(weighted(40.005, 35, 25))).toEqual([]);
      expect(legacy(weighted(39.995, 35, 25))).toEqual([]);
    });
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
