import { describe, expect, it } from 'vitest';
import { checkUnitCascade, parseSkpPlan, type SkpPlan, type UnitCascade } from '../../src/workplan';
import { untyped } from '../hostile';
import { assessorSkp, HEAD, nipOf, OTHER, rhk, skp, STAFF } from './fixtures';
import { dataOf } from '../error-data';

const cascade = (plans: Record<string, unknown>[], options?: Record<string, unknown>): UnitCascade =>
  checkUnitCascade(untyped(plans), untyped(options))._unsafeUnwrap();

describe('checkUnitCascade', () => {
  it('a head and two staff whose results intervene every RHK of the head: no issue', () => {
    const result = cascade([
      assessorSkp(),
      skp(),
      skp({ employee: { nip: OTHER, name: 'Rina' }, mainResults: [rhk('R1', 'K2')] }),
    ]);
    expect(result).toMatchObject({ valid: true, issues: [], orphans: [], cycles: [], notIntervened: [], withoutAssessorSkp: [] });
    expect(result.distribution).toBeUndefined();
  });

  it('finds orphans, un-intervened RHK of the head and SKPs whose assessor has none in the unit', () => {
    const result = cascade([
      assessorSkp(),
      skp({ mainResults: [rhk('R1', 'K1'), rhk('R2', 'K9'), rhk('R3')] }),
      skp({ employee: { nip: OTHER, name: 'Rina' }, assessor: { nip: nipOf(7), name: 'Di unit lain' } }),
    ]);
    expect(result.orphans).toEqual([{ nip: STAFF, rhkId: 'R2', intervenes: 'K9' }, { nip: STAFF, rhkId: 'R3' }]);
    expect(result.notIntervened).toEqual([{ nip: HEAD, rhkId: 'K2' }]);
    expect(result.withoutAssessorSkp).toEqual([OTHER]);
    expect(cascade([skp({ assessor: { name: 'Tanpa NIP' } })]).issues[0]?.data).toEqual({ nip: STAFF, assessor: null });
    expect(result.issues.map((found) => [found.code, found.severity, found.path])).toEqual([
      ['workplan/orphan-rhk', 'error', '1.mainResults.1.intervenes'],
      ['workplan/orphan-rhk', 'error', '1.mainResults.2.intervenes'],
      ['workplan/assessor-skp-missing', 'warning', '2.assessor.nip'],
      ['workplan/rhk-not-intervened', 'warning', '0.mainResults.1'],
    ]);
    expect(result.valid).toBe(false);
  });

  it('finds a ring of assessors', () => {
    const a = skp({ employee: { nip: HEAD, name: 'A' }, assessor: { nip: STAFF, name: 'B' }, mainResults: [rhk('A1', 'B1')] });
    const b = skp({ employee: { nip: STAFF, name: 'B' }, assessor: { nip: OTHER, name: 'C' }, mainResults: [rhk('B1', 'C1')] });
    const c = skp({ employee: { nip: OTHER, name: 'C' }, assessor: { nip: HEAD, name: 'A' }, mainResults: [rhk('C1', 'A1')] });
    const result = cascade([a, b, c]);
    expect(result.cycles).toEqual([[HEAD, STAFF, OTHER]]);
    expect(result.issues.map((found) => found.code)).toEqual(['workplan/cascade-cycle']);
    expect(result.issues[0]?.message.en).toBe(`The cascade runs in a ring: ${HEAD} → ${STAFF} → ${OTHER} → ${HEAD}.`);
  });

  it("picks the assessor's SKP over an overlapping period (a transfer in the year gives two SKPs)", () => {
    const first = assessorSkp({ period: { from: '2027-01-01', to: '2027-06-30' }, mainResults: [{ ...rhk('K1'), perspective: 'budget', performanceAgreement: 'PK' }] });
    const second = assessorSkp({ period: { from: '2027-07-01', to: '2027-12-31' }, mainResults: [{ ...rhk('K5'), perspective: 'budget', performanceAgreement: 'PK' }] });
    const staff = skp({ period: { from: '2027-08-01', to: '2027-12-31' }, mainResults: [rhk('R1', 'K5')] });
    const result = cascade([first, second, staff]);
    expect(result.orphans).toEqual([]);
    expect(result.notIntervened).toEqual([]);
  });

  it("checks the annual predikat against the unit's distribution pattern when its predikat is given", () => {
    const annual = (predikat: string) => [{ kind: 'annual', period: { from: '2027-01-01', to: '2027-12-31' }, predikat }];
    const plans = Array.from({ length: 10 }, (_, i) => skp({
      employee: { nip: nipOf(i), name: `P${String(i)}` },
      assessor: { name: 'Kepala' },
      jpt: true,
      mainResults: [{ ...rhk(`R${String(i)}`), perspective: 'budget', performanceAgreement: 'PK' }],
      evaluations: annual(i < 8 ? 'good' : 'very-good'),
    }));
    const result = cascade(plans, { orgPredikat: 'good' });
    expect(result.distribution?.compliant).toBe(false);
    expect(result.issues.map((found) => found.code)).toEqual(['workplan/distribution', 'workplan/distribution']);
    expect(result.issues[0]?.basis.instrument).toBe('SE MenPANRB 3/2023');
    expect(cascade(plans).distribution).toBeUndefined();
  });

  it('annual predikat before the distribution patterns applied (2023) are a coded error', () => {
    const old = [skp({
      period: { from: '2022-01-01', to: '2022-12-31' }, jpt: true, assessor: { name: 'Kepala' },
      mainResults: [{ ...rhk('R1'), perspective: 'budget', performanceAgreement: 'PK' }],
      evaluations: [{ kind: 'annual', period: { from: '2022-01-01', to: '2022-12-31' }, predikat: 'good' }],
    })];
    expect(checkUnitCascade(untyped(old), { orgPredikat: 'good' })._unsafeUnwrapErr().code).toBe('workplan/no-rule-in-force');
  });

  describe('each issue in full, and the edges of the cascade', () => {
    const YEAR = {
      instrument: 'PermenPANRB 6/2022', article: 'Pasal 5 (perencanaan kinerja; evaluasi periodik dan tahunan)',
      note: 'an SKP covers one calendar year at most; a main result of a non-JPT intervenes an RHK of the assessor',
    };

    it('orphans, an assessor without an SKP and an RHK nobody intervenes, with their messages', () => {
      const result = cascade([
        assessorSkp(),
        skp({ mainResults: [rhk('R1', 'K1'), rhk('R2', 'K9')] }),
        skp({ employee: { nip: OTHER, name: 'Rina' }, assessor: { nip: nipOf(7), name: 'Di unit lain' } }),
      ]);
      expect(result).toEqual({
        valid: false, errors: 1, warnings: 2,
        orphans: [{ nip: STAFF, rhkId: 'R2', intervenes: 'K9' }], cycles: [], notIntervened: [{ nip: HEAD, rhkId: 'K2' }], withoutAssessorSkp: [OTHER],
        issues: [
          { code: 'workplan/orphan-rhk', severity: 'error', basis: YEAR, path: '1.mainResults.1.intervenes', data: { nip: STAFF, rhkId: 'R2', assessor: HEAD },
            message: {
              id: `SKP ${STAFF}: RHK utama "R2" tidak mengintervensi RHK mana pun di SKP atasan (${HEAD}).`,
              en: `SKP ${STAFF}: main RHK "R2" intervenes no RHK of the assessor's SKP (${HEAD}).`,
            } },
          { code: 'workplan/assessor-skp-missing', severity: 'warning', basis: YEAR, path: '2.assessor.nip', data: { nip: OTHER, assessor: nipOf(7) },
            message: {
              id: `SKP ${OTHER}: SKP pejabat penilai tidak ada di unit ini, sehingga cascading tidak dapat diperiksa.`,
              en: `SKP ${OTHER}: the assessor has no SKP in this unit, so its cascade cannot be checked.`,
            } },
          { code: 'workplan/rhk-not-intervened', severity: 'warning', basis: YEAR, path: '0.mainResults.1', data: { nip: HEAD, rhkId: 'K2' },
            message: { id: `SKP ${HEAD}: RHK utama "K2" tidak diintervensi oleh bawahan mana pun.`, en: `SKP ${HEAD}: main RHK "K2" is intervened by no subordinate.` } },
        ],
      });
    });

    it("an RHK of the superior's additional results may be intervened; a self-assessed SKP has no assessor's SKP", () => {
      const head = assessorSkp({ additionalResults: [{ ...rhk('K3'), perspective: 'budget' }] });
      const result = cascade([head, skp({ mainResults: [rhk('R1', 'K3'), rhk('R2', 'K1'), rhk('R3', 'K2')] })]);
      expect([result.orphans, result.notIntervened, result.issues]).toEqual([[], [], []]);
      expect(cascade([skp({ assessor: { nip: STAFF, name: 'Sendiri' } })]).withoutAssessorSkp).toEqual([STAFF]);
      const later = assessorSkp({ period: { from: '2028-01-01', to: '2028-12-31' } });
      expect(cascade([later, skp()]).withoutAssessorSkp).toEqual([STAFF]);
    });

    it('a ring is listed once, from where the walk enters it, without the SKPs that only lead into it', () => {
      const a = skp({ employee: { nip: HEAD, name: 'A' }, assessor: { nip: STAFF, name: 'B' }, mainResults: [rhk('A1', 'B1')] });
      const b = skp({ employee: { nip: STAFF, name: 'B' }, assessor: { nip: HEAD, name: 'A' }, mainResults: [rhk('B1', 'A1')] });
      const lead = skp({ employee: { nip: OTHER, name: 'C' }, assessor: { nip: STAFF, name: 'B' }, mainResults: [rhk('C1', 'B1')] });
      const result = cascade([lead, a, b]);
      expect(result.cycles).toEqual([[STAFF, HEAD]]);
      expect(result.issues).toEqual([{
        code: 'workplan/cascade-cycle', severity: 'error', basis: YEAR, path: '', data: { nips: [STAFF, HEAD] },
        message: { id: `Cascading melingkar: ${STAFF} → ${HEAD} → ${STAFF}.`, en: `The cascade runs in a ring: ${STAFF} → ${HEAD} → ${STAFF}.` },
      }]);
    });

    it('the distribution breaches as warnings with the pattern rule; each SKP counts its last annual predikat', () => {
      const evaluations = (i: number) => [
        { kind: 'annual', period: { from: '2027-01-01', to: '2027-06-30' }, predikat: 'very-good' },
        { kind: 'periodic', period: { from: '2027-07-01', to: '2027-09-30' }, predikat: 'poor' },
        { kind: 'annual', period: { from: '2027-07-01', to: '2027-12-31' }, ...(i === 9 ? {} : { predikat: i < 8 ? 'good' : 'very-good' }) },
      ];
      const plans = Array.from({ length: 10 }, (_, i) => skp({
        employee: { nip: nipOf(i), name: `P${String(i)}` }, assessor: { name: 'Kepala' }, jpt: true,
        mainResults: [{ ...rhk(`R${String(i)}`), perspective: 'budget', performanceAgreement: 'PK' }],
        evaluations: evaluations(i),
      }));
      const result = cascade(plans, { orgPredikat: 'good' });
      const basis = { instrument: 'SE MenPANRB 3/2023', article: 'Lampiran (pola distribusi predikat kinerja pegawai)', note: 'a breach needs a justification' };
      expect(result.distribution?.counts).toEqual({ 'very-good': 2, good: 8, 'needs-improvement': 0, poor: 0, 'very-poor': 0 });
      expect(result.issues).toEqual([
        { code: 'workplan/distribution', severity: 'warning', basis, path: '', data: { rule: 'good/good-max-70', count: 8 },
          message: { id: 'Baik maksimal 70%: 8 dari 10 pegawai, sedangkan yang dibolehkan paling banyak 7.', en: 'Good at most 70%: 8 of 10 employees, where at most 7 are allowed.' } },
        { code: 'workplan/distribution', severity: 'warning', basis, path: '', data: { rule: 'good/needs-improvement-or-poor-exists', count: 0 },
          message: {
            id: 'Harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang: 0 dari 10 pegawai, sedangkan yang dibolehkan paling sedikit 1.',
            en: 'At least one employee must be rated needs improvement and/or poor: 0 of 10 employees, where at least 1 are allowed.',
          } },
      ]);
      expect(result.valid).toBe(true);
      const unrated = plans.map((plan) => ({ ...plan, evaluations: [] }));
      expect(cascade(unrated, { orgPredikat: 'good' }).distribution).toBeUndefined();
    });

    it('the distribution is read as of the latest annual evaluation: one in 2022 and one in 2027 is no error', () => {
      const plan = (nip: string, year: number) => skp({
        employee: { nip, name: nip }, assessor: { name: 'Kepala' }, jpt: true, period: { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` },
        mainResults: [{ ...rhk('R1'), perspective: 'budget', performanceAgreement: 'PK' }],
        evaluations: [{ kind: 'annual', period: { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` }, predikat: 'good' }],
      });
      expect(checkUnitCascade(untyped([plan(HEAD, 2027), plan(STAFF, 2022)]), { orgPredikat: 'good' }).isOk()).toBe(true);
      expect(checkUnitCascade(untyped([plan(STAFF, 2022), plan(HEAD, 2027)]), { orgPredikat: 'good' }).isOk()).toBe(true);
    });
  });

  it('bad input is a coded error with the index of the bad SKP, never a throw', () => {
    expect(dataOf(checkUnitCascade(untyped({}))._unsafeUnwrapErr(), 'workplan/invalid-input').issues).toEqual([{ path: '', message: 'Expected an array of SKPs' }]);
    expect(checkUnitCascade(untyped({}))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    const bad = checkUnitCascade(untyped([skp(), { period: 1 }]))._unsafeUnwrapErr();
    expect(bad.code).toBe('workplan/invalid-input');
    expect(bad.data.index).toBe(1);
    expect(checkUnitCascade([], untyped({ strict: true }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
  });

  it('parsed plans are used as they are', () => {
    const parsed: SkpPlan[] = [assessorSkp(), skp()].map((plan) => parseSkpPlan(plan)._unsafeUnwrap());
    expect(checkUnitCascade(parsed)._unsafeUnwrap().valid).toBe(true);
  });
});
