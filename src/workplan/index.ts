/**
 * Work plans: the individual plan (SKP) of PermenPANRB 6/2022 with every mechanical rule and the cascade of a
 * whole unit; the agency's ASN-management work plan on its four pillars (competency development, performance
 * evaluation, technology, public engagement), validated against the agency's data and drafted from it; the Renja
 * Perangkat Daerah of Permendagri 86/2017; and workforce need from a workload analysis (PermenPANRB 1/2020).
 *
 * @packageDocumentation
 * @module workplan
 */
export {
  checkUnitCascade,
  type CascadeOrphan,
  type UnintervenedRhk,
  type UnitCascade,
} from './check-unit-cascade';
export { draftAsnWorkPlan } from './draft-asn-work-plan';
export type {
  AsnWorkPlanIssueCode,
  PlanIssue,
  RenjaIssueCode,
  SkpPlanIssueCode,
  WorkplanError,
  WorkplanErrorCode,
  WorkplanErrorData,
} from './errors';
export type { PlanValidation } from './issues';
export { parseAsnWorkPlan } from './parse-asn-work-plan';
export { parseRenja } from './parse-renja';
export { parseSkpPlan } from './parse-skp-plan';
export { parseWorkPlanContext } from './parse-work-plan-context';
export type { CoverageCheck } from './plan-coverage';
export { ASSESSOR_POSITIONS } from './rules/assessors';
export { JOB_EFFECTIVENESS_BANDS, type EffectivenessBand, type EffectivenessBandRow } from './rules/job-effectiveness';
export { PILLARS } from './rules/pillars';
export { WORKING_TIME, type WorkingTimeRow } from './rules/working-time';
export {
  asnWorkPlanSchema,
  planActivitySchema,
  planIndicatorSchema,
  planRhkSchema,
  planTargetSchema,
  renjaSchema,
  rosterEntrySchema,
  skpPlanSchema,
  workloadTasksSchema,
  workPlanContextSchema,
  type AsnWorkPlanInput,
  type RenjaInput,
  type SkpPlanInput,
} from './schemas';
export type {
  ActivityBudget,
  ActivityIndicator,
  ActivityMotivation,
  ActivitySchedule,
  AsnWorkPlan,
  BudgetLine,
  CheckUnitCascadeOptions,
  CompletedJp,
  DraftAsnWorkPlanOptions,
  Partner,
  PerformanceResult,
  Pillar,
  PillarLabel,
  PlanActivity,
  PlanIndicator,
  PlanObjective,
  PlanRhk,
  PlanStrategy,
  PlanTarget,
  PromisedService,
  Renja,
  RenjaActivity,
  RenjaForward,
  RenjaIndicator,
  RenjaProgramme,
  RenjaSubActivity,
  RosterEntry,
  SatisfactionResult,
  SkpPlan,
  SkpRegulation,
  TargetGroup,
  ValidateRenjaOptions,
  ValidateSkpPlanOptions,
  WorkforceNeedOptions,
  WorkloadTask,
  WorkPlanContext,
} from './types';
export { validateAsnWorkPlan, type AsnWorkPlanValidation, type PillarCoverage } from './validate-asn-work-plan';
export { validateRenja } from './validate-renja';
export { validateSkpPlan } from './validate-skp-plan';
export { workforceNeed, type JobEffectiveness, type WorkforceNeed } from './workforce-need';
