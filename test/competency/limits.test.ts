import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  competencyGap,
  derivePotential,
  developmentHours,
  developmentNeeds,
  isCompetencyLevels,
  jobPersonMatch,
  parseAssessment,
  parseCompetencyLevels,
  standardForPosition,
  talentPool,
  trainingNeeds,
  type Assessment,
  type CompetencyError,
  type CompetencyLevels,
  type DevelopmentSuggestion,
} from '../../src/competency/index';
import type { IsoDate } from '../../src/core';
import { dataOf } from '../error-data';
import { untyped } from './arbitraries';

const TOO_MANY_ITEMS = 'Too big: expected all the lists of the input to hold <=200000 items together';
const TOO_MANY_KEYS = 'Too big: expected object to have <=1000 keys';
const TOO_MANY_KEYS_ID = 'Terlalu besar: diharapkan objek memiliki <=1000 kunci';
const TOO_MANY_RECORDS = 'Too big: expected array to have <=5000 items';

/** An 18-digit NIP per index. */
const nipOf = (index: number): string => `1985031520100${String(index).padStart(5, '0')}`;
/** `count` distinct competency codes `prefix0`, `prefix1`, … at `level`. */
function levels(count: number, level: number, prefix = 'c'): Record<string, number> {
  const record: Record<string, number> = {};
  for (let index = 0; index < count; index++) record[`${prefix}${String(index)}`] = level;
  return record;
}
const issuesOf = (result: Result<unknown, CompetencyError>) => dataOf(result._unsafeUnwrapErr(), 'competency/invalid-input').issues;
const ASOF = '2026-01-05' as IsoDate;

describe('D9: a competency record holds at most 1,000 keys, refused before its entries are read', () => {
  it('competency levels: 1,000 keys are levels, 1,001 are an Err naming the record in both languages', () => {
    expect(parseCompetencyLevels(levels(1000, 3)).isOk()).toBe(true);
    const over = parseCompetencyLevels(levels(1001, 3))._unsafeUnwrapErr();
    expect(dataOf(over, 'competency/invalid-input').issues).toEqual([{ path: '', message: TOO_MANY_KEYS }]);
    expect(over.message.id).toBe(`Masukan tidak valid — ${TOO_MANY_KEYS_ID}`);
    expect([isCompetencyLevels(levels(1000, 3)), isCompetencyLevels(levels(1001, 3))]).toEqual([true, false]);
  });

  it('the entries of a record over the limit are not read: invalid levels give no issue of their own', () => {
    expect(issuesOf(parseCompetencyLevels(levels(1001, 9)))).toEqual([{ path: '', message: TOO_MANY_KEYS }]);
    expect(issuesOf(parseCompetencyLevels(levels(1000, 9)))).toHaveLength(1000);
  });

  it('an assessment, a gap, a match, potential scores and weights, and a position standard: each record by its path', () => {
    const assessment = { nip: nipOf(0), date: '2026-02-10', actual: levels(1001, 3), standard: levels(1000, 3) };
    expect(issuesOf(parseAssessment(assessment))).toEqual([{ path: 'actual', message: TOO_MANY_KEYS }]);
    expect(issuesOf(competencyGap(levels(1001, 3), levels(1001, 3)))).toEqual([
      { path: 'standard', message: TOO_MANY_KEYS },
      { path: 'actual', message: TOO_MANY_KEYS },
    ]);
    expect(competencyGap(levels(1000, 3), levels(1000, 2))._unsafeUnwrap().totalShortfall).toBe(1000);
    expect(issuesOf(jobPersonMatch(levels(1000, 3), levels(1001, 3)))).toEqual([{ path: 'actual', message: TOO_MANY_KEYS }]);
    expect(jobPersonMatch(levels(1000, 3), levels(1000, 3))._unsafeUnwrap().percentage).toBe(100);
    expect(issuesOf(derivePotential(levels(1001, 50), { weights: levels(1001, 1) }))).toEqual([
      { path: 'scores', message: TOO_MANY_KEYS },
      { path: 'options.weights', message: TOO_MANY_KEYS },
    ]);
    expect(derivePotential(levels(1000, 50), { weights: levels(1000, 1) })._unsafeUnwrap().score).toBe(50);
    expect(issuesOf(standardForPosition({ type: 'pengawas' }, ASOF, { levels: levels(1001, 3) }))).toEqual([
      { path: 'options.levels', message: TOO_MANY_KEYS },
    ]);
    expect(Object.keys(standardForPosition({ type: 'pengawas' }, ASOF, { levels: levels(1000, 3) })._unsafeUnwrap().levels)).toHaveLength(1009);
  });

  it('a JPM scheme has at most 1,000 categories', () => {
    const scheme = (count: number) => ({
      name: 'wide',
      label: { id: 'Lebar', en: 'Wide' },
      basis: { instrument: 'Peraturan 1/2026' },
      categories: Array.from({ length: count }, (_, index) => ({ code: `k${String(index)}`, label: { id: 'K', en: 'K' }, min: count - 1 - index })),
    });
    expect(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, { scheme: scheme(1000) })._unsafeUnwrap().category.code).toBe('k899');
    expect(issuesOf(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, { scheme: scheme(1001) }))).toEqual([{ path: 'scheme', message: 'Invalid input' }]);
  });
});

describe('D9: the levels of one call count together against INPUT_LIMITS.total (every boundary through validate)', () => {
  it('a gap of 100,000 + 100,000 levels reaches the key limit; one more level passes the total, refused unread', () => {
    expect(issuesOf(competencyGap(levels(100_000, 3), levels(100_000, 3))).map((issue) => issue.message)).toEqual([TOO_MANY_KEYS, TOO_MANY_KEYS]);
    expect(issuesOf(competencyGap(levels(100_001, 3), levels(100_000, 3)))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
    expect(issuesOf(jobPersonMatch(levels(100_000, 3), levels(100_001, 3)))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
  });

  it('potential scores and weights are one input; so are the levels of a position standard', () => {
    expect(issuesOf(derivePotential(levels(100_000, 50), { weights: levels(100_001, 1) }))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
    expect(issuesOf(standardForPosition({ type: 'pengawas' }, ASOF, { levels: levels(200_001, 3) }))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
    expect(isCompetencyLevels(levels(200_001, 3))).toBe(false);
  });
});

describe('D9: list arguments are bounded before their items are parsed', () => {
  const entry = (index: number) => ({ nip: nipOf(index), performance: 'good' as const, potential: 'high' as const });
  const activity = { form: 'coaching' as const, title: 'Coaching', date: '2026-03-02', jp: 1 };

  it('5,000 talent entries, activities, roster members and shortfalls are taken; 5,001 are an Err naming the list', () => {
    expect(talentPool(Array.from({ length: 5000 }, (_, index) => entry(index)))._unsafeUnwrap().placements).toHaveLength(5000);
    expect(issuesOf(talentPool(Array.from({ length: 5001 }, (_, index) => entry(index))))).toEqual([{ path: 'entries', message: TOO_MANY_RECORDS }]);
    expect(developmentHours(untyped(Array.from({ length: 5000 }, () => activity)), 2026, { kind: 'PNS' })._unsafeUnwrap().completedJp).toBe(5000);
    expect(issuesOf(developmentHours(untyped(Array.from({ length: 5001 }, () => activity)), 2026, { kind: 'PNS' }))).toEqual([
      { path: 'activities', message: TOO_MANY_RECORDS },
    ]);
    const roster = (count: number) => Array.from({ length: count }, (_, index) => ({ nip: nipOf(index) }));
    expect(trainingNeeds(roster(5000), [], [])._unsafeUnwrap().notAssessed).toHaveLength(5000);
    expect(issuesOf(trainingNeeds(roster(5001), [], []))).toEqual([{ path: 'roster', message: TOO_MANY_RECORDS }]);
    const shortfalls = (count: number) => Array.from({ length: count }, (_, index) => ({ competency: `c${String(index)}`, shortfall: 1 }));
    expect(developmentNeeds(shortfalls(5000))._unsafeUnwrap().needs).toHaveLength(5000);
    expect(issuesOf(developmentNeeds(shortfalls(5001)))).toEqual([{ path: 'shortfalls', message: TOO_MANY_RECORDS }]);
  });

  it('trainingNeeds takes 1,000 definitions; 1,001 are an Err naming them', () => {
    const definition = (index: number) => ({
      code: `d${String(index)}`,
      kind: 'technical',
      name: { id: 'D', en: 'D' },
      description: { id: 'D', en: 'D' },
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: 'L', en: 'L' } })),
      basis: { instrument: 'Peraturan 1/2026' },
    });
    const definitions = (count: number) => untyped({ definitions: Array.from({ length: count }, (_, index) => definition(index)) });
    expect(trainingNeeds([], [], [], definitions(1000)).isOk()).toBe(true);
    expect(issuesOf(trainingNeeds([], [], [], definitions(1001)))).toEqual([{ path: 'options.definitions', message: 'Too big: expected array to have <=1000 items' }]);
  });
});

describe('D9: trainingNeeds counts its unparsed assessments together, and the rows its gaps go through', () => {
  /** `count` assessments of employee `nip`-index with `codes` levels each, not in any roster. */
  const raw = (count: number, codes: number) => Array.from({ length: count }, (_, index) => ({ nip: nipOf(index), date: '2026-02-10', actual: levels(codes, 2) }));

  it('200 raw assessments of 999 levels hold 200,000 items with the list: taken; one more level is refused unread', () => {
    const atTotal = trainingNeeds([], untyped(raw(200, 999)), []);
    expect(atTotal._unsafeUnwrap().skipped).toHaveLength(200);
    const over = raw(200, 999);
    (over[199] as { actual: Record<string, number> }).actual.extra = 2;
    expect(issuesOf(trainingNeeds([], untyped(over), []))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
  });

  it('parsed assessments were counted by their parse: 201 of 999 levels are taken', () => {
    const parsed = raw(201, 999).map((input) => parseAssessment(input)._unsafeUnwrap());
    expect(trainingNeeds([], parsed, [])._unsafeUnwrap().skipped).toHaveLength(201);
  });

  it('the levels of the latest assessments are the rows of the gaps: 200,000 are planned, 200,001 are an Err naming the assessments', () => {
    const standard = levels(1000, 3);
    const assessment = (index: number, actual: CompetencyLevels, given: CompetencyLevels): Assessment =>
      parseAssessment({ nip: nipOf(index), date: '2026-02-10', standard: given, actual })._unsafeUnwrap();
    const assessments = Array.from({ length: 200 }, (_, index) => assessment(index, levels(1000, 2), standard));
    const roster = Array.from({ length: 201 }, (_, index) => ({ nip: nipOf(index) }));
    const planned = trainingNeeds(roster, assessments, [])._unsafeUnwrap();
    expect([planned.needs.length, planned.needs[0]?.participantCount, planned.participants]).toEqual([1000, 200, 200]);
    const over = trainingNeeds(roster, [...assessments, assessment(200, { extra: 2 }, { extra: 3 })], []);
    expect(issuesOf(over)).toEqual([
      { path: 'assessments', message: 'Too big: the answer would hold more than 200000 rows (the competencies of each employee’s latest assessment)' },
    ]);
    expect(over._unsafeUnwrapErr().message.id).toBe(
      'Masukan tidak valid — assessments: Terlalu besar: hasilnya akan memuat lebih dari 200000 baris (kompetensi pada hasil asesmen terakhir setiap pegawai)',
    );
    // Only the latest assessment of each employee is gone through: an earlier one does not count.
    const earlier = parseAssessment({ nip: nipOf(0), date: '2025-02-10', standard: { extra: 3 }, actual: { extra: 2 } })._unsafeUnwrap();
    expect(trainingNeeds(roster, [earlier, ...assessments], []).isOk()).toBe(true);
  });
});

describe('D9: developmentNeeds counts its shortfalls and table together, and the forms of its needs', () => {
  const row = (forms: number, minShortfall = 1): DevelopmentSuggestion => ({ kind: 'technical', minShortfall, forms: Array.from({ length: forms }, () => 'coaching'), jpPerLevel: 1 });
  const shortfalls = (count: number, shortfall = 1) => Array.from({ length: count }, (_, index) => ({ competency: `t${String(index)}`, shortfall, kind: 'technical' as const }));

  it('200 needs of 1,000 forms are planned; 201 would pass the total and are an Err naming the shortfalls', () => {
    const planned = developmentNeeds(shortfalls(200), { suggestions: [row(1000)] })._unsafeUnwrap();
    expect([planned.needs.length, planned.needs[199]?.forms.length]).toEqual([200, 1000]);
    const over = developmentNeeds(shortfalls(201), { suggestions: [row(1000)] });
    expect(issuesOf(over)).toEqual([{ path: 'shortfalls', message: 'Too big: the answer would hold more than 200000 rows (the development forms of each need)' }]);
    expect(over._unsafeUnwrapErr().message.id).toBe(
      'Masukan tidak valid — shortfalls: Terlalu besar: hasilnya akan memuat lebih dari 200000 baris (bentuk pengembangan setiap kebutuhan)',
    );
    // A shortfall of 0 plans nothing, so it adds no forms.
    expect(developmentNeeds([...shortfalls(200), ...shortfalls(1, 0)], { suggestions: [row(1000)] }).isOk()).toBe(true);
  });

  it('5,000 shortfalls and a table of 195 rows of 999 forms hold 200,000 items: taken; one more form is refused unread', () => {
    const table = (last: number) => [...Array.from({ length: 194 }, () => row(999, 2)), row(last)];
    const zero = shortfalls(5000, 0);
    expect(developmentNeeds(zero, { suggestions: table(999) })._unsafeUnwrap().needs).toEqual([]);
    expect(issuesOf(developmentNeeds(zero, { suggestions: table(1000) }))).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
  });

  it('each kind and shortfall gets its own row of the table, read once for all the competencies that share it', () => {
    const table: DevelopmentSuggestion[] = [
      { kind: 'technical', minShortfall: 1, forms: ['e-learning'], jpPerLevel: 1 },
      { kind: 'technical', minShortfall: 3, forms: ['technical-training'], jpPerLevel: 3 },
      { kind: 'managerial', minShortfall: 1, forms: ['coaching'], jpPerLevel: 5 },
    ];
    const plan = developmentNeeds(
      [
        { competency: 'a', shortfall: 1, kind: 'technical' },
        { competency: 'b', shortfall: 3, kind: 'technical' },
        { competency: 'c', shortfall: 2, kind: 'technical' },
        { competency: 'd', shortfall: 3, kind: 'managerial' },
        { competency: 'e', shortfall: 3, kind: 'technical' },
      ],
      { suggestions: table },
    )._unsafeUnwrap();
    expect(plan.needs.map((need) => [need.competency, need.forms.map((form) => form.code), need.jp])).toEqual([
      ['a', ['e-learning'], 1],
      ['b', ['technical-training'], 9],
      ['c', ['e-learning'], 2],
      ['d', ['coaching'], 15],
      ['e', ['technical-training'], 9],
    ]);
  });
});
