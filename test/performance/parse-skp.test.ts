import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERAKHLAK_ORDER, parseSkp } from '../../src/performance/index';
import { skpInput } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

const codes = (input: unknown): unknown => {
  const error = parseSkp(input)._unsafeUnwrapErr();
  return 'violations' in error.data ? error.data.violations.map((violation) => violation.code) : [error.code];
};

describe('parseSkp', () => {
  it('§1.2: accepts a complete SKP and fills in the official behaviour guidance', () => {
    const skp = parseSkp(skpInput())._unsafeUnwrap();
    expect(skp.mainResults.map((rhk) => rhk.id)).toEqual(['R1', 'R2']);
    expect(skp.periodicity).toBe('quarterly');
    expect(skp.jpt).toBe(false);
    expect(skp.behaviours[0]?.guidance).toEqual([
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ]);
    expect(skp.behaviours[0]?.leaderExpectation).toBe('Melayani warga tanpa calo');
    expect(skp.appendix?.accountability).toEqual(['Laporan bulanan kepada Kepala Seksi']);
  });
  it('keeps guidance the agency wrote', () => {
    const input = skpInput();
    input.behaviours[1]!.guidance = ['Jujur dalam pelaporan'];
    expect(parseSkp(input)._unsafeUnwrap().behaviours[1]?.guidance).toEqual(['Jujur dalam pelaporan']);
  });
  it('§5.5 W4: SKP periode 15 Dec 2025 – 31 Jan 2026 → error: crosses calendar year', () => {
    const input = skpInput();
    input.period = { from: '2025-12-15', to: '2026-01-31' };
    input.evaluations = [];
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/period-crosses-year');
    expect(error.basis.interpretation).toBe('skp-plan');
  });
  it('refuses duplicate RHK ids, across main and additional results', () => {
    const input = skpInput();
    input.additionalResults![0]!.id = 'R2';
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/duplicate-rhk-id');
    expect(dataOf(error, 'performance/duplicate-rhk-id').rhkId).toBe('R2');
    expect(dataOf(error, 'performance/duplicate-rhk-id').path).toBe('additionalResults.0');
  });
  it('§5.5 W6: an indicator without a target → missing-target', () => {
    const input = skpInput();
    delete input.mainResults[1]!.indicators[0]!.target;
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/missing-target');
    expect(dataOf(error, 'performance/missing-target').path).toBe('mainResults.1.indicators.0.target');
  });
  it('§5.5 W6: a target without its unit is invalid input', () => {
    const input = skpInput();
    input.mainResults[1]!.indicators[0]!.target = { value: 100 } as never;
    expect(parseSkp(input)._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
  it('§5.5 W5: a main RHK of a non-JPT employee with no intervened RHK of the assessor', () => {
    const input = skpInput();
    delete input.mainResults[0]!.intervenes;
    expect(codes(input)).toEqual(['performance/missing-intervened-rhk']);
  });
  it('§1.2: a JPT SKP needs a perspective on every RHK, and no intervened RHK', () => {
    const input = skpInput();
    input.jpt = true;
    input.mainResults[0]!.perspective = 'service-recipients';
    input.mainResults[1]!.perspective = 'budget';
    delete input.mainResults[0]!.intervenes;
    expect(codes(input)).toEqual(['performance/missing-perspective']);
    input.additionalResults![0]!.perspective = 'internal-strengthening';
    expect(parseSkp(input).isOk()).toBe(true);
  });
  it('§5.5 W8: Perilaku list has 6 values (Kolaboratif missing) → error (rule 7)', () => {
    const input = skpInput();
    input.behaviours = input.behaviours.slice(0, 6);
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/behaviour-values');
    expect(error.data).toMatchObject({ missing: ['collaborative'], repeated: [] });
    expect(error.message.id).toBe(
      'Perilaku kerja harus memuat ketujuh nilai BerAKHLAK tepat satu kali (kurang: Kolaboratif; ganda: -).',
    );
  });
  it('§5.5 W8 variant: an eighth behaviour repeats Loyal', () => {
    const input = skpInput();
    input.behaviours.push({ value: 'loyal' });
    expect(parseSkp(input)._unsafeUnwrapErr().data).toMatchObject({ missing: [], repeated: ['loyal'] });
  });
  it('behaviours with Kolaboratif missing and Loyal twice', () => {
    const input = skpInput();
    input.behaviours[6] = { value: 'loyal' };
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/behaviour-values');
    expect(error.data).toMatchObject({ missing: ['collaborative'], repeated: ['loyal'] });
  });
  it('refuses an assessor who is the employee', () => {
    const input = skpInput();
    input.assessor.nip = input.employee.nip;
    expect(codes(input)).toEqual(['performance/self-assessment']);
  });
  it('refuses an evaluation period outside the SKP', () => {
    const input = skpInput();
    input.evaluations![0]!.period = { from: '2024-12-01', to: '2025-02-28' };
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/period-outside-skp');
    expect(dataOf(error, 'performance/period-outside-skp').path).toBe('evaluations.0.period');
  });
  it('refuses an evaluation that names an RHK the SKP lacks', () => {
    const input = skpInput();
    input.evaluations![1]!.results![0]!.rhkId = 'R9';
    expect(codes(input)).toEqual(['performance/unknown-rhk']);
  });
  it('§5.5 W9: HK Sesuai, PK Di Bawah, stored predikat Baik → kuadran gives Kurang/Misconduct', () => {
    const input = skpInput();
    input.evaluations![1]!.behaviourRating = 'below';
    const error = parseSkp(input)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/predikat-mismatch');
    expect(error.data).toMatchObject({ recorded: 'good', expected: 'poor' });
  });
  it('lists every violation, the first one as the code', () => {
    const input = skpInput();
    input.assessor.nip = input.employee.nip;
    input.additionalResults![0]!.id = 'R1';
    expect(codes(input)).toEqual(['performance/self-assessment', 'performance/duplicate-rhk-id', 'performance/unknown-rhk']);
  });
  it('refuses an SKP without a main result, and an unknown rating', () => {
    const input = skpInput();
    input.mainResults = [];
    expect(parseSkp(input)._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    const other = skpInput();
    other.evaluations![1]!.workRating = 'Di Atas Ekspektasi' as never;
    expect(dataOf(parseSkp(other)._unsafeUnwrapErr(), 'performance/invalid-input').issues).toEqual([
      { path: 'evaluations.1.workRating', message: 'Invalid option: expected one of "above"|"meets"|"below"' },
    ]);
  });
});

describe('properties', () => {
  it('any order of the seven behaviours is accepted', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...BERAKHLAK_ORDER], { minLength: 7, maxLength: 7 }), (order) => {
        const input = skpInput();
        input.behaviours = order.map((value) => ({ value }));
        expect(parseSkp(input).isOk()).toBe(true);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = parseSkp(value);
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
