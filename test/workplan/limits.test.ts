import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/core';
import {
  checkUnitCascade,
  draftAsnWorkPlan,
  parseAsnWorkPlan,
  parseRenja,
  parseSkpPlan,
  parseWorkPlanContext,
  validateAsnWorkPlan,
  workforceNeed,
  type AsnWorkPlanValidation,
  type WorkPlanContext,
  type WorkplanError,
} from '../../src/workplan';
import { sessionCount, sessionsOf } from '../../src/workplan/sessions';
import { parseAssessment } from '../../src/competency';
import { untyped } from '../hostile';
import { dataOf } from '../error-data';
import { activity, AGENCY, nipOf, rhk, skp, workPlan } from './fixtures';

const RECORDS = INPUT_LIMITS.records;
const ITEMS = INPUT_LIMITS.items;
const TEXT = INPUT_LIMITS.text;
const YEAR_2027 = { from: '2027-01-01', to: '2027-12-31' };
const LONG_RANGE = { from: '1900-01-01', to: '2999-12-31' };
/** The time a test at the limits may take under mutation testing's instrumentation (about ten times slower). */
const AT_THE_LIMIT = 30_000;
const options = (more: Record<string, unknown> = {}) => ({ id: 'RK', agency: AGENCY, period: YEAR_2027, ...more });
const context = (raw: Record<string, unknown>): WorkPlanContext => parseWorkPlanContext(raw)._unsafeUnwrap();
const issuesOf = (result: Result<unknown, WorkplanError>) => (result.isErr() ? dataOf(result.error, 'workplan/invalid-input').issues : []);
const pillarCheck = (validation: AsnWorkPlanValidation, pillar: string) =>
  validation.coverage.find((row) => row.pillar === pillar)?.checks ?? [];
/** `count` distinct unit ids of the same length, `prefix000000` on. */
const unitIds = (prefix: string, from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(from + index).padStart(6, '0')}`);

describe('D9: the workplan schemas bound every list and string by INPUT_LIMITS', () => {
  const tooBig = (most: number, what: 'array' | 'string') =>
    what === 'array' ? `Too big: expected array to have <=${String(most)} items` : `Too big: expected string to have <=${String(most)} characters`;
  const dates = (count: number) => Array.from({ length: count }, (_, index) => (index % 2 === 0 ? '2027-01-01' : '2027-12-31'));
  const cases: readonly {
    readonly name: string;
    readonly parse: (size: number) => Result<unknown, WorkplanError>;
    readonly most: number;
    readonly what: 'array' | 'string';
    readonly path: string;
  }[] = [
    { name: 'a plan’s activities (records)', most: RECORDS, what: 'array', path: 'activities',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: Array.from({ length: size }, (_, index) => activity(`A${String(index)}`, 'S3')) })) },
    { name: 'the units an activity names (records: the agency’s units)', most: RECORDS, what: 'array', path: 'activities.0.units',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S2', { units: unitIds('u', 0, size) })] })) },
    { name: 'the sessions of a schedule (items)', most: ITEMS, what: 'array', path: 'activities.0.schedule.sessions',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S4', { schedule: { ...YEAR_2027, sessions: dates(size) } })] })) },
    { name: 'the competencies of an activity (items)', most: ITEMS, what: 'array', path: 'activities.0.competencies',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S1', { competencies: Array.from({ length: size }, () => 'x') })] })) },
    { name: 'a plan’s objectives (items)', most: ITEMS, what: 'array', path: 'objectives',
      parse: (size) => parseAsnWorkPlan(workPlan({ objectives: Array.from({ length: size }, (_, index) => ({ id: `T${String(index)}`, text: 'Tujuan' })) })) },
    { name: 'an activity’s title (text)', most: TEXT, what: 'string', path: 'activities.0.title',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S3', { title: 'x'.repeat(size) })] })) },
    { name: 'an indicator’s unit (text, possibly empty)', most: TEXT, what: 'string', path: 'activities.0.indicator.unit',
      parse: (size) => parseAsnWorkPlan(workPlan({ activities: [activity('A1', 'S3', { indicator: { text: 'Capaian', unit: 'x'.repeat(size) } })] })) },
    { name: 'a context’s roster (records)', most: RECORDS, what: 'array', path: 'roster',
      parse: (size) => parseWorkPlanContext({ roster: Array.from({ length: size }, (_, index) => ({ nip: nipOf(index), kind: 'PPPK', workUnit: { id: 'u', name: 'U' } })) }) },
    { name: 'a context’s satisfaction indexes (records)', most: RECORDS, what: 'array', path: 'satisfaction',
      parse: (size) => parseWorkPlanContext({ roster: [], satisfaction: Array.from({ length: size }, () => ({ unit: { id: 'u', name: 'U' }, converted: 80 })) }) },
    { name: 'a Renja activity’s sub-activities (items)', most: ITEMS, what: 'array', path: 'programmes.0.activities.0.subActivities',
      parse: (size) => parseRenja({ unit: { id: 'b', name: 'B' }, year: 2027, forwardYear: 2028, programmes: [{ code: '1', name: 'P', indicator: { text: 'I' }, activities: [{
        code: '1.1', name: 'K', indicator: { text: 'I' }, subActivities: Array.from({ length: size }, () => ({ code: '1.1.1', name: 'S', indicator: { text: 'I' }, budget: 1 })) }] }] }) },
    { name: 'the indicators of an SKP plan’s result (items)', most: ITEMS, what: 'array', path: 'mainResults.0.indicators',
      parse: (size) => parseSkpPlan(skp({ mainResults: [{ ...rhk('R1', 'K1'), indicators: Array.from({ length: size }, () => ({ text: 'Dokumen' })) }] })) },
    { name: 'the tasks of a workload analysis (records)', most: RECORDS, what: 'array', path: '',
      parse: (size) => workforceNeed(untyped(Array.from({ length: size }, () => ({ name: 'Verifikasi', volume: 1, minutes: 1 })))) },
  ];

  for (const { name, parse, most, what, path } of cases) {
    it(`${name}: ${String(most)} is read, ${String(most + 1)} is an Err at \`${path}\``, () => {
      expect(parse(most).isOk()).toBe(true);
      expect(issuesOf(parse(most + 1))).toEqual([{ path, message: tooBig(most, what) }]);
    });
  }
});

describe('D9: draftAsnWorkPlan is linear in its context and counts what it would draft before drafting it', () => {
  /** A roster of 5,000 PPPK (no JP minimum) in `units` units, and one performance result each. */
  const wideContext = (units: number) => context({
    roster: Array.from({ length: RECORDS }, (_, index) => ({ nip: nipOf(index), kind: 'PPPK', workUnit: { id: `u${String(index % units)}`, name: `Unit ${String(index % units)}` } })),
    performance: Array.from({ length: RECORDS }, (_, index) => ({ nip: nipOf(index), predikat: index < RECORDS / 2 ? 'good' : 'very-good' })),
  });

  it('5,000 members in 4,994 units give 5,000 activities, each unit’s counts gathered in one pass, and the draft validates', () => {
    // 4,994 evaluations and 2 predikat follow-ups (performance), 3 services (technology), 1 dialogue (engagement).
    const data = wideContext(4994);
    const draft = draftAsnWorkPlan(data, options())._unsafeUnwrap();
    expect(draft.activities.length).toBe(RECORDS);
    const evaluations = draft.activities.filter((found) => found.motivation?.code === 'workplan/unit-evaluation');
    expect(evaluations.length).toBe(4994);
    // u0 holds members 0 (good) and 4,994 (very good), u1 members 1 and 4,995, u10 member 10 only.
    expect(evaluations.slice(0, 3).map((found) => [found.units[0], found.indicator.target, found.motivation?.data])).toEqual([
      ['u0', 2, { unit: 'u0', employees: 2, predikat: { good: 1, 'very-good': 1 } }],
      ['u1', 2, { unit: 'u1', employees: 2, predikat: { good: 1, 'very-good': 1 } }],
      ['u10', 1, { unit: 'u10', employees: 1, predikat: { good: 1 } }],
    ]);
    const followUps = draft.activities.filter((found) => found.motivation?.code === 'workplan/predikat-follow-up');
    expect(followUps.map((found) => [found.participants, found.units.length])).toEqual([[2500, 2500], [2500, 2500]]);
    const validation = validateAsnWorkPlan(draft, data)._unsafeUnwrap();
    expect([validation.valid, validation.issues.filter((found) => found.severity === 'error')]).toEqual([true, []]);
  }, AT_THE_LIMIT);

  it('a context that would give more than 5,000 activities is an Err at the draft’s activities, not at path \'\'', () => {
    const refused = draftAsnWorkPlan(wideContext(4995), options());
    expect(issuesOf(refused)).toEqual([{ path: 'activities', message: 'Too big: expected array to have <=5000 items' }]);
  }, AT_THE_LIMIT);

  it('each engagement activity holds at most 1,000 sessions: periods × atLeast is counted before a date is listed', () => {
    const yearly = draftAsnWorkPlan(context({ roster: [] }), options({ engagementFrequency: { every: 'year', atLeast: ITEMS } }))._unsafeUnwrap();
    expect(yearly.activities.find((found) => found.id === 'PUB-001')?.schedule.sessions?.length).toBe(ITEMS);
    // 7 years × 143 = 1,001 sessions.
    const over = draftAsnWorkPlan(context({ roster: [] }), options({ period: { from: '2027-01-01', to: '2033-12-31' }, engagementFrequency: { every: 'year', atLeast: 143 } }));
    expect(issuesOf(over)).toEqual([{ path: 'options.engagementFrequency', message: 'Too big: more than 1000 sessions per public-engagement activity (periods × atLeast)' }]);
    expect(over.isErr() && over.error.message.id).toBe(
      'Masukan tidak valid — options.engagementFrequency: Terlalu besar: lebih dari 1000 sesi per kegiatan keterlibatan publik (periode × atLeast)',
    );
    // 980 years × 12 months × 1,000: 11.76 million dates, refused at once (the audit's input).
    const audit = draftAsnWorkPlan(context({ roster: [] }), options({ period: { from: '2020-01-01', to: '2999-12-31' }, engagementFrequency: { every: 'month', atLeast: 1000 } }));
    expect(issuesOf(audit).map((found) => found.path)).toEqual(['options.engagementFrequency']);
  });

  it('the sessions of every engagement activity with the draft’s other lists: exactly 200,000 items are drafted and validate, more are an Err naming the option', () => {
    // 348 units below grade B each get an open forum besides the dialogue: 349 activities share the sessions. With
    // 564 sessions a year they hold 196,836 items, and the rest of the draft 3,164 (counted as the plan's schema reads it).
    const data = context({ roster: [], satisfaction: Array.from({ length: 348 }, (_, index) => ({ unit: { id: `u${String(index)}`, name: 'Unit' }, converted: 10 })) });
    const atTotal = draftAsnWorkPlan(data, options({ engagementFrequency: { every: 'year', atLeast: 564 } }))._unsafeUnwrap();
    expect(atTotal.activities.filter((found) => found.schedule.sessions?.length === 564).length).toBe(349);
    const validation = validateAsnWorkPlan(atTotal, data)._unsafeUnwrap();
    expect([validation.valid, pillarCheck(validation, 'engagement').map((check) => [check.check, check.met])]).toEqual([
      true, [['engagement-frequency', true], ['low-satisfaction-units', true]],
    ]);
    const over = draftAsnWorkPlan(data, options({ engagementFrequency: { every: 'year', atLeast: 565 } }));
    expect(issuesOf(over)).toEqual([{
      path: 'options.engagementFrequency',
      message: 'Too big: the answer would hold more than 200000 rows (the sessions of the public-engagement activities and the other lists)',
    }]);
    expect(over.isErr() && over.error.message.id).toBe(
      'Masukan tidak valid — options.engagementFrequency: Terlalu besar: hasilnya akan memuat lebih dari 200000 baris (sesi kegiatan keterlibatan publik dan daftar lain)',
    );
  }, AT_THE_LIMIT);
});

describe('D9: validateAsnWorkPlan counts the engagement sessions before listing them, and finds each unit by key', () => {
  const monthly = (id: string) => activity(id, 'S4', { schedule: { ...LONG_RANGE, every: 'month' } });
  const listed = (id: string) => activity(id, 'S4', { schedule: { ...LONG_RANGE, sessions: Array.from({ length: ITEMS }, () => '1950-06-01') } });
  const longPlan = (engagement: readonly Record<string, unknown>[]) => workPlan({
    period: LONG_RANGE,
    engagementFrequency: { every: 'month', atLeast: 1 },
    activities: [activity('A1', 'S1'), activity('A2', 'S2'), activity('A3', 'S3', { services: ['leave-request'] }), ...engagement],
  });
  // 1900–2999 has 13,200 months: 15 monthly schedules and two lists of 1,000 dates are 200,000 sessions.
  const atTotal = [...Array.from({ length: 15 }, (_, index) => monthly(`E${String(index)}`)), listed('L1'), listed('L2')];

  it('200,000 sessions are checked; one more (a schedule without `every` is one session) is an Err naming the activities', () => {
    const checked = validateAsnWorkPlan(untyped(longPlan(atTotal)))._unsafeUnwrap();
    expect(pillarCheck(checked, 'engagement')).toEqual([{ check: 'engagement-frequency', required: 13200, planned: 13200, met: true, missing: [] }]);
    const over = validateAsnWorkPlan(untyped(longPlan([...atTotal, activity('E99', 'S4')])));
    expect(issuesOf(over)).toEqual([{ path: 'activities', message: 'Too big: the answer would hold more than 200000 rows (the sessions of the public-engagement activities)' }]);
    expect(over.isErr() && over.error.message.id).toBe(
      'Masukan tidak valid — activities: Terlalu besar: hasilnya akan memuat lebih dari 200000 baris (sesi kegiatan keterlibatan publik)',
    );
    // Sessions of the other pillars are never listed, so they are not counted; nor any without a frequency to check.
    expect(validateAsnWorkPlan(untyped(longPlan([...atTotal, activity('C99', 'S1')]))).isOk()).toBe(true);
    const withoutFrequency = longPlan([...atTotal, activity('E99', 'S4')]);
    delete withoutFrequency.engagementFrequency;
    expect(validateAsnWorkPlan(untyped(withoutFrequency)).isOk()).toBe(true);
  }, AT_THE_LIMIT);

  it('more than 5,000 sessions on distinct days still reach the forum check (a missed month is found, not passed over)', () => {
    // Every month of 1900–2999 but December 2999: 13,199 sessions on distinct days.
    const monthsButLast = activity('E1', 'S4', { schedule: { from: '1900-01-01', to: '2999-11-30', every: 'month' } });
    const checked = validateAsnWorkPlan(untyped(longPlan([monthsButLast])))._unsafeUnwrap();
    expect(pillarCheck(checked, 'engagement')).toEqual([{ check: 'engagement-frequency', required: 13200, planned: 13199, met: false, missing: ['2999-12-01'] }]);
    expect(checked.issues.filter((found) => found.code === 'workplan/engagement-too-rare').map((found) => found.data)).toEqual([
      { from: '2999-12-01', to: '2999-12-31', held: 0, required: 1 },
    ]);
    // The same to 2998 (13,187 distinct days, a plan that does not end on the last date there is).
    const to2998 = workPlan({ period: { from: '1900-01-01', to: '2998-12-31' }, engagementFrequency: { every: 'month', atLeast: 1 },
      activities: [activity('A1', 'S1'), activity('A2', 'S2'), activity('A3', 'S3', { services: ['leave-request'] }),
        activity('E1', 'S4', { schedule: { from: '1900-01-01', to: '2998-11-30', every: 'month' } })] });
    expect(pillarCheck(validateAsnWorkPlan(untyped(to2998))._unsafeUnwrap(), 'engagement')).toEqual([
      { check: 'engagement-frequency', required: 13188, planned: 13187, met: false, missing: ['2998-12-01'] },
    ]);
  }, AT_THE_LIMIT);

  it('a schedule `every` period gives as many sessions as it lists, counted without listing them (month ends clamped)', () => {
    const date = fc.integer({ min: 0, max: 40_000 }).map((day) => new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10));
    const every = fc.constantFrom('month', 'quarter', 'half-year', 'year');
    fc.assert(fc.property(date, date, every, (left, right, step) => {
      const [from, to] = left <= right ? [left, right] : [right, left];
      const schedule = untyped({ from, to, every: step });
      expect(sessionCount(schedule)).toBe(sessionsOf(schedule).length);
    }));
    expect([
      sessionCount(untyped({ from: '2027-01-31', to: '2027-02-27', every: 'month' })),
      sessionCount(untyped({ from: '2027-01-31', to: '2027-02-28', every: 'month' })),
      sessionCount(untyped({ from: '2027-01-01', to: '2027-12-31', every: 'quarter' })),
      sessionCount(untyped({ from: '2027-01-01', to: '2027-12-31' })),
      sessionCount(untyped({ from: '2027-01-01', to: '2027-12-31', sessions: ['2027-02-01', '2027-03-01'] })),
    ]).toEqual([1, 2, 4, 1, 2]);
  });

  const roster = (units: readonly string[]) => units.map((unit, index) => ({ nip: nipOf(index), kind: 'PNS', workUnit: { id: unit, name: 'Unit' } }));
  // The checks once searched every activity's units for each unit: 500 units and blocks of 100 show what is found.
  const units = unitIds('u', 0, 500);
  /** Four activities naming units 0–399 in blocks of 100, and one naming 100 units outside the roster. */
  const blocks = (id: string, strategyId: string, more: Record<string, unknown> = {}) => [
    ...[0, 1, 2, 3].map((block) => activity(`${id}${String(block)}`, strategyId, { units: units.slice(block * 100, (block + 1) * 100), ...more })),
    activity(`${id}9`, strategyId, { units: unitIds('z', 0, 100), ...more }),
  ];
  const uncovered = units.slice(400);

  it('evaluation coverage of 500 units by activities naming 100 units each: the last 100 are missing; one agency-wide activity covers all', () => {
    const plan = (evaluation: readonly Record<string, unknown>[]) =>
      workPlan({ activities: [activity('A1', 'S1'), activity('A3', 'S3', { services: ['leave-request'] }), activity('A4', 'S4'), ...evaluation] });
    const data = { roster: roster(units), completedJp: units.map((_, index) => ({ nip: nipOf(index), jp: 20 })) };
    const checked = validateAsnWorkPlan(untyped(plan(blocks('P', 'S2'))), untyped(data))._unsafeUnwrap();
    expect(pillarCheck(checked, 'performance')).toEqual([{ check: 'unit-evaluations', required: 500, planned: 400, met: false, missing: uncovered }]);
    const agencyWide = validateAsnWorkPlan(untyped(plan([...blocks('P', 'S2'), activity('P8', 'S2')])), untyped(data))._unsafeUnwrap();
    expect(pillarCheck(agencyWide, 'performance')).toEqual([{ check: 'unit-evaluations', required: 500, planned: 500, met: true, missing: [] }]);
  });

  it('satisfaction coverage of 500 low units: named units only, an activity naming no unit engages none of them', () => {
    const plan = workPlan({ activities: [activity('A1', 'S1'), activity('A2', 'S2'), activity('A3', 'S3', { services: ['leave-request'] }), activity('A4', 'S4'), ...blocks('E', 'S4')] });
    const data = { roster: [], satisfaction: units.map((unit) => ({ unit: { id: unit, name: 'Unit' }, converted: 10 })) };
    const checked = validateAsnWorkPlan(untyped(plan), untyped(data))._unsafeUnwrap();
    expect(pillarCheck(checked, 'engagement').find((check) => check.check === 'low-satisfaction-units')).toEqual({
      check: 'low-satisfaction-units', required: 500, planned: 400, met: false, missing: uncovered,
    });
  });

  it('shortfall coverage: the units of a competency’s shortfall reached by the trainings on that competency only', () => {
    const plan = (training: readonly Record<string, unknown>[]) =>
      workPlan({ activities: [activity('A2', 'S2'), activity('A3', 'S3', { services: ['leave-request'] }), activity('A4', 'S4'), ...training] });
    const data = {
      roster: roster(units),
      completedJp: units.map((_, index) => ({ nip: nipOf(index), jp: 20 })),
      assessments: units.map((_, index) => ({ nip: nipOf(index), date: '2026-01-01', actual: { x: 1 }, standard: { x: 5 } })),
    };
    const reached = (found: AsnWorkPlanValidation) => found.issues.filter((one) => one.code === 'workplan/unit-shortfall-not-reached').map((one) => one.data?.unit);
    const onX = validateAsnWorkPlan(untyped(plan(blocks('C', 'S1', { competencies: ['x', 'x'], participants: 100 }))), untyped(data))._unsafeUnwrap();
    expect(reached(onX)).toEqual(uncovered);
    // Trainings on another competency reach nothing of `x`, even agency-wide; an agency-wide one on `x` reaches all.
    const onY = validateAsnWorkPlan(untyped(plan([...blocks('C', 'S1', { competencies: ['y'], participants: 100 }), activity('C8', 'S1', { competencies: ['y'] })])), untyped(data))._unsafeUnwrap();
    expect(reached(onY)).toEqual(units);
    const wide = validateAsnWorkPlan(untyped(plan([...blocks('C', 'S1', { competencies: ['x'], participants: 100 }), activity('C8', 'S1', { competencies: ['x'] })])), untyped(data))._unsafeUnwrap();
    expect(reached(wide)).toEqual([]);
  });
});

describe('D9: checkUnitCascade takes at most 5,000 SKPs, and those still to parse at most 200,000 list items together', () => {
  // 992 indicators and 8 other items (a result, 7 behaviours): 1,000 items an SKP, as the SKP plan's schema counts.
  const wide = skp({ mainResults: [{ ...rhk('R1', 'K1'), indicators: Array.from({ length: 992 }, () => ({ text: 'Dokumen' })) }] });

  it('200 such raw SKPs (200,000 items) are parsed; 201 are an Err at path \'\'; parsed SKPs are not counted again', () => {
    expect(checkUnitCascade(untyped(Array.from({ length: 200 }, () => wide))).isOk()).toBe(true);
    const over = checkUnitCascade(untyped(Array.from({ length: 201 }, () => wide)));
    expect(issuesOf(over)).toEqual([{ path: '', message: 'Too big: expected all the lists of the input to hold <=200000 items together' }]);
    const parsed = parseSkpPlan(wide)._unsafeUnwrap();
    expect(checkUnitCascade([...Array.from({ length: 200 }, () => untyped(wide)), parsed]).isOk()).toBe(true);
  }, AT_THE_LIMIT);

  it('5,000 SKPs are checked, 5,001 are an Err', () => {
    const one = parseSkpPlan(skp())._unsafeUnwrap();
    expect(checkUnitCascade(Array.from({ length: RECORDS }, () => one)).isOk()).toBe(true);
    expect(issuesOf(checkUnitCascade(Array.from({ length: RECORDS + 1 }, () => one)))).toEqual([{ path: '', message: 'Too big: expected array to have <=5000 items' }]);
  }, AT_THE_LIMIT);
});

describe('D9: parseWorkPlanContext counts the lists of the members, assessments and catalogue entries it still has to parse', () => {
  const levels = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`c${String(index)}`, 3]));
  // 100 assessments of 1,000 + 999 levels: with the 100 rows, 200,000 items (a record's keys count as items).
  const assessments = Array.from({ length: 100 }, (_, index) => ({ nip: nipOf(index), date: '2026-01-01', actual: levels(1000), standard: levels(999) }));

  it('200,000 items together are parsed; one more is an Err at path \'\'; parsed assessments are not counted again', () => {
    expect(parseWorkPlanContext({ roster: [], assessments }).isOk()).toBe(true);
    const over = parseWorkPlanContext({ roster: [], assessments: [...assessments.slice(1), { ...assessments[0], standard: levels(1000) }] });
    expect(issuesOf(over)).toEqual([{ path: '', message: 'Too big: expected all the lists of the input to hold <=200000 items together' }]);
    const parsed = assessments.map((assessment) => parseAssessment(assessment)._unsafeUnwrap());
    expect(parseWorkPlanContext({ roster: [], assessments: [...parsed, assessments[0]] }).isOk()).toBe(true);
  }, AT_THE_LIMIT);

  it('training needs over INPUT_LIMITS.total rows are passed on as the context\'s Err, not left out', () => {
    const member = (index: number) => ({ nip: nipOf(index), kind: 'PNS', workUnit: { id: 'u', name: 'U' } });
    const assessed = (count: number) => Array.from({ length: count }, (_, index) =>
      parseAssessment({ nip: nipOf(index), date: '2026-01-01', actual: levels(1000), standard: levels(1000) })._unsafeUnwrap());
    const roster = Array.from({ length: 201 }, (_, index) => member(index));
    expect(parseWorkPlanContext({ roster: roster.slice(0, 200), assessments: assessed(200) }).isOk()).toBe(true);
    expect(issuesOf(parseWorkPlanContext({ roster, assessments: assessed(201) }))).toEqual([
      { path: 'assessments', message: 'Too big: the answer would hold more than 200000 rows (the competencies of each employee’s latest assessment)' },
    ]);
  }, AT_THE_LIMIT);
});

