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

  it('bad input is a coded error, never a throw; a parsed Renja is used as it is', () => {
    expect(validateRenja(untyped({ year: 2027 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateRenja(untyped(renja()), untyped({ tahun: 2027 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateRenja(parseRenja(renja())._unsafeUnwrap())._unsafeUnwrap().valid).toBe(true);
  });
});
