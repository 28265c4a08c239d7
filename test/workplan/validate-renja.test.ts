import { describe, expect, it } from 'vitest';
import { parseRenja, validateRenja } from '../../src/workplan';
import { untyped } from '../hostile';

const indicator = { text: 'Dokumen', target: 1, unit: 'dokumen' };
const sub = (code: string, budget: number, extra: Record<string, unknown> = {}) => ({
  code, name: `Sub ${code}`, indicator, budget, location: 'Kota Medan', ...extra,
});
const renja = (overrides: Record<string, unknown> = {}, activity: Record<string, unknown> = {}) => ({
  unit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
  year: 2027,
  forwardYear: 2028,
  programmes: [{
    code: '5.03.02', name: 'Program Kepegawaian Daerah', indicator, budget: 250_000_000,
    activities: [{
      code: '5.03.02.2.01', name: 'Kegiatan', indicator, budget: 250_000_000,
      subActivities: [sub('5.03.02.2.01.0001', 100_000_000), sub('5.03.02.2.01.0002', 150_000_000)],
      ...activity,
    }],
  }],
  ...overrides,
});
const issues = (input: unknown, options?: unknown) => validateRenja(untyped(input), untyped(options))._unsafeUnwrap().issues;

describe('validateRenja', () => {
  it('a consistent Renja has no issue', () => {
    expect(validateRenja(untyped(renja()), { year: 2027 })._unsafeUnwrap()).toEqual({ valid: true, errors: 0, warnings: 0, issues: [] });
  });

  it('W10: sub-activities of 100 and 150 million under an activity of 200 million are an error', () => {
    const found = issues(renja({}, { budget: 200_000_000 }));
    expect(found.map((one) => [one.code, one.path])).toEqual([
      ['workplan/budget-mismatch', 'programmes.0.activities.0.budget'],
      ['workplan/budget-mismatch', 'programmes.0.budget'],
    ]);
    expect(found[0]?.data).toEqual({ code: '5.03.02.2.01', sum: 250_000_000, budget: 200_000_000 });
    expect(found[0]?.message.id).toBe('Jumlah pagu sub kegiatan 5.03.02.2.01 Rp250.000.000, sedangkan pagunya Rp200.000.000.');
  });

  it('checks the plan year and the forward year', () => {
    expect(issues(renja({ forwardYear: 2029 }), { year: 2026 }).map((one) => one.code)).toEqual(['workplan/plan-year', 'workplan/forward-year']);
  });

  it('every sub-activity has a target, a unit, a budget of at least zero and a location; codes are unique and nested', () => {
    const subs = [
      sub('5.03.02.2.01.0001', 100_000_000, { indicator: { text: 'x' }, location: ' ' }),
      sub('5.03.02.2.01.0001', 150_000_000),
      sub('9.99.0001', 0),
      sub('5.03.02.2.01.0003', -1, { indicator: { text: 'x', target: 2, unit: '' } }),
    ];
    const found = issues(renja({}, { budget: 249_999_999, subActivities: subs }));
    expect(found.map((one) => [one.code, one.severity, one.path])).toEqual([
      ['workplan/missing-target', 'error', 'programmes.0.activities.0.subActivities.0.indicator.target'],
      ['workplan/missing-unit', 'error', 'programmes.0.activities.0.subActivities.0.indicator.unit'],
      ['workplan/missing-location', 'error', 'programmes.0.activities.0.subActivities.0.location'],
      ['workplan/duplicate-id', 'error', 'programmes.0.activities.0.subActivities.1.code'],
      ['workplan/code-outside-parent', 'warning', 'programmes.0.activities.0.subActivities.2.code'],
      ['workplan/missing-unit', 'error', 'programmes.0.activities.0.subActivities.3.indicator.unit'],
      ['workplan/negative-budget', 'error', 'programmes.0.activities.0.subActivities.3.budget'],
      ['workplan/budget-mismatch', 'error', 'programmes.0.budget'],
    ]);
  });

  it('an activity without its own budget adds up from its sub-activities; a programme without one is not summed', () => {
    const withoutBudget = renja();
    const programme = withoutBudget.programmes[0] as Record<string, unknown> & { activities: Record<string, unknown>[] };
    const activity = { ...(programme.activities[0] as Record<string, unknown>) };
    delete activity.budget;
    expect(issues({ ...withoutBudget, programmes: [{ ...programme, activities: [activity] }] })).toEqual([]);
    const unbudgeted: Record<string, unknown> = { ...programme };
    delete unbudgeted.budget;
    expect(issues({ ...withoutBudget, programmes: [programme, unbudgeted] }).map((one) => one.code)).toEqual([
      'workplan/duplicate-id', 'workplan/duplicate-id', 'workplan/duplicate-id', 'workplan/duplicate-id',
    ]);
  });

  describe('each issue in full: code, severity, basis, message in both languages, path and data', () => {
    const BASIS = {
      instrument: 'Permendagri 86/2017', article: 'Lampiran (Renja Perangkat Daerah: rencana tahun n dan prakiraan maju tahun n+1)',
      note: 'sub-activity codes after Permendagri 90/2019',
    };

    it('W10: the sums of the budgets, in rupiah, at the activity and at the programme', () => {
      expect(issues(renja({}, { budget: 200_000_000 }))).toEqual([
        { code: 'workplan/budget-mismatch', severity: 'error', basis: BASIS, path: 'programmes.0.activities.0.budget',
          message: {
            id: 'Jumlah pagu sub kegiatan 5.03.02.2.01 Rp250.000.000, sedangkan pagunya Rp200.000.000.',
            en: 'The sub-activities of 5.03.02.2.01 add up to IDR 250,000,000, but its budget is IDR 200,000,000.',
          },
          data: { code: '5.03.02.2.01', sum: 250_000_000, budget: 200_000_000 } },
        { code: 'workplan/budget-mismatch', severity: 'error', basis: BASIS, path: 'programmes.0.budget',
          message: {
            id: 'Jumlah pagu kegiatan 5.03.02 Rp200.000.000, sedangkan pagunya Rp250.000.000.',
            en: 'The activities of 5.03.02 add up to IDR 200,000,000, but its budget is IDR 250,000,000.',
          },
          data: { code: '5.03.02', sum: 200_000_000, budget: 250_000_000 } },
      ]);
    });

    it('budgets agree to the sen: half a sen apart is a mismatch, less is not', () => {
      const subs = (second: number) => [sub('5.03.02.2.01.0001', 100_000_000), sub('5.03.02.2.01.0002', second)];
      expect(issues(renja({ programmes: [{ ...renja().programmes[0], budget: 250_000_000.004 }] }, {}))).toEqual([]);
      const off = issues(renja({}, { subActivities: subs(150_000_000.01) })).map((one) => [one.path, one.data]);
      expect(off).toEqual([
        ['programmes.0.activities.0.budget', { code: '5.03.02.2.01', sum: 250_000_000.01, budget: 250_000_000 }],
      ]);
      const tiny = (amount: number) => {
        const plan = renja({}, { budget: 0, subActivities: [sub('5.03.02.2.01.0001', amount)] });
        return issues({ ...plan, programmes: [{ ...plan.programmes[0], budget: 0 }] });
      };
      expect(tiny(0.005).map((one) => [one.path, one.data])).toEqual([['programmes.0.activities.0.budget', { code: '5.03.02.2.01', sum: 0.005, budget: 0 }]]);
      expect(tiny(0.0049)).toEqual([]);
      expect(issues(renja({}, { budget: 0, subActivities: [sub('5.03.02.2.01.0001', 0.6)] }))[0]?.message).toEqual({
        id: 'Jumlah pagu sub kegiatan 5.03.02.2.01 Rp1, sedangkan pagunya Rp0.',
        en: 'The sub-activities of 5.03.02.2.01 add up to IDR 1, but its budget is IDR 0.',
      });
    });

    it('an activity without sub-activities and a programme without activities are not summed', () => {
      expect(issues(renja({}, { budget: 5, subActivities: [] }))).toEqual([
        expect.objectContaining({ code: 'workplan/budget-mismatch', path: 'programmes.0.budget', data: { code: '5.03.02', sum: 5, budget: 250_000_000 } }),
      ]);
      expect(issues(renja({ programmes: [{ ...renja().programmes[0], activities: [] }] }))).toEqual([]);
    });

    it('the plan year and the forward year', () => {
      expect(issues(renja({ forwardYear: 2029 }), { year: 2026 })).toEqual([
        { code: 'workplan/plan-year', severity: 'error', basis: BASIS, path: 'year', data: { year: 2027, expected: 2026 },
          message: { id: 'Tahun rencana 2027, seharusnya 2026.', en: 'The plan year is 2027, not 2026.' } },
        { code: 'workplan/forward-year', severity: 'error', basis: BASIS, path: 'forwardYear', data: { forwardYear: 2029, year: 2027 },
          message: { id: 'Prakiraan maju untuk tahun 2029, seharusnya 2028.', en: 'The forward estimate is for 2029, not 2028.' } },
      ]);
      expect(issues(renja({ forwardYear: 2027 }), { year: 2027 }).map((one) => one.code)).toEqual(['workplan/forward-year']);
    });

    it('targets, units, locations, negative budgets and codes', () => {
      const subs = [
        sub('5.03.02.2.01.0001', 100_000_000, { indicator: { text: 'x' }, location: ' ' }),
        sub('5.03.02.2.01.0001', 150_000_000),
        sub('9.99.0001', 0),
        sub('5.03.02.2.01.0003', -1, { indicator: { text: 'x', target: 2, unit: '' } }),
      ];
      const path = (index: number, tail: string): string => `programmes.0.activities.0.subActivities.${String(index)}.${tail}`;
      expect(issues(renja({}, { budget: 249_999_999, subActivities: subs }))).toEqual([
        { code: 'workplan/missing-target', severity: 'error', basis: BASIS, path: path(0, 'indicator.target'), data: { code: '5.03.02.2.01.0001' },
          message: { id: 'Indikator 5.03.02.2.01.0001 tidak memiliki target.', en: 'The indicator of 5.03.02.2.01.0001 has no target.' } },
        { code: 'workplan/missing-unit', severity: 'error', basis: BASIS, path: path(0, 'indicator.unit'), data: { code: '5.03.02.2.01.0001' },
          message: { id: 'Indikator 5.03.02.2.01.0001 tidak memiliki satuan.', en: 'The indicator of 5.03.02.2.01.0001 has no unit (satuan).' } },
        { code: 'workplan/missing-location', severity: 'error', basis: BASIS, path: path(0, 'location'), data: { code: '5.03.02.2.01.0001' },
          message: { id: 'Sub kegiatan 5.03.02.2.01.0001 tidak memiliki lokasi.', en: 'Sub-activity 5.03.02.2.01.0001 has no location.' } },
        { code: 'workplan/duplicate-id', severity: 'error', basis: BASIS, path: path(1, 'code'), data: { code: '5.03.02.2.01.0001' },
          message: { id: 'Kode 5.03.02.2.01.0001 dipakai lebih dari sekali.', en: 'The code 5.03.02.2.01.0001 is used more than once.' } },
        { code: 'workplan/code-outside-parent', severity: 'warning', basis: BASIS, path: path(2, 'code'), data: { code: '9.99.0001', parent: '5.03.02.2.01' },
          message: { id: 'Kode 9.99.0001 tidak diawali kode induknya 5.03.02.2.01.', en: "The code 9.99.0001 does not start with its parent's code 5.03.02.2.01." } },
        { code: 'workplan/missing-unit', severity: 'error', basis: BASIS, path: path(3, 'indicator.unit'), data: { code: '5.03.02.2.01.0003' },
          message: { id: 'Indikator 5.03.02.2.01.0003 tidak memiliki satuan.', en: 'The indicator of 5.03.02.2.01.0003 has no unit (satuan).' } },
        { code: 'workplan/negative-budget', severity: 'error', basis: BASIS, path: path(3, 'budget'), data: { code: '5.03.02.2.01.0003', budget: -1 },
          message: { id: 'Pagu sub kegiatan 5.03.02.2.01.0003 di bawah nol.', en: 'The budget of sub-activity 5.03.02.2.01.0003 is below zero.' } },
        { code: 'workplan/budget-mismatch', severity: 'error', basis: BASIS, path: 'programmes.0.budget', data: { code: '5.03.02', sum: 249_999_999, budget: 250_000_000 },
          message: {
            id: 'Jumlah pagu kegiatan 5.03.02 Rp249.999.999, sedangkan pagunya Rp250.000.000.',
            en: 'The activities of 5.03.02 add up to IDR 249,999,999, but its budget is IDR 250,000,000.',
          } },
      ]);
      const prefixOnly = sub('5.03.02.2.010001', 0);
      expect(issues(renja({}, { budget: 250_000_000, subActivities: [...subs.slice(1, 2), sub('5.03.02.2.01.0004', 100_000_000), prefixOnly] }))
        .map((one) => [one.code, one.path])).toEqual([['workplan/code-outside-parent', path(2, 'code')]]);
      const noLocation = { ...sub('5.03.02.2.01.0001', 100_000_000) } as Record<string, unknown>;
      delete noLocation.location;
      expect(issues(renja({}, { subActivities: [noLocation, sub('5.03.02.2.01.0002', 150_000_000)] })).map((one) => one.code)).toEqual(['workplan/missing-location']);
    });
  });

  it('bad input is a coded error, never a throw; a parsed Renja is used as it is', () => {
    expect(validateRenja(untyped({ year: 2027 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateRenja(untyped(renja()), untyped({ tahun: 2027 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateRenja(parseRenja(renja())._unsafeUnwrap())._unsafeUnwrap().valid).toBe(true);
  });
});
