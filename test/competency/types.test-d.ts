import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { IsoDate, RuleTable } from '../../src/core';
import type { Employee, Position } from '../../src/employee';
import type { Predikat } from '../../src/performance/predikat';
import {
  assessmentSchema,
  catalogueEntrySchema,
  classifyJpm,
  competencyGap,
  competencyLevelsSchema,
  defineCompetency,
  derivePotential,
  developmentActivitySchema,
  developmentEmployeeSchema,
  developmentHours,
  developmentNeeds,
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
  standardForPosition,
  talentBox,
  talentEntrySchema,
  talentPool,
  technicalCompetencySchema,
  trainingNeeds,
  type Assessment,
  type AssessmentInput,
  type CatalogueEntry,
  type CompetencyDefinition,
  type CompetencyError,
  type CompetencyGap,
  type CompetencyLevels,
  type DerivedPotential,
  type DevelopmentActivity,
  type DevelopmentActivityInput,
  type DevelopmentEmployee,
  type DevelopmentHours,
  type DevelopmentNeeds,
  type DevelopmentNeedsOptions,
  type JobPersonMatch,
  type JpmCategory,
  type JpmOptions,
  type JpmScheme,
  type NineBoxScheme,
  type PositionStandard,
  type PotentialOptions,
  type RosterMember,
  type Shortfall,
  type StandardLevelRow,
  type StandardOptions,
  type TalentBox,
  type TalentEntry,
  type TalentOptions,
  type TalentPerformance,
  type TalentPool,
  type TalentPotential,
  type TechnicalCompetency,
  type TrainingNeeds,
  type TrainingNeedsOptions,
} from '../../src/competency/index';
import type * as errors from '../../src/competency/errors';

declare const levels: CompetencyLevels;
declare const activity: DevelopmentActivity;
declare const assessment: Assessment;
declare const employee: Employee;
const asOf = '2026-01-05' as IsoDate;

describe('competency types', () => {
  it('the parsers take unknown and return the module types', () => {
    expectTypeOf(parseCompetencyLevels).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCompetencyLevels).returns.toEqualTypeOf<Result<CompetencyLevels, CompetencyError>>();
    expectTypeOf(parseAssessment).returns.toEqualTypeOf<Result<Assessment, CompetencyError>>();
    expectTypeOf(parseTalentEntry).returns.toEqualTypeOf<Result<TalentEntry, CompetencyError>>();
    expectTypeOf(parseDevelopmentActivity).returns.toEqualTypeOf<Result<DevelopmentActivity, CompetencyError>>();
    expectTypeOf(parseTechnicalCompetency).returns.toEqualTypeOf<Result<TechnicalCompetency, CompetencyError>>();
    expectTypeOf(parseRosterMember).returns.toEqualTypeOf<Result<RosterMember, CompetencyError>>();
    expectTypeOf(parseCatalogueEntry).returns.toEqualTypeOf<Result<CatalogueEntry, CompetencyError>>();
    expectTypeOf(parseShortfall).returns.toEqualTypeOf<Result<Shortfall, CompetencyError>>();
  });

  it('the domain functions declare typed parameters, no unknown', () => {
    expectTypeOf(competencyGap).parameters.toEqualTypeOf<[standard: CompetencyLevels, actual: CompetencyLevels]>();
    expectTypeOf(competencyGap).returns.toEqualTypeOf<Result<CompetencyGap, CompetencyError>>();
    expectTypeOf(jobPersonMatch).parameters.toEqualTypeOf<[standard: CompetencyLevels, actual: CompetencyLevels, options?: JpmOptions]>();
    expectTypeOf(jobPersonMatch).returns.toEqualTypeOf<Result<JobPersonMatch, CompetencyError>>();
    expectTypeOf(classifyJpm).parameters.toEqualTypeOf<[percentage: number, options?: JpmOptions]>();
    expectTypeOf(classifyJpm).returns.toEqualTypeOf<Result<JpmCategory, CompetencyError>>();
    expectTypeOf(developmentHours).parameters.toEqualTypeOf<
      [activities: readonly DevelopmentActivity[], year: number, employee: DevelopmentEmployee]
    >();
    expectTypeOf(developmentHours).returns.toEqualTypeOf<Result<DevelopmentHours, CompetencyError>>();
    expectTypeOf(developmentNeeds).parameters.toEqualTypeOf<[shortfalls: readonly Shortfall[], options?: DevelopmentNeedsOptions]>();
    expectTypeOf(developmentNeeds).returns.toEqualTypeOf<Result<DevelopmentNeeds, CompetencyError>>();
    expectTypeOf(trainingNeeds).parameters.toEqualTypeOf<
      [roster: readonly RosterMember[], assessments: readonly Assessment[], catalogue: readonly CatalogueEntry[], options?: TrainingNeedsOptions]
    >();
    expectTypeOf(trainingNeeds).returns.toEqualTypeOf<Result<TrainingNeeds, CompetencyError>>();
    expectTypeOf(talentBox).parameters.toEqualTypeOf<
      [performance: Predikat | TalentPerformance, potential: TalentPotential, options?: TalentOptions]
    >();
    expectTypeOf(talentBox).returns.toEqualTypeOf<Result<TalentBox, CompetencyError>>();
    expectTypeOf(talentPool).parameters.toEqualTypeOf<[entries: readonly TalentEntry[], options?: TalentOptions]>();
    expectTypeOf(talentPool).returns.toEqualTypeOf<Result<TalentPool, CompetencyError>>();
    expectTypeOf(derivePotential).parameters.toEqualTypeOf<[scores: Readonly<Record<string, number>>, options?: PotentialOptions]>();
    expectTypeOf(derivePotential).returns.toEqualTypeOf<Result<DerivedPotential, CompetencyError>>();
    expectTypeOf(standardForPosition).parameters.toEqualTypeOf<[position: Position, asOf: IsoDate, options?: StandardOptions]>();
    expectTypeOf(standardForPosition).returns.toEqualTypeOf<Result<PositionStandard, CompetencyError>>();
    expectTypeOf(defineCompetency).parameters.toEqualTypeOf<[input: TechnicalCompetency]>();
    expectTypeOf(defineCompetency).returns.toEqualTypeOf<Result<CompetencyDefinition, CompetencyError>>();
  });

  it('the output of each exported schema is assignable to its public type', () => {
    expectTypeOf<z.output<typeof competencyLevelsSchema>>().toExtend<CompetencyLevels>();
    expectTypeOf<z.output<typeof assessmentSchema>>().toExtend<Assessment>();
    expectTypeOf<z.output<typeof talentEntrySchema>>().toExtend<TalentEntry>();
    expectTypeOf<z.output<typeof developmentActivitySchema>>().toExtend<DevelopmentActivity>();
    expectTypeOf<z.output<typeof technicalCompetencySchema>>().toExtend<TechnicalCompetency>();
    expectTypeOf<z.output<typeof rosterMemberSchema>>().toExtend<RosterMember>();
    expectTypeOf<z.output<typeof catalogueEntrySchema>>().toExtend<CatalogueEntry>();
    expectTypeOf<z.output<typeof shortfallSchema>>().toExtend<Shortfall>();
    expectTypeOf<z.output<typeof developmentEmployeeSchema>>().toExtend<DevelopmentEmployee>();
    expectTypeOf<z.output<typeof jpmSchemeSchema>>().toExtend<JpmScheme>();
    expectTypeOf<z.output<typeof nineBoxSchemeSchema>>().toExtend<NineBoxScheme>();
    // Raw input is plain strings and numbers: a consumer's JSON body type-checks against the schema's input.
    expectTypeOf<{ nip: string; date: string; actual: Record<string, number> }>().toExtend<AssessmentInput>();
    expectTypeOf<{ form: 'coaching'; title: string; date: string; jp: number }>().toExtend<DevelopmentActivityInput>();
  });

  it('object schemas keep their shape, for extend and pick', () => {
    expectTypeOf(assessmentSchema.shape).toHaveProperty('actual');
    expectTypeOf(developmentActivitySchema.shape).toHaveProperty('minutes');
    expectTypeOf(talentEntrySchema.shape).toHaveProperty('potential');
    expectTypeOf(technicalCompetencySchema.shape).toHaveProperty('levels');
    expectTypeOf(rosterMemberSchema.shape).toHaveProperty('position');
    expectTypeOf(catalogueEntrySchema.shape).toHaveProperty('jp');
  });

  it('an Employee is a roster member and the employee facts of developmentHours; a parsed assessment feeds the gap', () => {
    expectTypeOf(employee).toExtend<RosterMember>();
    expectTypeOf(employee).toExtend<DevelopmentEmployee>();
    expectTypeOf(competencyGap(levels, assessment.actual)).toEqualTypeOf<Result<CompetencyGap, CompetencyError>>();
    expectTypeOf(developmentHours([activity], 2026, employee)).toEqualTypeOf<Result<DevelopmentHours, CompetencyError>>();
  });

  it('a misspelt field fails to compile', () => {
    // @ts-expect-error: `acutal` is not a field of an assessment
    const misspelt: Assessment = { nip: '198503152010012003', date: asOf, acutal: levels };
    // @ts-expect-error: `potensial` is not a field of a talent entry
    void talentPool([{ nip: '198503152010012003', performance: 'good', potensial: 'high' }]);
    // @ts-expect-error: `shortfal` is not a field of a shortfall
    void developmentNeeds([{ competency: 'integrity', shortfal: 1 }]);
    expectTypeOf(misspelt).toEqualTypeOf<Assessment>();
  });

  it('a wrong kind or enum code fails to compile', () => {
    // @ts-expect-error: 'honorer' is not an employee kind
    void developmentHours([activity], 2026, { kind: 'honorer' });
    // @ts-expect-error: 'excellent' is neither a predikat nor a kinerja axis value
    void talentBox('excellent', 'high');
    // @ts-expect-error: 'very-high' is not a potensial level
    void talentBox('good', 'very-high');
    // @ts-expect-error: 'lecture' is not a development form
    const lecture: DevelopmentActivity = { form: 'lecture', title: 'Kuliah', date: asOf, status: 'completed', jp: 2 };
    // @ts-expect-error: a raw date string is not a parsed activity (parse it first)
    void developmentHours([{ form: 'course', title: 'Kursus', date: '2026-02-02', status: 'completed', jp: 2 }], 2026, { kind: 'PNS' });
    // @ts-expect-error: 'kkp' is not a built-in JPM scheme
    void jobPersonMatch(levels, levels, { scheme: 'kkp' });
    expectTypeOf(lecture).toEqualTypeOf<DevelopmentActivity>();
  });

  it('an unknown option key fails to compile', () => {
    // @ts-expect-error: `schema` is not an option of jobPersonMatch
    void jobPersonMatch(levels, levels, { schema: 'selection' });
    // @ts-expect-error: `sceme` is a misspelt option of classifyJpm
    void classifyJpm(90, { sceme: 'selection' });
    // @ts-expect-error: `table` is not an option of developmentNeeds
    void developmentNeeds([], { table: [] });
    // @ts-expect-error: `numbering` is not an option of talentBox
    void talentBox('good', 'high', { numbering: 'kemenkeu' });
    // @ts-expect-error: `weight` is not an option of derivePotential
    void derivePotential({ jpm: 80 }, { weight: { jpm: 1 } });
    // @ts-expect-error: `level` is not an option of standardForPosition
    void standardForPosition({ type: 'pengawas' }, asOf, { level: levels });
    // @ts-expect-error: `definition` is not an option of trainingNeeds
    void trainingNeeds([], [], [], { definition: [] });
    const table: RuleTable<StandardLevelRow> = { name: 'x', rows: [] };
    void standardForPosition({ type: 'pengawas' }, asOf, { table });
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const missing = (error: errors.CompetencyError) => {
      if (error.code === 'competency/mismatched-competencies') {
        expectTypeOf(error.data.missing).toEqualTypeOf<readonly string[]>();
        // @ts-expect-error: `nip` is a field of competency/duplicate-nip, not of competency/mismatched-competencies
        expectTypeOf(error.data.nip).toBeUnknown();
      }
      if (error.code === 'competency/duplicate-nip') expectTypeOf(error.data.nip).toEqualTypeOf<string>();
    };
    expectTypeOf(missing).parameter(0).toEqualTypeOf<errors.CompetencyError>();
  });
});
