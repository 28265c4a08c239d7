import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyJpm,
  competencyGap,
  defineCompetency,
  derivePotential,
  developmentHours,
  developmentNeeds,
  jobPersonMatch,
  parseAssessment,
  parseCatalogueEntry,
  parseCompetencyLevels,
  parseDevelopmentActivity,
  parseRosterMember,
  parseShortfall,
  parseTalentEntry,
  parseTechnicalCompetency,
  standardForPosition,
  talentBox,
  talentPool,
  trainingNeeds,
} from '../../src/competency/index';
import type { IsoDate } from '../../src/core';
import {
  activityArbitrary,
  date2026,
  hostile,
  LEVEL_DESCRIPTIONS,
  levelsArbitrary,
  nipArbitrary,
  pairArbitrary,
  shortfallArbitrary,
  talentEntryArbitrary,
  untyped,
} from './arbitraries';

/** Every plain object and array inside a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** Whether any plain object or array inside a value is frozen. */
function anyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.isFrozen(value) || Object.values(value).some(anyFrozen);
}

const PARSERS = [
  parseCompetencyLevels,
  parseAssessment,
  parseTalentEntry,
  parseDevelopmentActivity,
  parseTechnicalCompetency,
  parseRosterMember,
  parseCatalogueEntry,
  parseShortfall,
] as const;

describe('properties', () => {
  it('competencyGap and jobPersonMatch: f(parse(x)) equals f(x)', () => {
    fc.assert(
      fc.property(pairArbitrary, fc.constantFrom(undefined, 'mapping' as const, 'selection' as const), ({ standard, actual }, scheme) => {
        const std = parseCompetencyLevels(standard)._unsafeUnwrap();
        const act = parseCompetencyLevels(actual)._unsafeUnwrap();
        const options = scheme === undefined ? undefined : { scheme };
        expect(competencyGap(std, act)).toEqual(competencyGap(standard, actual));
        expect(jobPersonMatch(std, act, options)).toEqual(jobPersonMatch(standard, actual, options));
      }),
    );
  });

  it('developmentHours: parsed activities give what raw ones give', () => {
    fc.assert(
      fc.property(fc.array(activityArbitrary, { maxLength: 6 }), fc.constantFrom('PNS' as const, 'CPNS' as const, 'PPPK' as const), (raw, kind) => {
        const activities = raw.map((activity) => parseDevelopmentActivity(activity)._unsafeUnwrap());
        expect(developmentHours(activities, 2026, { kind })).toEqual(developmentHours(untyped(raw), 2026, { kind }));
      }),
    );
  });

  it('talentPool, developmentNeeds and talentBox: parsed entries give what raw ones give', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(talentEntryArbitrary, { maxLength: 8, selector: (entry) => entry.nip }),
        fc.array(shortfallArbitrary, { maxLength: 6 }),
        fc.constantFrom(undefined, { scheme: 'kemenkeu' as const }),
        (entries, shortfalls, options) => {
          const parsed = entries.map((entry) => parseTalentEntry(entry)._unsafeUnwrap());
          expect(talentPool(parsed, options)).toEqual(talentPool(entries, options));
          const items = shortfalls.map((item) => parseShortfall(item)._unsafeUnwrap());
          expect(developmentNeeds(items)).toEqual(developmentNeeds(shortfalls));
          for (const entry of entries) {
            expect(talentBox(parsed[entries.indexOf(entry)]!.performance, entry.potential, options)).toEqual(
              talentBox(entry.performance, entry.potential, options),
            );
          }
        },
      ),
    );
  });

  it('trainingNeeds: parsed roster, assessments and catalogue give what raw ones give', () => {
    const position = fc.constantFrom({ type: 'pengawas' as const }, { type: 'administrator' as const }, { type: 'guru' as const });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ nip: nipArbitrary, position }), { minLength: 1, maxLength: 4, selector: (member) => member.nip }),
        fc.array(fc.tuple(fc.nat(), levelsArbitrary, fc.boolean()), { maxLength: 6 }),
        (roster, rows) => {
          const raw = rows.map(([pick, levels, withStandard]) => {
            const nip = roster[pick % roster.length]!.nip;
            return withStandard ? { nip, date: '2026-02-10', standard: levels, actual: levels } : { nip, date: '2026-02-10', actual: levels };
          });
          const catalogue = [{ competency: 'integrity', title: 'Integritas', form: 'course' as const, jp: 12 }];
          const assessments = raw.map((item) => parseAssessment(item)._unsafeUnwrap());
          const members = roster.map((member) => parseRosterMember(member)._unsafeUnwrap());
          const offerings = catalogue.map((entry) => parseCatalogueEntry(entry)._unsafeUnwrap());
          expect(trainingNeeds(members, assessments, offerings)).toEqual(trainingNeeds(roster, untyped(raw), catalogue));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('standardForPosition, derivePotential, classifyJpm and defineCompetency: parsed values give what raw ones give', () => {
    fc.assert(
      fc.property(levelsArbitrary, fc.double({ min: 0, max: 100, noNaN: true }), (levels, score) => {
        const asOf = '2026-01-05' as IsoDate;
        const parsed = parseCompetencyLevels(levels)._unsafeUnwrap();
        expect(standardForPosition({ type: 'pengawas' }, asOf, { levels: parsed })).toEqual(
          standardForPosition({ type: 'pengawas' }, asOf, { levels }),
        );
        expect(derivePotential({ jpm: score }).isOk()).toBe(true);
        expect(classifyJpm(score).isOk()).toBe(true);
      }),
    );
    const text = { id: 'SIPD', en: 'SIPD' };
    const raw = { code: 'sipd-operation', name: text, description: text, levels: LEVEL_DESCRIPTIONS };
    expect(defineCompetency(parseTechnicalCompetency(raw)._unsafeUnwrap())).toEqual(defineCompetency(raw));
  });

  it('parsed values are deeply frozen', () => {
    fc.assert(
      fc.property(pairArbitrary, activityArbitrary, talentEntryArbitrary, ({ standard, actual }, activity, entry) => {
        expect(deeplyFrozen(parseCompetencyLevels(standard)._unsafeUnwrap())).toBe(true);
        expect(deeplyFrozen(parseAssessment({ nip: entry.nip, date: '2026-02-10', standard, actual })._unsafeUnwrap())).toBe(true);
        expect(deeplyFrozen(parseDevelopmentActivity(activity)._unsafeUnwrap())).toBe(true);
        expect(deeplyFrozen(parseTalentEntry(entry)._unsafeUnwrap())).toBe(true);
        expect(deeplyFrozen(parseRosterMember({ nip: entry.nip, position: { type: 'jpt', level: 'madya' } })._unsafeUnwrap())).toBe(true);
      }),
      { numRuns: 50 },
    );
    const text = { id: 'SIPD', en: 'SIPD' };
    const technical = parseTechnicalCompetency({ code: 'sipd', name: text, description: text, levels: LEVEL_DESCRIPTIONS })._unsafeUnwrap();
    expect(deeplyFrozen(technical)).toBe(true);
    expect(deeplyFrozen(defineCompetency(technical)._unsafeUnwrap())).toBe(true);
  });

  it('mutating a caller’s object between two calls changes the answer the way the new data says', () => {
    fc.assert(
      fc.property(pairArbitrary, fc.nat(), fc.integer({ min: 1, max: 5 }), ({ standard, actual }, pick, level) => {
        const codes = Object.keys(actual);
        const code = codes[pick % codes.length]!;
        const before = competencyGap(standard, actual)._unsafeUnwrap();
        const old = actual[code]!;
        actual[code] = level;
        const after = competencyGap(standard, actual)._unsafeUnwrap();
        expect(after.items.find((item) => item.competency === code)?.actual).toBe(level);
        expect(after.totalActual).toBe(before.totalActual - old + level);
        expect(after.items.find((item) => item.competency === code)?.shortfall).toBe(Math.max(0, standard[code]! - level));
        actual[code] = 9;
        expect(jobPersonMatch(standard, actual)._unsafeUnwrapErr().code).toBe('competency/invalid-input');
      }),
    );
    const activity = { form: 'course' as const, title: 'Kursus', date: '2026-02-02', jp: 24 };
    expect(developmentHours(untyped([activity]), 2026, { kind: 'PNS' })._unsafeUnwrap().completedJp).toBe(24);
    activity.jp = 4;
    expect(developmentHours(untyped([activity]), 2026, { kind: 'PNS' })._unsafeUnwrap().completedJp).toBe(4);
    activity.date = '2025-02-02';
    expect(developmentHours(untyped([activity]), 2026, { kind: 'PNS' })._unsafeUnwrap().completedJp).toBe(0);
    const entry = { nip: '198503152010012003', performance: 'good' as 'good' | 'very-good', potential: 'high' as const };
    expect(talentPool([entry])._unsafeUnwrap().placements[0]?.box).toBe(8);
    entry.performance = 'very-good';
    expect(talentPool([entry])._unsafeUnwrap().placements[0]?.box).toBe(9);
    const member = { nip: '198503152010012003', position: { type: 'pengawas' as 'pengawas' | 'guru' } };
    const assessment = parseAssessment({ nip: member.nip, date: '2026-02-10', actual: { integrity: 1 } })._unsafeUnwrap();
    expect(trainingNeeds([member], [assessment], [])._unsafeUnwrap().skipped).toEqual([
      { nip: member.nip, code: 'competency/mismatched-competencies' },
    ]);
    member.position.type = 'guru';
    expect(trainingNeeds([member], [assessment], [])._unsafeUnwrap().skipped).toEqual([
      { nip: member.nip, code: 'competency/no-default-standard' },
    ]);
  });

  it('a failed parse leaves the caller’s object unfrozen and unchanged', () => {
    const invalid = fc.oneof(
      fc
        .record({ integrity: fc.oneof(fc.integer({ min: 6, max: 99 }), fc.constant(0)), cooperation: fc.integer({ min: 1, max: 5 }) })
        .map((input) => [parseCompetencyLevels, input] as const),
      fc
        .record({ nip: nipArbitrary, date: fc.constant('2026-02-10'), actual: fc.record({ integrity: fc.integer({ min: 6, max: 99 }) }) })
        .map((input) => [parseAssessment, input] as const),
      fc
        .record({ form: fc.constant('coaching'), title: fc.constant('C'), date: date2026, minutes: fc.nat() })
        .map((input) => [parseDevelopmentActivity, input] as const),
      fc
        .record({ nip: nipArbitrary, performance: fc.constant('excellent'), potential: fc.constant('high'), tags: fc.array(fc.string()) })
        .map((input) => [parseTalentEntry, input] as const),
      fc
        .record({ code: fc.constant('Bad Code'), name: fc.record({ id: fc.string(), en: fc.string() }), levels: fc.constant([]) })
        .map((input) => [parseTechnicalCompetency, input] as const),
      fc.record({ nip: nipArbitrary, position: fc.constant({ type: 'jpt' }) }).map((input) => [parseRosterMember, input] as const),
      fc
        .record({ competency: fc.constant('integrity'), title: fc.constant('T'), form: fc.constant('course'), jp: fc.integer({ max: -1 }) })
        .map((input) => [parseCatalogueEntry, input] as const),
      fc.record({ competency: fc.constant('integrity'), shortfall: fc.integer({ min: 5 }) }).map((input) => [parseShortfall, input] as const),
    );
    fc.assert(
      fc.property(invalid, ([parse, input]) => {
        const copy = structuredClone(input);
        expect(parse(input).isErr()).toBe(true);
        expect(input).toEqual(copy);
        expect(anyFrozen(input)).toBe(false);
      }),
    );
    const levels = { integrity: 3, cooperation: { nested: [1] } };
    expect(competencyGap({ integrity: 3 }, untyped(levels)).isErr()).toBe(true);
    expect(trainingNeeds([], [untyped({ nip: '1', date: 'x', actual: levels })], []).isErr()).toBe(true);
    expect(anyFrozen(levels)).toBe(false);
  });

  it('parsers and functions never throw on hostile values, typed arrays included', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const results = [
          ...PARSERS.map((parse) => parse(a)),
          competencyGap(untyped(a), untyped(b)),
          jobPersonMatch(untyped(a), untyped(b), untyped(c)),
          classifyJpm(untyped(a), untyped(c)),
          developmentHours(untyped(a), untyped(b), untyped(c)),
          developmentNeeds(untyped(a), untyped(c)),
          talentBox(untyped(a), untyped(b), untyped(c)),
          talentPool(untyped(a), untyped(c)),
          derivePotential(untyped(a), untyped(c)),
          standardForPosition(untyped(a), untyped(b), untyped(c)),
          defineCompetency(untyped(a)),
          trainingNeeds(untyped(a), untyped(b), untyped(c)),
          trainingNeeds([], [], [], untyped(c)),
        ];
        for (const result of results) expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
