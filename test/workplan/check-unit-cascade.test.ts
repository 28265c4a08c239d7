import { describe, expect, it } from 'vitest';
import { checkUnitCascade, parseSkpPlan, type SkpPlan, type UnitCascade } from '../../src/workplan';
import { untyped } from '../hostile';
import { assessorSkp, HEAD, nipOf, OTHER, rhk, skp, STAFF } from './fixtures';

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

  it('bad input is a coded error with the index of the bad SKP, never a throw', () => {
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
