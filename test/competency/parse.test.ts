import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import * as zc from 'zod';
import type { Result } from 'neverthrow';
import {
  assessmentSchema,
  catalogueEntrySchema,
  classifyJpm,
  competencyCodeSchema,
  competencyGap,
  competencyLevelsSchema,
  defineCompetency,
  derivePotential,
  developmentActivitySchema,
  developmentEmployeeSchema,
  developmentHours,
  developmentNeeds,
  isCompetencyLevels,
  jobPersonMatch,
  jpmSchemeSchema,
  nineBoxSchemeSchema,
  parseAssessment,
  parseCatalogueEntry,
  parseCompetencyLevels,
  parseDevelopmentActivity,
  parseRosterMember,
  parseShortfall,
  parseTalentEntry,
  parseTechnicalCompetency,
  rosterMemberSchema,
  shortfallSchema,
  shortfallsSchema,
  standardForPosition,
  talentBox,
  talentEntrySchema,
  talentPool,
  technicalCompetencySchema,
  trainingNeeds,
  type CompetencyError,
} from '../../src/competency/index';
import type { IsoDate } from '../../src/core';
import { parseEmployee } from '../../src/employee/index';
import { LEVEL_DESCRIPTIONS, untyped } from './arbitraries';
import { dataOf } from '../error-data';

const RINA = '198503152010012003';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseCompetencyLevels', () => {
  it('returns a new, frozen object equal to the input', () => {
    const input = { integrity: 3, 'decision-making': 2 };
    const levels = parseCompetencyLevels(input)._unsafeUnwrap();
    expect(levels).toEqual({ integrity: 3, 'decision-making': 2 });
    expect(levels).not.toBe(input);
    expect(Object.isFrozen(levels)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(isCompetencyLevels(input)).toBe(true);
  });

  it('lists every bad level, key and shape with its path and message', () => {
    const error = parseCompetencyLevels({ integrity: 0, cooperation: 2.5, communication: '3', ['x'.repeat(65)]: 1 })._unsafeUnwrapErr();
    expect(error.code).toBe('competency/invalid-input');
    expect(dataOf(error, 'competency/invalid-input').issues).toEqual([
      { path: 'integrity', message: 'A competency level is a whole number from 1 to 5' },
      { path: 'cooperation', message: 'A competency level is a whole number from 1 to 5' },
      { path: 'communication', message: 'A competency level is a whole number from 1 to 5' },
      { path: 'x'.repeat(65), message: 'A competency code has at most 64 characters' },
    ]);
    expect(dataOf(parseCompetencyLevels({})._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([{ path: '', message: 'At least one competency is needed' }]);
    expect(dataOf(parseCompetencyLevels([3])._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([
      { path: '', message: 'Expected an object of competency levels' },
    ]);
    expect(dataOf(parseCompetencyLevels({ [Symbol('code')]: 3 })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([
      { path: 'Symbol(code)', message: 'A competency code is a string' },
    ]);
    expect(isCompetencyLevels({ integrity: 6 })).toBe(false);
  });

  it("writes the issues in Bahasa Indonesia in message.id, the module's own messages too", () => {
    const error = parseCompetencyLevels(new Uint8Array(2))._unsafeUnwrapErr();
    expect(error.message).toEqual({
      id: 'Masukan tidak valid — Diharapkan objek berisi level kompetensi',
      en: 'Invalid input — Expected an object of competency levels',
    });
  });
});

describe('parseAssessment', () => {
  it('parses the record and records its levels as parsed levels', () => {
    const input = { nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 }, note: 'dropped' };
    const assessment = parseAssessment(input)._unsafeUnwrap();
    expect(assessment).toEqual({ nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } });
    expect([assessment, assessment.actual, assessment.standard].every((part) => Object.isFrozen(part))).toBe(true);
    expect(Object.isFrozen(input.actual)).toBe(false);
    const check = vi.spyOn(competencyLevelsSchema, 'safeParse');
    expect(competencyGap(assessment.standard!, assessment.actual)._unsafeUnwrap().totalShortfall).toBe(1);
    expect(jobPersonMatch(assessment.standard!, assessment.actual).isOk()).toBe(true);
    expect(check).not.toHaveBeenCalled();
  });

  it('gives every issue with its path', () => {
    const error = parseAssessment({ nip: '1985', date: '2026-02-30', actual: { integrity: 9 } })._unsafeUnwrapErr();
    expect(dataOf(error, 'competency/invalid-input').issues).toEqual([
      { path: 'nip', message: 'A NIP is 18 digits without separators' },
      { path: 'date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'actual.integrity', message: 'A competency level is a whole number from 1 to 5' },
    ]);
  });
});

describe('parseDevelopmentActivity', () => {
  it('fills the status and checks JP against minutes after the schema', () => {
    const activity = parseDevelopmentActivity({ form: 'seminar', title: 'Seminar', date: '2026-05-05', minutes: 100 })._unsafeUnwrap();
    expect(activity).toEqual({ form: 'seminar', title: 'Seminar', date: '2026-05-05', status: 'completed', minutes: 100 });
    expect(Object.isFrozen(activity)).toBe(true);
    expect(dataOf(parseDevelopmentActivity({ form: 'coaching', title: 'C', date: '2026-01-09', minutes: 90 })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([
      { path: 'jp', message: 'An activity needs its JP (a classroom activity may give its minutes instead)' },
    ]);
  });

  it('the object schema has no refinement of its own: it can be extended', () => {
    const withSource = z.extend(developmentActivitySchema, { source: z.string() });
    expect(withSource.safeParse({ form: 'coaching', title: 'C', date: '2026-01-09', minutes: 90, source: 'SIASN' }).success).toBe(true);
  });
});

describe('the other parsers', () => {
  it('parseTalentEntry, parseRosterMember, parseCatalogueEntry, parseShortfall and parseTechnicalCompetency', () => {
    expect(parseTalentEntry({ nip: RINA, performance: 'good', potential: 'high' })._unsafeUnwrap()).toEqual({
      nip: RINA,
      performance: 'good',
      potential: 'high',
    });
    expect(dataOf(parseTalentEntry({ nip: RINA, performance: 'excellent', potential: 'high' })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toMatchObject([
      { path: 'performance' },
    ]);
    expect(parseRosterMember({ nip: RINA, position: { type: 'pengawas' } })._unsafeUnwrap()).toEqual({ nip: RINA, position: { type: 'pengawas' } });
    expect(parseRosterMember({ nip: RINA, position: { type: 'jpt' } }).isErr()).toBe(true);
    expect(parseCatalogueEntry({ competency: 'public-service', title: 'Prima', form: 'course', jp: 24 }).isOk()).toBe(true);
    expect(parseCatalogueEntry({ competency: 'public-service', title: 'Prima', form: 'lecture', jp: 24 }).isErr()).toBe(true);
    expect(parseShortfall({ competency: 'integrity', shortfall: 2, kind: 'managerial' }).isOk()).toBe(true);
    expect(dataOf(parseShortfall({ competency: 'integrity', shortfall: 5 })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toMatchObject([{ path: 'shortfall' }]);
    const text = { id: 'SIPD', en: 'SIPD' };
    const technical = parseTechnicalCompetency({ code: 'sipd', name: text, description: text, levels: LEVEL_DESCRIPTIONS })._unsafeUnwrap();
    expect(Object.isFrozen(technical.levels[0]?.description)).toBe(true);
    expect(
      dataOf(parseTechnicalCompetency({ code: 'sipd', name: text, description: text, levels: [...LEVEL_DESCRIPTIONS].reverse() })._unsafeUnwrapErr(),
        'competency/invalid-input').issues,
    ).toEqual([{ path: 'levels', message: 'Levels must be numbered 1 to 5 in order' }]);
  });
});

describe('parsed values are used as they are', () => {
  it('developmentHours, talentPool, developmentNeeds, trainingNeeds and defineCompetency do not parse them again', () => {
    const activity = parseDevelopmentActivity({ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 24 })._unsafeUnwrap();
    const entry = parseTalentEntry({ nip: RINA, performance: 'very-good', potential: 'high' })._unsafeUnwrap();
    const shortfall = parseShortfall({ competency: 'integrity', shortfall: 1 })._unsafeUnwrap();
    const member = parseRosterMember({ nip: RINA, name: 'Rina', position: { type: 'pengawas' } })._unsafeUnwrap();
    const assessment = parseAssessment({ nip: RINA, date: '2026-02-10', actual: { integrity: 1, cooperation: 2, communication: 2, 'results-orientation': 2, 'public-service': 2, 'developing-self-and-others': 2, 'managing-change': 2, 'decision-making': 2, 'national-cohesion': 2 } })._unsafeUnwrap();
    const offering = parseCatalogueEntry({ competency: 'integrity', title: 'Integritas', form: 'course', jp: 12 })._unsafeUnwrap();
    const text = { id: 'SIPD', en: 'SIPD' };
    const technical = parseTechnicalCompetency({ code: 'sipd', name: text, description: text, levels: LEVEL_DESCRIPTIONS })._unsafeUnwrap();
    const definition = defineCompetency(technical)._unsafeUnwrap();
    const schemas = [
      developmentActivitySchema,
      talentEntrySchema,
      shortfallSchema,
      rosterMemberSchema,
      assessmentSchema,
      catalogueEntrySchema,
      technicalCompetencySchema,
      competencyLevelsSchema,
    ] as const;
    const spies = schemas.map((schema) => vi.spyOn(schema, 'safeParse'));
    expect(developmentHours([activity], 2026, { kind: 'PNS' })._unsafeUnwrap().completedJp).toBe(24);
    expect(talentPool([entry])._unsafeUnwrap().placements[0]?.box).toBe(9);
    expect(developmentNeeds([shortfall])._unsafeUnwrap().totalJp).toBe(10);
    const needs = trainingNeeds([member], [assessment], [offering], { definitions: [definition] })._unsafeUnwrap();
    expect(needs.needs[0]?.participants).toEqual([{ nip: RINA, name: 'Rina', shortfall: 1, jp: 12 }]);
    expect(defineCompetency(technical).isOk()).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('an Employee from parseEmployee is a roster member and employee facts as it is', () => {
    const employee = parseEmployee({
      kind: 'PNS',
      nip: '198503152010012003',
      name: 'Rina Siregar',
      gender: 'female',
      birthDate: '1985-03-15',
      tmtCpns: '2010-01-01',
      golongan: 'III/b',
      position: { type: 'pengawas' },
      workUnit: { id: 'disdik', name: 'Dinas Pendidikan' },
    });
    expect(employee.isOk()).toBe(true);
    if (employee.isErr()) return;
    const check = vi.spyOn(rosterMemberSchema, 'safeParse');
    const facts = vi.spyOn(developmentEmployeeSchema, 'safeParse');
    const assessment = parseAssessment({ nip: employee.value.nip, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } })._unsafeUnwrap();
    expect(trainingNeeds([employee.value], [assessment], [])._unsafeUnwrap().needs[0]?.participants).toEqual([
      { nip: '198503152010012003', name: 'Rina Siregar', shortfall: 1, jp: 10 },
    ]);
    expect(developmentHours([], 2026, employee.value)._unsafeUnwrap().shortfallJp).toBe(20);
    expect(check).not.toHaveBeenCalled();
    expect(facts).not.toHaveBeenCalled();
  });

  it('a standard from standardForPosition goes to the gap as parsed levels', () => {
    const standard = standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate)._unsafeUnwrap().levels;
    const actual = parseCompetencyLevels(standard)._unsafeUnwrap();
    expect(Object.isFrozen(standard)).toBe(true);
    const check = vi.spyOn(competencyLevelsSchema, 'safeParse');
    expect(competencyGap(standard, actual)._unsafeUnwrap().totalShortfall).toBe(0);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('strict options: an unknown key is an error that names it', () => {
  const levels = { integrity: 3 };
  const named = (issues: unknown): boolean => JSON.stringify(issues).includes('misspelt');
  const cases: readonly (readonly [string, () => Result<unknown, CompetencyError>])[] = [
    ['jobPersonMatch', () => jobPersonMatch(levels, levels, untyped({ scheme: 'selection', misspelt: true }))],
    ['classifyJpm', () => classifyJpm(90, untyped({ misspelt: true }))],
    ['developmentNeeds', () => developmentNeeds([], untyped({ misspelt: true }))],
    ['talentBox', () => talentBox('good', 'high', untyped({ sceme: 'kemenkeu', misspelt: true }))],
    ['talentPool', () => talentPool([], untyped({ misspelt: true }))],
    ['derivePotential', () => derivePotential({ jpm: 80 }, untyped({ misspelt: true }))],
    ['standardForPosition', () => standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate, untyped({ misspelt: true }))],
    ['trainingNeeds', () => trainingNeeds([], [], [], untyped({ misspelt: true }))],
  ];
  it.each(cases)('%s', (_name, call) => {
    const error = call()._unsafeUnwrapErr();
    expect(error.code).toBe('competency/invalid-input');
    expect(named(dataOf(error, 'competency/invalid-input').issues)).toBe(true);
  });

  it('undefined options take the defaults; null options are an error', () => {
    expect(jobPersonMatch(levels, levels, undefined)._unsafeUnwrap().scheme).toBe('mapping');
    expect(jobPersonMatch(levels, levels, {})._unsafeUnwrap().scheme).toBe('mapping');
    expect(talentBox('good', 'high', {})._unsafeUnwrap().scheme).toBe('permenpanrb-3-2020');
    expect(developmentNeeds([{ competency: 'integrity', shortfall: 1 }], {})._unsafeUnwrap().reasons[0]?.data).toMatchObject({ table: 'default' });
    expect(standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate, {})._unsafeUnwrap().levels.integrity).toBe(2);
    expect(trainingNeeds([], [], [], {})._unsafeUnwrap().needs).toEqual([]);
    expect(jobPersonMatch(levels, levels, untyped(null))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(talentBox('good', 'high', untyped(null))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(trainingNeeds([], [], [], untyped(null))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('the error of a bad argument names it in the path', () => {
    expect(dataOf(standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate, { levels: { integrity: 9 } })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([
      { path: 'options.levels.integrity', message: 'A competency level is a whole number from 1 to 5' },
    ]);
    expect(dataOf(talentPool([{ nip: RINA, performance: untyped('excellent'), potential: 'high' }])._unsafeUnwrapErr(), 'competency/invalid-input').issues).toMatchObject([
      { path: 'entries.0.performance' },
    ]);
    expect(dataOf(developmentNeeds([{ competency: 'integrity', shortfall: 1 }, { competency: '', shortfall: 1 }])._unsafeUnwrapErr(), 'competency/invalid-input').issues).toMatchObject([
      { path: 'shortfalls.1.competency' },
    ]);
    expect(dataOf(trainingNeeds([], [], [], { definitions: [untyped({ code: 'x' })] })._unsafeUnwrapErr(), 'competency/invalid-input').issues).toMatchObject([
      { path: 'options.definitions.0.name' },
      { path: 'options.definitions.0.description' },
      { path: 'options.definitions.0.levels' },
      { path: 'options.definitions.0.basis' },
      { path: 'options.definitions.0.kind' },
    ]);
  });
});

describe('exported schemas users can build on', () => {
  it('z.toJSONSchema works in input mode, with the date format', () => {
    const schema = z.toJSONSchema(assessmentSchema, { io: 'input' });
    expect(schema).toMatchObject({
      type: 'object',
      required: ['nip', 'date', 'actual'],
      properties: {
        nip: { type: 'string', pattern: '^\\d{18}$' },
        date: { type: 'string', format: 'date' },
        actual: {
          type: 'object',
          propertyNames: { type: 'string', maxLength: 64 },
          additionalProperties: { type: 'number', enum: [1, 2, 3, 4, 5] },
        },
      },
    });
    for (const exported of [
      competencyLevelsSchema,
      competencyCodeSchema,
      technicalCompetencySchema,
      jpmSchemeSchema,
      developmentActivitySchema,
      developmentEmployeeSchema,
      shortfallSchema,
      shortfallsSchema,
      nineBoxSchemeSchema,
      talentEntrySchema,
      rosterMemberSchema,
      catalogueEntrySchema,
    ]) {
      expect(() => z.toJSONSchema(exported, { io: 'input' })).not.toThrow();
    }
    expect(z.toJSONSchema(developmentActivitySchema, { io: 'input' })).toMatchObject({
      properties: { date: { format: 'date' }, status: { default: 'completed' } },
      required: ['form', 'title', 'date'],
    });
  });

  it('object schemas keep their shape: extend, pick and embedding in zod or zod/mini', () => {
    const withSource = z.extend(assessmentSchema, { source: z.string() });
    expect(withSource.safeParse({ nip: RINA, date: '2026-02-10', actual: { integrity: 2 }, source: 'ACP' }).success).toBe(true);
    const nipOnly = z.pick(talentEntrySchema, { nip: true });
    expect(nipOnly.safeParse({ nip: RINA }).success).toBe(true);
    const body = zc.object({ assessments: zc.array(assessmentSchema), catalogue: zc.array(catalogueEntrySchema) });
    expect(body.safeParse({ assessments: [{ nip: RINA, date: '2026-02-10', actual: { integrity: 2 } }], catalogue: [] }).success).toBe(true);
    expect(body.safeParse({ assessments: [{ nip: RINA, date: '2026-02-10', actual: { integrity: 0 } }], catalogue: [] }).success).toBe(false);
    const mini = z.object({ entry: talentEntrySchema, levels: competencyLevelsSchema });
    expect(mini.safeParse({ entry: { nip: RINA, performance: 'good', potential: 'low' }, levels: { integrity: 3 } }).success).toBe(true);
  });
});
