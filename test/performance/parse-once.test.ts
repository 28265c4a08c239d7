import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as zc from 'zod';
import * as z from 'zod/mini';
import {
  aggregateWorkRating,
  allowedDistribution,
  checkDistribution,
  legacyPerformanceScore,
  legacyRecordSchema,
  parseLegacyRecord,
  parsePredicates,
  parseSkp,
  parseWorkRatings,
  predikatFollowUp,
  skpSchema,
  unitPerformanceReport,
  unitReportInputSchema,
  workRatingsSchema,
} from '../../src/performance/index';
import {
  hostileArbitrary,
  legacyRecordArbitrary,
  predicatesArbitrary,
  skpArbitrary,
  unitSkpsArbitrary,
  workRatingsArbitrary,
} from './arbitraries';
import { skpInput, untyped } from './fixtures';
import { dataOf } from '../error-data';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const UNIT = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };

/** Every plain object and array inside a value (the value included). */
function containers(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(containers)];
}

const PARSERS = { parseSkp, parseWorkRatings, parsePredicates, parseLegacyRecord } as const;

describe('parsers', () => {
  it('return new, deeply frozen values and leave the caller’s object as it was', () => {
    const input = skpInput();
    const before = structuredClone(input);
    const skp = parseSkp(input)._unsafeUnwrap();
    expect(skp).not.toBe(input);
    for (const part of containers(skp)) expect(Object.isFrozen(part)).toBe(true);
    expect(containers(input).some((part) => Object.isFrozen(part))).toBe(false);
    expect(input).toEqual(before);
  });
  it('a parsed SKP parses again to an equal value', () => {
    const skp = parseSkp(skpInput())._unsafeUnwrap();
    expect(parseSkp(skp)._unsafeUnwrap()).toEqual(skp);
  });
  it('a failed parse leaves the caller’s object unfrozen and unchanged', () => {
    const input = skpInput();
    input.additionalResults![0]!.id = 'R1';
    const before = structuredClone(input);
    expect(parseSkp(input)._unsafeUnwrapErr().code).toBe('performance/duplicate-rhk-id');
    const shape = { ...skpInput(), approach: 'both' };
    const shapeBefore = structuredClone(shape);
    expect(parseSkp(shape)._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    for (const value of [input, shape]) expect(containers(value).some((part) => Object.isFrozen(part))).toBe(false);
    expect(input).toEqual(before);
    expect(shape).toEqual(shapeBefore);
  });
  it('write zod’s Indonesian messages in message.id and keep the English ones in data.issues', () => {
    const error = parseWorkRatings({ results: [{ rhkId: 'R1', kind: 'main', rating: 'excellent' }] })._unsafeUnwrapErr();
    expect(dataOf(error, 'performance/invalid-input').issues).toEqual([{ path: 'results.0.rating', message: 'Invalid option: expected one of "above"|"meets"|"below"' }]);
    expect(error.message.en).toBe('Invalid input — results.0.rating: Invalid option: expected one of "above"|"meets"|"below"');
    expect(error.message.id.startsWith('Masukan tidak valid — results.0.rating: ')).toBe(true);
    expect(error.message.id).not.toContain('expected one of');
  });
  it('parsePredicates: a list with an unknown predikat, and a value that is not a list', () => {
    expect(dataOf(parsePredicates(['good', 'Baik'])._unsafeUnwrapErr(), 'performance/unknown-predikat').issues).toEqual([
      { path: '1', message: 'Invalid option: expected one of "very-good"|"good"|"needs-improvement"|"poor"|"very-poor"' },
    ]);
    expect(parsePredicates(['good', 'Baik'])._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
    expect(parsePredicates(new Uint8Array(3))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(parsePredicates('good')._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
  it('parseLegacyRecord applies the defaults', () => {
    expect(parseLegacyRecord({ period: YEAR, skp: { activities: [{ quantity: { target: 1, realisation: 1 }, quality: { target: 1, realisation: 1 }, time: { target: 12, realisation: 12 } }] }, behaviour: 80 })._unsafeUnwrap()).toEqual({
      period: YEAR,
      skp: {
        activities: [{ quantity: { target: 1, realisation: 1 }, quality: { target: 1, realisation: 1 }, time: { target: 12, realisation: 12 } }],
        additionalTasks: 0,
        creativity: 'none',
      },
      behaviour: 80,
      peerInput: false,
      newIdea: false,
    });
  });
});

describe('schemas users can build on', () => {
  it('z.toJSONSchema works in input mode, with the date format', () => {
    const skp = z.toJSONSchema(skpSchema, { io: 'input' }) as unknown as {
      properties: { period: { properties: { from: { type: string; format: string } } } };
      required: string[];
    };
    expect(skp.properties.period.properties.from).toMatchObject({ type: 'string', format: 'date' });
    expect(skp.required).toEqual(['period', 'approach', 'employee', 'assessor', 'mainResults', 'behaviours']);
    for (const schema of [legacyRecordSchema, workRatingsSchema, unitReportInputSchema]) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
    }
  });
  it('object schemas expose their shape: extend, pick, and embedding in zod and zod/mini objects', () => {
    const withId = z.extend(skpSchema, { id: z.string() });
    expect(Object.keys(withId.shape)).toContain('id');
    expect(z.pick(skpSchema, { period: true }).safeParse({ period: YEAR }).success).toBe(true);
    const body = { skp: skpInput(), note: 'x' };
    expect(zc.object({ skp: skpSchema, note: zc.string() }).safeParse(body).success).toBe(true);
    expect(z.object({ skp: skpSchema, note: z.string() }).safeParse(body).success).toBe(true);
    const parsedBody = zc.object({ skp: skpSchema }).parse(body);
    expect(parseSkp(parsedBody.skp).isOk()).toBe(true);
  });
});

describe('strict options', () => {
  it('an unknown option key is an Err that names it', () => {
    const error = checkDistribution('good', ['good'], untyped({ strcit: true }))._unsafeUnwrapErr();
    expect(error.code).toBe('performance/invalid-input');
    expect(dataOf(error, 'performance/invalid-input').issues).toEqual([{ path: '', message: 'Unrecognized key: "strcit"' }]);
    expect(allowedDistribution('good', 10, untyped({ asof: '2025-01-01' }))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(dataOf(predikatFollowUp('good', untyped({ asOf: '2025-01-01', strict: true }))._unsafeUnwrapErr(), 'performance/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "strict"' },
    ]);
  });
  it('undefined options and undefined option values take the defaults; null options are a coded error', () => {
    expect(checkDistribution('good', ['good'], undefined).isOk()).toBe(true);
    expect(checkDistribution('good', ['good'], { strict: undefined, asOf: undefined }).isOk()).toBe(true);
    expect(checkDistribution('good', ['good'], untyped(null))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(predikatFollowUp('good', untyped(new Uint8Array(1)))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
  it('an unknown key in per-call parameters is an Err that names it', () => {
    const error = unitPerformanceReport(untyped({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [], strikt: true }))._unsafeUnwrapErr();
    expect(dataOf(error, 'performance/invalid-input').issues).toEqual([{ path: '', message: 'Unrecognized key: "strikt"' }]);
  });
});

describe('unitPerformanceReport takes parsed SKPs and parses the others', () => {
  it('an SKP of the wrong shape is reported under skps.<index>', () => {
    const bad = { ...skpInput(), period: { from: '2025-01-01', to: '2025-02-30' } };
    const error = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [parseSkp(skpInput())._unsafeUnwrap(), untyped(bad)] })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/invalid-input');
    expect(dataOf(error, 'performance/invalid-input').issues).toEqual([{ path: 'skps.1.period.to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' }]);
  });
  it('an SKP that breaks a rule keeps its code, with the employee and the index', () => {
    const input = skpInput();
    input.assessor.nip = input.employee.nip;
    const error = unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [untyped(input)] })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/self-assessment');
    expect(error.data).toMatchObject({ nip: '199001012015031001', index: 0 });
  });
});

describe('properties', () => {
  it('f(parse(x)) equals f(x): aggregateWorkRating', () => {
    fc.assert(
      fc.property(workRatingsArbitrary, (input) => {
        expect(aggregateWorkRating(parseWorkRatings(input)._unsafeUnwrap())).toEqual(aggregateWorkRating(input));
      }),
    );
  });
  it('f(parse(x)) equals f(x): checkDistribution', () => {
    fc.assert(
      fc.property(predicatesArbitrary, fc.constantFrom('outstanding', 'good', 'needs-improvement', 'poor', 'very-poor'), (list, org) => {
        expect(checkDistribution(org, parsePredicates(list)._unsafeUnwrap())).toEqual(checkDistribution(org, list));
      }),
    );
  });
  it('f(parse(x)) equals f(x): legacyPerformanceScore', () => {
    fc.assert(
      fc.property(legacyRecordArbitrary, (input) => {
        expect(legacyPerformanceScore(parseLegacyRecord(input)._unsafeUnwrap())).toEqual(legacyPerformanceScore(untyped(input)));
      }),
    );
  });
  it('f(parse(x)) equals f(x): unitPerformanceReport', () => {
    fc.assert(
      fc.property(unitSkpsArbitrary, fc.boolean(), (inputs, strict) => {
        const parsed = inputs.map((input) => parseSkp(input)._unsafeUnwrap());
        const params = { unit: UNIT, period: YEAR, orgPredikat: 'good', strict } as const;
        expect(unitPerformanceReport({ ...params, skps: parsed })).toEqual(unitPerformanceReport({ ...params, skps: untyped(inputs) }));
      }),
      { numRuns: 50 },
    );
  });
  it('parsed values are deeply frozen', () => {
    fc.assert(
      fc.property(workRatingsArbitrary, predicatesArbitrary, legacyRecordArbitrary, skpArbitrary(1), (ratings, list, record, skp) => {
        const values = [parseWorkRatings(ratings), parsePredicates(list), parseLegacyRecord(record), parseSkp(skp)].map((result) => result._unsafeUnwrap());
        for (const part of values.flatMap(containers)) expect(Object.isFrozen(part)).toBe(true);
        for (const part of [ratings, list, record, skp].flatMap(containers)) expect(Object.isFrozen(part)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
  it('mutating a caller’s object between two calls changes the answer the way the new data says', () => {
    fc.assert(
      fc.property(workRatingsArbitrary, ratingArbitraryOrNone(), (input, newOverride) => {
        const ratings = { ...input, results: [{ rhkId: 'R0', kind: 'main' as const, rating: 'meets' as const }, ...input.results] };
        aggregateWorkRating(ratings);
        ratings.results = [{ rhkId: 'R0', kind: 'main', rating: 'below' }];
        if (newOverride === undefined) delete ratings.override;
        else ratings.override = newOverride;
        const advice = aggregateWorkRating(ratings)._unsafeUnwrap();
        expect(advice.advisory).toBe('below');
        expect(advice.rating).toBe(newOverride ?? 'below');
      }),
    );
    fc.assert(
      fc.property(predicatesArbitrary, fc.integer({ min: 1, max: 5 }), (list, extra) => {
        const mutable = [...list, 'good' as const];
        const first = checkDistribution('good', mutable)._unsafeUnwrap();
        for (let i = 0; i < extra; i += 1) mutable.push('very-poor');
        const second = checkDistribution('good', mutable)._unsafeUnwrap();
        expect(second.headCount).toBe(first.headCount + extra);
        expect(second.counts['very-poor']).toBe(first.counts['very-poor'] + extra);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2019 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (year, before, after) => {
        const record = { period: { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` }, skp: before, behaviour: 80 };
        expect(legacyPerformanceScore(untyped(record))._unsafeUnwrap().skpScore).toBe(before);
        record.skp = after;
        expect(legacyPerformanceScore(untyped(record))._unsafeUnwrap().skpScore).toBe(after);
        record.skp = -1;
        expect(legacyPerformanceScore(untyped(record))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
      }),
    );
  });
  it('mutating a raw SKP between two reports changes the report (no stale result)', () => {
    const skp = skpInput();
    const report = () => unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [untyped(skp)] });
    expect(report()._unsafeUnwrap().predicates.map((row) => row.predikat)).toEqual(['good']);
    skp.evaluations![1]!.workRating = 'above';
    skp.evaluations![1]!.predikat = 'very-good';
    expect(report()._unsafeUnwrap().predicates.map((row) => row.predikat)).toEqual(['very-good']);
    skp.evaluations![1]!.behaviourRating = 'below';
    expect(report()._unsafeUnwrapErr().code).toBe('performance/predikat-mismatch');
  });
  it('parsers never throw on hostile values, typed arrays included', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        for (const parse of Object.values(PARSERS)) {
          const result = parse(value);
          expect(result.isOk() || result.isErr()).toBe(true);
        }
      }),
    );
    for (const value of [new Uint8Array(4), new Float64Array(2), Symbol('s'), 10n, null, Object.create(null) as object]) {
      for (const parse of Object.values(PARSERS)) expect(() => parse(value)).not.toThrow();
    }
  });
  it('domain functions never throw on hostile values in any position', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, (value, other) => {
        const results = [
          aggregateWorkRating(untyped(value)),
          checkDistribution(untyped(value), untyped(other)),
          checkDistribution('good', ['good'], untyped(value)),
          legacyPerformanceScore(untyped(value)),
          unitPerformanceReport({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: [untyped(value)] }),
          unitPerformanceReport(untyped({ unit: UNIT, period: YEAR, orgPredikat: 'good', skps: value })),
        ];
        for (const result of results) expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

/** A rating, or none (the override removed). */
function ratingArbitraryOrNone(): fc.Arbitrary<'above' | 'meets' | 'below' | undefined> {
  return fc.constantFrom('above', 'meets', 'below', undefined);
}
