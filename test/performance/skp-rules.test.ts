import { describe, expect, it } from 'vitest';
import { BERAKHLAK_VALUES, parseSkp, type SkpInput } from '../../src/performance/index';
import { skpInput } from './fixtures';

/** The rules across the fields of an SKP (src/performance/skp-rules.ts), as parseSkp reports them. */
const violations = (input: SkpInput): unknown => {
  const error = parseSkp(input)._unsafeUnwrapErr();
  return ('violations' in error.data ? error.data.violations : []).map(
    ({ code, severity, basis, message, data }) => ({ code, severity, basis, message, data }),
  );
};

describe('skpViolations', () => {
  it('words every rule an SKP breaks, in both languages, with its basis and the path of the field', () => {
    const input = skpInput();
    input.period = { from: '2025-01-01', to: '2026-01-31' };
    input.assessor.nip = input.employee.nip;
    input.additionalResults![0]!.id = 'R1';
    delete input.mainResults[1]!.indicators[0]!.target;
    delete input.mainResults[0]!.intervenes;
    input.behaviours = [
      ...input.behaviours.filter((behaviour) => behaviour.value !== 'collaborative' && behaviour.value !== 'adaptive'),
      { value: 'loyal' },
      { value: 'competent' },
    ];
    const [periodic, annual] = input.evaluations!;
    periodic!.period = { from: '2024-12-01', to: '2025-03-31' };
    periodic!.results![1]!.rhkId = 'R9';
    annual!.period = { from: '2025-01-01', to: '2026-02-28' };
    annual!.behaviourRating = 'below';
    input.evaluations!.push(
      { kind: 'periodic', period: { from: '2025-04-01', to: '2025-06-30' }, results: [], workRating: 'above', behaviourRating: 'above' },
      { kind: 'periodic', period: { from: '2025-07-01', to: '2025-09-30' }, results: [], predikat: 'good' },
    );
    expect(violations(input)).toEqual(
    [
        {
          code: 'performance/period-crosses-year',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)', interpretation: 'skp-plan' },
          message: {
            id: 'Periode SKP 2025-01-01 s.d. 2026-01-31 melewati satu tahun kalender.',
            en: 'The SKP period 2025-01-01 to 2026-01-31 spans two calendar years.',
          },
          data: { period: { from: '2025-01-01', to: '2026-01-31' } },
        },
        {
          code: 'performance/self-assessment',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: { id: 'Pejabat penilai tidak boleh pegawai yang dinilai sendiri.', en: 'The assessor cannot be the employee assessed.' },
          data: { nip: '199001012015031001' },
        },
        {
          code: 'performance/missing-intervened-rhk',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)', interpretation: 'skp-plan' },
          message: {
            id: 'RHK utama "R1" harus mengintervensi RHK pejabat penilai.',
            en: "Main RHK \"R1\" must name the assessor's RHK it intervenes.",
          },
          data: { rhkId: 'R1', path: 'mainResults.0.intervenes' },
        },
        {
          code: 'performance/missing-target',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: {
            id: 'Indikator "Laporan tepat waktu" pada RHK "R2" tidak memiliki target.',
            en: 'The indicator "Laporan tepat waktu" of RHK "R2" has no target.',
          },
          data: { rhkId: 'R2', path: 'mainResults.1.indicators.0.target' },
        },
        {
          code: 'performance/duplicate-rhk-id',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: { id: 'Id RHK "R1" dipakai lebih dari sekali.', en: 'The RHK id "R1" is used more than once.' },
          data: { rhkId: 'R1', path: 'additionalResults.0' },
        },
        {
          code: 'performance/behaviour-values',
          severity: 'error',
          basis: {
            instrument: 'UU 20/2023',
            article: 'nilai dasar ASN; SE MenPANRB 20/2021',
            note: 'wording of Adaptif and Kolaboratif not yet checked against the circular',
            evidence: 'unverified',
          },
          message: {
            id: 'Perilaku kerja harus memuat ketujuh nilai BerAKHLAK tepat satu kali (kurang: Adaptif, Kolaboratif; ganda: Kompeten, Loyal).',
            en: 'The behaviours must list each of the seven BerAKHLAK values exactly once (missing: adaptive, collaborative; repeated: competent, loyal).',
          },
          data: { missing: ['adaptive', 'collaborative'], repeated: ['competent', 'loyal'] },
        },
        {
          code: 'performance/period-outside-skp',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: {
            id: 'Periode evaluasi 2024-12-01 s.d. 2025-03-31 di luar periode SKP 2025-01-01 s.d. 2026-01-31.',
            en: 'The evaluation period 2024-12-01 to 2025-03-31 is outside the SKP period 2025-01-01 to 2026-01-31.',
          },
          data: {
            path: 'evaluations.0.period',
            evaluation: { from: '2024-12-01', to: '2025-03-31' },
            skp: { from: '2025-01-01', to: '2026-01-31' },
          },
        },
        {
          code: 'performance/unknown-rhk',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: { id: 'Evaluasi menyebut RHK "R9" yang tidak ada di SKP.', en: 'The evaluation names RHK "R9", which the SKP lacks.' },
          data: { rhkId: 'R9', path: 'evaluations.0.results.1.rhkId' },
        },
        {
          code: 'performance/period-outside-skp',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: {
            id: 'Periode evaluasi 2025-01-01 s.d. 2026-02-28 di luar periode SKP 2025-01-01 s.d. 2026-01-31.',
            en: 'The evaluation period 2025-01-01 to 2026-02-28 is outside the SKP period 2025-01-01 to 2026-01-31.',
          },
          data: {
            path: 'evaluations.1.period',
            evaluation: { from: '2025-01-01', to: '2026-02-28' },
            skp: { from: '2025-01-01', to: '2026-01-31' },
          },
        },
        {
          code: 'performance/unknown-rhk',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
          message: { id: 'Evaluasi menyebut RHK "T1" yang tidak ada di SKP.', en: 'The evaluation names RHK "T1", which the SKP lacks.' },
          data: { rhkId: 'T1', path: 'evaluations.1.results.2.rhkId' },
        },
        {
          code: 'performance/predikat-mismatch',
          severity: 'error',
          basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)', interpretation: 'predikat-matrix' },
          message: {
            id: 'Predikat tercatat Baik, sedangkan kuadran memberi Kurang/Misconduct.',
            en: 'The recorded predikat is good, but the matrix gives poor/misconduct.',
          },
          data: { path: 'evaluations.1.predikat', recorded: 'good', expected: 'poor' },
        },
      ]
    );
  });

  it('asks a perspective of every RHK of a JPT SKP', () => {
    const input = skpInput();
    input.jpt = true;
    input.mainResults[0]!.perspective = 'budget';
    expect(violations(input)).toEqual([
      {
        code: 'performance/missing-perspective',
        severity: 'error',
        basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
        message: { id: 'RHK "R2" pada SKP JPT harus memiliki perspektif.', en: 'RHK "R2" of a JPT SKP needs a perspective.' },
        data: { rhkId: 'R2', path: 'mainResults.1.perspective' },
      },
      {
        code: 'performance/missing-perspective',
        severity: 'error',
        basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' },
        message: { id: 'RHK "T1" pada SKP JPT harus memiliki perspektif.', en: 'RHK "T1" of a JPT SKP needs a perspective.' },
        data: { rhkId: 'T1', path: 'additionalResults.0.perspective' },
      },
    ]);
  });

  it('writes a dash for no missing or no repeated behaviour value', () => {
    const missing = skpInput();
    missing.behaviours = missing.behaviours.filter((behaviour) => behaviour.value !== 'adaptive');
    expect(parseSkp(missing)._unsafeUnwrapErr().message).toEqual({
      id: 'Perilaku kerja harus memuat ketujuh nilai BerAKHLAK tepat satu kali (kurang: Adaptif; ganda: -).',
      en: 'The behaviours must list each of the seven BerAKHLAK values exactly once (missing: adaptive; repeated: -).',
    });
    const repeated = skpInput();
    repeated.behaviours.push({ value: 'adaptive' });
    expect(parseSkp(repeated)._unsafeUnwrapErr().message).toEqual({
      id: 'Perilaku kerja harus memuat ketujuh nilai BerAKHLAK tepat satu kali (kurang: -; ganda: Adaptif).',
      en: 'The behaviours must list each of the seven BerAKHLAK values exactly once (missing: -; repeated: adaptive).',
    });
  });

  it('refuses an evaluation that ends after the SKP', () => {
    const input = skpInput();
    input.evaluations![0]!.period = { from: '2025-10-01', to: '2026-01-31' };
    expect(parseSkp(input)._unsafeUnwrapErr().data).toMatchObject({ path: 'evaluations.0.period' });
  });
});

describe('withGuidance', () => {
  it('fills in the official guidance of each behaviour left without, and keeps what the agency wrote', () => {
    const input = skpInput();
    input.behaviours[0] = { ...input.behaviours[0]!, guidance: ['Melayani dengan senyum'] };
    const behaviours = parseSkp(input)._unsafeUnwrap().behaviours;
    expect(behaviours[0]?.guidance).toEqual(['Melayani dengan senyum']);
    expect(behaviours[1]?.guidance).toBe(BERAKHLAK_VALUES.accountable.guidance);
  });
});
