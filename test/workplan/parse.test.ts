import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkUnitCascade,
  draftAsnWorkPlan,
  parseAsnWorkPlan,
  parseRenja,
  parseSkpPlan,
  parseWorkPlanContext,
  validateAsnWorkPlan,
  validateRenja,
  validateSkpPlan,
  workforceNeed,
} from '../../src/workplan';
import { parseEmployee } from '../../src/employee';
import { hostileArbitrary, untyped } from '../hostile';
import { activity, AGENCY, DINKES, skp, workPlan } from './fixtures';
import { dataOf } from '../error-data';

describe('the parsers', () => {
  it('return new, deeply frozen values and never change the caller’s object', () => {
    const raw = workPlan();
    const plan = parseAsnWorkPlan(raw)._unsafeUnwrap();
    expect(plan).not.toBe(raw);
    expect(Object.isFrozen(plan.activities[0]?.budget.lines)).toBe(true);
    expect(Object.isFrozen(raw)).toBe(false);
    expect(plan.activities[0]).toMatchObject({ partners: [], targetGroups: [], units: [], services: [] });
    expect(plan.activities[1]?.budget.lines).toEqual([]);
    expect(Object.isFrozen(parseSkpPlan(skp())._unsafeUnwrap().behaviours)).toBe(true);
    const why = { code: 'workplan/own', severity: 'info', basis: { instrument: 'PP 11/2017' }, message: { id: 'Alasan', en: 'Reason' } };
    const motivated = parseAsnWorkPlan(workPlan({ activities: [{ ...(workPlan().activities as object[])[0], motivation: why }] }))._unsafeUnwrap();
    expect(motivated.activities[0]?.motivation?.data).toEqual({});
  });

  it('a schedule may be one day long but not end before it starts', () => {
    const oneDay = { from: '2027-03-01', to: '2027-03-01' };
    expect(parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S1', { schedule: oneDay })] })).isOk()).toBe(true);
    const backwards = parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S1', { schedule: { from: '2027-03-02', to: '2027-03-01' } })] }))._unsafeUnwrapErr();
    expect(dataOf(backwards, 'workplan/invalid-input').issues).toEqual([{ path: 'activities.0.schedule.to', message: 'The end of a range must not be before its start' }]);
    const plan = parseAsnWorkPlan(workPlan())._unsafeUnwrap();
    expect(plan.activities[1]).toMatchObject({ partners: [], targetGroups: [], units: [], competencies: [], services: [], budget: { lines: [] } });
    expect([plan.objectives.length, plan.services.length]).toEqual([2, 1]);
    expect(parseWorkPlanContext({ roster: [] })._unsafeUnwrap()).toMatchObject({ assessments: [], catalogue: [], completedJp: [], performance: [], satisfaction: [], trainingNeeds: [] });
  });

  it('report every issue with its path', () => {
    const error = parseAsnWorkPlan({ ...workPlan(), period: { from: '2027-12-31', to: '2027-01-01' }, activities: [{ id: 'A1' }] })._unsafeUnwrapErr();
    expect(error.code).toBe('workplan/invalid-input');
    const paths = dataOf(error, 'workplan/invalid-input').issues.map((issue) => issue.path);
    expect(paths).toContain('period.to');
    expect(paths).toContain('activities.0.title');
    expect(dataOf(parseRenja({ unit: DINKES, year: 1800, forwardYear: 2028, programmes: [] })._unsafeUnwrapErr(), 'workplan/invalid-input').issues).toEqual([
      { path: 'year', message: 'Too small: expected number to be >=1900' },
    ]);
  });

  it('parseWorkPlanContext: employees from parseEmployee as they are, other members checked, issues under their item', () => {
    const employee = parseEmployee({
      kind: 'PNS', nip: '19660801 198803 1 001', name: 'Amir', gender: 'male', birthDate: '1966-08-01', tmtCpns: '1988-03-01',
      golongan: 'IV/a', position: { type: 'pelaksana' }, workUnit: DINKES,
    })._unsafeUnwrap();
    const context = parseWorkPlanContext({ roster: [employee, { nip: '198503152010012003', kind: 'PPPK', workUnit: DINKES }] })._unsafeUnwrap();
    expect(context.roster[0]).toBe(employee);
    expect(context.minimumGrade).toBe('B');
    expect(context.trainingNeeds).toEqual([]);
    const assessed = parseWorkPlanContext({
      roster: [employee],
      assessments: [{ nip: employee.nip, date: '2026-10-01', standard: { integrity: 3 }, actual: { integrity: 1 } }],
    })._unsafeUnwrap();
    expect(assessed.trainingNeeds.map((need) => [need.competency, need.participantCount, need.totalShortfall])).toEqual([['integrity', 1, 2]]);
    expect(parseWorkPlanContext(context)._unsafeUnwrap()).toBe(context);
    const bad = parseWorkPlanContext({
      roster: [{ nip: '198503152010012003', kind: 'PNS' }],
      assessments: [{ nip: '198503152010012003', date: '2026-02-30', actual: {} }],
      catalogue: [{}],
    })._unsafeUnwrapErr();
    const paths = dataOf(bad, 'workplan/invalid-input').issues.map((issue) => issue.path);
    expect(paths).toContain('roster.0.workUnit');
    expect(paths).toContain('assessments.0.date');
    expect(paths.some((path) => path.startsWith('catalogue.0'))).toBe(true);
    expect(dataOf(parseWorkPlanContext({ roster: [5] })._unsafeUnwrapErr(), 'workplan/invalid-input').issues).toEqual([
      { path: 'roster.0', message: 'Invalid input: expected object, received number' },
    ]);
    const twice = parseWorkPlanContext({ roster: [employee, employee] })._unsafeUnwrapErr();
    expect(dataOf(twice, 'workplan/invalid-input').issues).toEqual([{ path: 'roster.1.nip', message: 'NIP 196608011988031001 appears more than once' }]);
  });
});

describe('the TSDoc examples', () => {
  it('validateAsnWorkPlan: a plan on one pillar is valid with three missing pillars', () => {
    const result = validateAsnWorkPlan(untyped({
      id: 'RK-2027', title: 'Rencana Kerja 2027', agency: { id: 'pemko', name: 'Pemko Medan' },
      period: { from: '2027-01-01', to: '2027-12-31' },
      objectives: [{ id: 'T1', text: 'Meningkatkan kualitas ASN' }],
      strategies: [{ id: 'S1', pillar: 'technology', text: 'e-Government', objectiveIds: ['T1'] }],
      activities: [{
        id: 'A1', title: 'Cuti daring', objectiveId: 'T1', strategyId: 'S1',
        indicator: { text: 'Aplikasi berjalan', target: 1, unit: 'aplikasi' },
        schedule: { from: '2027-02-01', to: '2027-06-30' }, budget: { amount: 150_000_000 },
        responsibleUnit: { id: 'bkpsdm', name: 'BKPSDM' }, services: ['leave-request'],
      }],
    }))._unsafeUnwrap();
    expect(result.valid).toBe(true);
    expect(result.issues.map((found) => found.code)).toEqual(['workplan/pillar-missing', 'workplan/pillar-missing', 'workplan/pillar-missing']);
  });

  it('draftAsnWorkPlan: one PNS in a unit graded C', () => {
    const context = {
      roster: [{ nip: '198503152010012003', kind: 'PNS' as const, workUnit: { id: 'dinkes', name: 'Dinas Kesehatan' } }],
      satisfaction: [{ unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, converted: 74.2 }],
    };
    const draft = draftAsnWorkPlan(untyped(context), { id: 'RK-ASN-2027', agency: AGENCY, period: { from: '2027-01-01', to: '2027-12-31' } })._unsafeUnwrap();
    expect(draft.activities.map((activity) => activity.id)).toEqual(['KOM-001', 'KIN-001', 'TEK-001', 'TEK-002', 'TEK-003', 'PUB-001', 'PUB-002']);
    expect(validateAsnWorkPlan(draft, untyped(context))._unsafeUnwrap().valid).toBe(true);
  });

  it('checkUnitCascade: two SKPs assessing each other are a ring', () => {
    const a = skp({ employee: { nip: '198001012005011001', name: 'A' }, assessor: { nip: '199001012015031001', name: 'B' } });
    const b = skp({ employee: { nip: '199001012015031001', name: 'B' }, assessor: { nip: '198001012005011001', name: 'A' } });
    expect(checkUnitCascade(untyped([a, b]))._unsafeUnwrap().cycles.length).toBe(1);
  });
});

describe('no function of the module throws on hostile input', () => {
  const functions: readonly ((...args: unknown[]) => unknown)[] = [
    parseSkpPlan, parseAsnWorkPlan, parseWorkPlanContext, parseRenja, validateSkpPlan, checkUnitCascade,
    validateAsnWorkPlan, draftAsnWorkPlan, validateRenja, workforceNeed,
  ] as never;
  it('any value in any position gives a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, (first, second) => {
        for (const fn of functions) {
          expect(() => fn(first, second)).not.toThrow();
          expect(() => fn(workPlan(), second)).not.toThrow();
          expect(() => fn(skp(), { assessorSkp: second })).not.toThrow();
        }
      }),
      { numRuns: 150 },
    );
  });
});
