import type { Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import {
  asnWorkPlanSchema,
  checkUnitCascade,
  draftAsnWorkPlan,
  parseAsnWorkPlan,
  parseRenja,
  parseSkpPlan,
  parseWorkPlanContext,
  planActivitySchema,
  renjaSchema,
  skpPlanSchema,
  validateAsnWorkPlan,
  validateRenja,
  validateSkpPlan,
  workforceNeed,
  type AsnWorkPlan,
  type AsnWorkPlanIssueCode,
  type AsnWorkPlanValidation,
  type PlanActivity,
  type PlanValidation,
  type Renja,
  type RenjaIssueCode,
  type SkpPlan,
  type SkpPlanIssueCode,
  type UnitCascade,
  type WorkforceNeed,
  type WorkPlanContext,
  type WorkplanError,
} from '../../src/workplan';
import type * as errors from '../../src/workplan/errors';
import type { InputIssue, IsoDate } from '../../src/core';

describe('workplan types', () => {
  it('the schemas output the module’s types', () => {
    expectTypeOf<z.output<typeof skpPlanSchema>>().toExtend<SkpPlan>();
    expectTypeOf<z.output<typeof asnWorkPlanSchema>>().toExtend<AsnWorkPlan>();
    expectTypeOf<z.output<typeof planActivitySchema>>().toExtend<PlanActivity>();
    expectTypeOf<z.output<typeof renjaSchema>>().toExtend<Renja>();
  });

  it('the parsers return Results of the parsed types with coded errors', () => {
    expectTypeOf(parseSkpPlan).returns.toEqualTypeOf<Result<SkpPlan, WorkplanError>>();
    expectTypeOf(parseAsnWorkPlan).returns.toEqualTypeOf<Result<AsnWorkPlan, WorkplanError>>();
    expectTypeOf(parseWorkPlanContext).returns.toEqualTypeOf<Result<WorkPlanContext, WorkplanError>>();
    expectTypeOf(parseRenja).returns.toEqualTypeOf<Result<Renja, WorkplanError>>();
    expectTypeOf(parseSkpPlan).parameter(0).toEqualTypeOf<unknown>();
  });

  it('the validators take parsed types and return issues with their codes', () => {
    expectTypeOf(validateSkpPlan).parameter(0).toEqualTypeOf<SkpPlan>();
    expectTypeOf(validateSkpPlan).returns.toEqualTypeOf<Result<PlanValidation<SkpPlanIssueCode>, WorkplanError>>();
    expectTypeOf(checkUnitCascade).returns.toEqualTypeOf<Result<UnitCascade, WorkplanError>>();
    expectTypeOf(validateAsnWorkPlan).parameters.toEqualTypeOf<[AsnWorkPlan, (WorkPlanContext | undefined)?]>();
    expectTypeOf(validateAsnWorkPlan).returns.toEqualTypeOf<Result<AsnWorkPlanValidation, WorkplanError>>();
    expectTypeOf<AsnWorkPlanValidation['issues'][number]['code']>().toEqualTypeOf<AsnWorkPlanIssueCode>();
    expectTypeOf(validateRenja).returns.toEqualTypeOf<Result<PlanValidation<RenjaIssueCode>, WorkplanError>>();
    expectTypeOf(draftAsnWorkPlan).returns.toEqualTypeOf<Result<AsnWorkPlan, WorkplanError>>();
    expectTypeOf(workforceNeed).returns.toEqualTypeOf<Result<WorkforceNeed, WorkplanError>>();
  });

  it('refuses what the compiler can see is wrong', () => {
    // @ts-expect-error: a raw object is not a parsed SKP plan (a JavaScript caller still gets a coded Err)
    validateSkpPlan({ period: { from: '2027-01-01', to: '2027-12-31' } });
    // @ts-expect-error: hoursPerYear is a number, not a string
    workforceNeed([], { hoursPerYear: '1250' });
    // @ts-expect-error: an unknown option
    validateRenja({} as Renja, { tahun: 2027 });
    // @ts-expect-error: the forum kinds are dialogue and open-forum only
    expectTypeOf<PlanActivity['forumKind']>().toEqualTypeOf<'seminar'>();
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const pathsOf = (error: errors.WorkplanError) => {
      if (error.code === 'workplan/invalid-input') {
        expectTypeOf(error.data.issues).toEqualTypeOf<readonly InputIssue[]>();
        // @ts-expect-error: `table` is a field of workplan/no-rule-in-force, not of workplan/invalid-input
        expectTypeOf(error.data.table).toBeUnknown();
      }
      if (error.code === 'workplan/no-rule-in-force') expectTypeOf(error.data.date).toEqualTypeOf<IsoDate>();
    };
    expectTypeOf(pathsOf).parameter(0).toEqualTypeOf<errors.WorkplanError>();
  });
});
