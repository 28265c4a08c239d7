import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  aggregateWorkRating,
  allowedDistribution,
  checkDistribution,
  creditPoints,
  ikiScore,
  leaderWorkRating,
  legacyPerformanceScore,
  parseLegacyRecord,
  parsePredicates,
  parseSkp,
  parseWorkRatings,
  performancePredicate,
  pp30PerformanceScore,
  pp46ActivityScore,
  pp46PerformanceScore,
  predikatFollowUp,
  unitPerformanceReport,
  type AllowedDistributionOptions,
  type Behaviour,
  type CheckDistributionOptions,
  type CreditPointsParams,
  type Evaluation,
  type IkiScoreParams,
  type Indicator,
  type LegacyRecord,
  type OrgPredikat,
  type PerformanceError,
  type Pp30PerformanceScoreParams,
  type Pp46Activity,
  type Pp46PerformanceScoreParams,
  type Predikat,
  type PredikatFollowUpOptions,
  type Rating,
  type ResultEvaluation,
  type Rhk,
  type Skp,
  type SkpAppendix,
  type SkpInput,
  type SkpPerson,
  type Target,
  type UnitPerformanceReportParams,
  type WorkRatings,
} from '../../src/performance/index';
import type { Predikat as CompetencyPredikat } from '../../src/performance/predikat';
import type {
  behaviourSchema,
  creditPointsInputSchema,
  evaluationSchema,
  ikiInputSchema,
  indicatorSchema,
  legacyRecordSchema,
  pp30ScoreInputSchema,
  pp46ActivitySchema,
  pp46ScoreInputSchema,
  predicatesSchema,
  resultEvaluationSchema,
  rhkSchema,
  skpAppendixSchema,
  skpPersonSchema,
  skpSchema,
  targetSchema,
  unitReportInputSchema,
  workRatingsSchema,
} from '../../src/performance/schemas';
import type * as errors from '../../src/performance/errors';

/** A type with its arrays and properties writable, as zod's input types are written (readonly arrays are not assignable to them). */
type Writable<T> = T extends readonly (infer Item)[] ? Writable<Item>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

declare const skp: Skp;
declare const rawSkp: SkpInput;

describe('performance types', () => {
  it('parsers take unknown and return the parsed type', () => {
    expectTypeOf(parseSkp).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseSkp).returns.toEqualTypeOf<Result<Skp, PerformanceError>>();
    expectTypeOf(parseWorkRatings).returns.toEqualTypeOf<Result<WorkRatings, PerformanceError>>();
    expectTypeOf(parsePredicates).returns.toEqualTypeOf<Result<readonly Predikat[], PerformanceError>>();
    expectTypeOf(parseLegacyRecord).returns.toEqualTypeOf<Result<LegacyRecord, PerformanceError>>();
  });

  it('domain functions declare the parsed types and typed parameters, no unknown', () => {
    expectTypeOf(aggregateWorkRating).parameter(0).toEqualTypeOf<WorkRatings>();
    expectTypeOf(legacyPerformanceScore).parameter(0).toEqualTypeOf<LegacyRecord>();
    expectTypeOf(checkDistribution).parameters.toEqualTypeOf<[OrgPredikat, readonly Predikat[], CheckDistributionOptions?]>();
    expectTypeOf(allowedDistribution).parameters.toEqualTypeOf<[OrgPredikat, number, AllowedDistributionOptions?]>();
    expectTypeOf(predikatFollowUp).parameters.toEqualTypeOf<[Predikat, PredikatFollowUpOptions?]>();
    expectTypeOf(performancePredicate).parameters.toEqualTypeOf<[Rating, Rating]>();
    expectTypeOf(leaderWorkRating).parameter(0).toEqualTypeOf<OrgPredikat>();
    expectTypeOf(ikiScore).parameter(0).toEqualTypeOf<IkiScoreParams>();
    expectTypeOf(creditPoints).parameter(0).toEqualTypeOf<CreditPointsParams>();
    expectTypeOf(pp30PerformanceScore).parameter(0).toEqualTypeOf<Pp30PerformanceScoreParams>();
    expectTypeOf(pp46PerformanceScore).parameter(0).toEqualTypeOf<Pp46PerformanceScoreParams>();
    expectTypeOf(pp46ActivityScore).parameter(0).toEqualTypeOf<Pp46Activity>();
    expectTypeOf(unitPerformanceReport).parameter(0).toEqualTypeOf<UnitPerformanceReportParams>();
    expectTypeOf<UnitPerformanceReportParams['skps']>().toEqualTypeOf<readonly Skp[]>();
  });

  it('the schemas output the public types', () => {
    expectTypeOf<z.output<typeof skpSchema>>().toExtend<Skp>();
    expectTypeOf<z.output<typeof rhkSchema>>().toExtend<Rhk>();
    expectTypeOf<z.output<typeof indicatorSchema>>().toExtend<Indicator>();
    expectTypeOf<z.output<typeof targetSchema>>().toExtend<Target>();
    expectTypeOf<z.output<typeof behaviourSchema>>().toExtend<Behaviour>();
    expectTypeOf<z.output<typeof resultEvaluationSchema>>().toExtend<ResultEvaluation>();
    expectTypeOf<z.output<typeof evaluationSchema>>().toExtend<Evaluation>();
    expectTypeOf<z.output<typeof skpPersonSchema>>().toExtend<SkpPerson>();
    expectTypeOf<z.output<typeof skpAppendixSchema>>().toExtend<SkpAppendix>();
    expectTypeOf<z.output<typeof workRatingsSchema>>().toExtend<WorkRatings>();
    expectTypeOf<z.output<typeof predicatesSchema>>().toExtend<readonly Predikat[]>();
    expectTypeOf<z.output<typeof legacyRecordSchema>>().toExtend<LegacyRecord>();
    expectTypeOf<z.output<typeof pp46ActivitySchema>>().toExtend<Pp46Activity>();
  });

  it('the parameter types are what the parameter schemas accept', () => {
    expectTypeOf<Writable<IkiScoreParams>>().toExtend<z.input<typeof ikiInputSchema>>();
    expectTypeOf<Writable<CreditPointsParams>>().toExtend<z.input<typeof creditPointsInputSchema>>();
    expectTypeOf<Writable<Pp30PerformanceScoreParams>>().toExtend<z.input<typeof pp30ScoreInputSchema>>();
    expectTypeOf<Writable<Pp46PerformanceScoreParams>>().toExtend<z.input<typeof pp46ScoreInputSchema>>();
    expectTypeOf<Writable<Omit<UnitPerformanceReportParams, 'skps'>>>().toExtend<Omit<z.input<typeof unitReportInputSchema>, 'skps'>>();
  });

  it('the predikat type competency uses keeps its name', () => {
    expectTypeOf<CompetencyPredikat>().toEqualTypeOf<'very-good' | 'good' | 'needs-improvement' | 'poor' | 'very-poor'>();
    expectTypeOf<Skp['evaluations'][number]['predikat']>().toEqualTypeOf<CompetencyPredikat | undefined>();
  });

  it('a misspelt field fails to compile', () => {
    // @ts-expect-error: `month` is not a parameter (months)
    creditPoints({ level: 'ahli-muda', predikat: 'good', periodEnd: '2025-12-31', month: 6 });
    // @ts-expect-error: `ratting` is not a field of an RHK rating
    aggregateWorkRating({ results: [{ rhkId: 'R1', kind: 'main', ratting: 'above' }] });
    // @ts-expect-error: `behavior` is not a parameter (behaviour)
    pp46PerformanceScore({ skp: 85.5, behavior: 83 });
    // @ts-expect-error: `targetIsMax` is not a parameter (targetIsMaximum)
    ikiScore({ target: 100, realisation: 100, targetIsMax: true });
    // @ts-expect-error: `strikt` is not a parameter of the report (strict)
    unitPerformanceReport({ unit: { id: 'u', name: 'U' }, period: { from: '2025-01-01', to: '2025-12-31' }, orgPredikat: 'good', skps: [skp], strikt: true });
  });

  it('a wrong code fails to compile', () => {
    // @ts-expect-error: ratings are 'above' | 'meets' | 'below'
    performancePredicate('excellent', 'above');
    // @ts-expect-error: organisation predikat are short English codes
    checkDistribution('Baik', ['good']);
    // @ts-expect-error: not a predikat
    checkDistribution('good', ['Baik']);
    // @ts-expect-error: not an organisation predikat
    leaderWorkRating('Istimewa');
    // @ts-expect-error: an RHK is 'main' or 'additional'
    aggregateWorkRating({ results: [{ rhkId: 'R1', kind: 'primary', rating: 'above' }] });
    // @ts-expect-error: not a functional level
    creditPoints({ level: 'pelaksana', predikat: 'good', periodEnd: '2025-12-31' });
    // @ts-expect-error: not a legacy regime
    legacyPerformanceScore({ ...({} as LegacyRecord), regime: 'pp-53-2010' });
  });

  it('an unknown option key fails to compile', () => {
    // @ts-expect-error: `strikt` is not an option (strict)
    checkDistribution('good', ['good'], { strikt: true });
    // @ts-expect-error: `asof` is not an option (asOf)
    allowedDistribution('good', 10, { asof: '2025-06-30' });
    // @ts-expect-error: predikatFollowUp has no `strict` option
    predikatFollowUp('good', { asOf: '2025-06-30', strict: true });
  });

  it('an unparsed SKP does not compile where a parsed one is declared', () => {
    // @ts-expect-error: parse the SKP first (parseSkp)
    unitPerformanceReport({ unit: { id: 'u', name: 'U' }, period: { from: '2025-01-01', to: '2025-12-31' }, orgPredikat: 'good', skps: [rawSkp] });
    expectTypeOf(unitPerformanceReport({ unit: { id: 'u', name: 'U' }, period: { from: '2025-01-01', to: '2025-12-31' }, orgPredikat: 'good', skps: [skp] })).toEqualTypeOf<
      ReturnType<typeof unitPerformanceReport>
    >();
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const rhkOf = (error: errors.PerformanceError) => {
      if (error.code === 'performance/unknown-rhk') {
        expectTypeOf(error.data.rhkId).toEqualTypeOf<string>();
        expectTypeOf(error.data.nip).toEqualTypeOf<string>();
        expectTypeOf(error.data.violations).toEqualTypeOf<readonly errors.SkpViolation[]>();
        // @ts-expect-error: `totalWeight` is a field of performance/weights-not-100, not of performance/unknown-rhk
        expectTypeOf(error.data.totalWeight).toBeUnknown();
      }
      if (error.code === 'performance/weights-not-100') expectTypeOf(error.data.totalWeight).toEqualTypeOf<number>();
    };
    expectTypeOf(rhkOf).parameter(0).toEqualTypeOf<errors.PerformanceError>();
  });
});
