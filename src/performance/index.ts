/**
 * Performance management (pengelolaan kinerja) of ASN under PermenPANRB 6/2022 and SE MenPANRB 3/2023: the SKP
 * model with its checks, the predikat matrix, the advisory work rating, the unit leader's rating, distribution
 * patterns and the unit report, credit points of functional positions, the follow-up of each predikat, and the
 * legacy scoring of PP 46/2011, PP 30/2019 and PermenPANRB 8/2021 for historical records.
 *
 * @packageDocumentation
 * @module performance
 */
export { aggregateWorkRating, type WorkRatingAdvice } from './aggregate-work-rating';
export { allowedDistribution, type AllowedDistribution, type PredikatRange, type RuleWithLimit } from './allowed-distribution';
export { checkDistribution, type DistributionBreach, type DistributionCheck } from './check-distribution';
export { creditPoints, type CreditPoints } from './credit-points';
export type {
  PerformanceError,
  PerformanceErrorCode,
  PerformanceErrorData,
  SkpErrorData,
  SkpViolation,
  SkpViolationCode,
  SkpViolationData,
} from './errors';
export { ikiScore, type IkiScore } from './iki-score';
export { leaderWorkRating, type LeaderWorkRating } from './leader-work-rating';
export { legacyPerformanceScore, type LegacyRecordScore } from './legacy-performance-score';
export { parseLegacyRecord } from './parse-legacy-record';
export { parsePredicates } from './parse-predicates';
export { parseSkp } from './parse-skp';
export { parseWorkRatings } from './parse-work-ratings';
export { performancePredicate, type PredikatDecision } from './performance-predicate';
export { pp30PerformanceScore } from './pp30-performance-score';
export { pp46ActivityScore, type Pp46ActivityScore } from './pp46-activity-score';
export { pp46PerformanceScore, type LegacyScore } from './pp46-performance-score';
export { PREDIKAT_LABELS, PREDIKAT_ORDER, type Predikat } from './predikat';
export { predikatFollowUp, type PredikatFollowUp } from './predikat-follow-up';
export {
  ORG_PREDIKAT_LABELS,
  ORG_PREDIKAT_ORDER,
  RATING_LABELS,
  RATING_ORDER,
  type OrgPredikat,
  type Rating,
} from './ratings';
export { BERAKHLAK_BASIS, BERAKHLAK_ORDER, BERAKHLAK_VALUES, type BerakhlakEntry, type BerakhlakValue } from './rules/berakhlak';
export {
  CREDIT_POINT_COEFFICIENTS,
  CREDIT_POINT_PERCENTAGES,
  type CreditPointCoefficientRow,
  type CreditPointPercentageRow,
} from './rules/credit-points';
export { DISTRIBUTION_PATTERNS, type DistributionPatternRow, type DistributionRule } from './rules/distribution';
export { PREDIKAT_FOLLOW_UP, type FollowUpAction, type FollowUpRow } from './rules/follow-up';
export {
  IKI_BASIS,
  LEGACY_REGIMES,
  PP30_BANDS,
  PP30_REGIME,
  PP46_BANDS,
  PP46_FORMULA_BASIS,
  PP46_REGIME,
  type LegacyBand,
  type LegacyRegime,
  type LegacyRegimeRow,
} from './rules/legacy';
export { LEADER_WORK_RATING, PREDIKAT_MATRIX } from './rules/predikat-matrix';
export {
  behaviourSchema,
  creditPointsInputSchema,
  evaluationSchema,
  ikiInputSchema,
  indicatorSchema,
  legacyRecordSchema,
  orgPredikatSchema,
  pp30ScoreInputSchema,
  pp46ActivitySchema,
  pp46AspectSchema,
  pp46BehaviourSchema,
  pp46ScoreInputSchema,
  pp46SkpSchema,
  predicatesSchema,
  predikatSchema,
  ratingSchema,
  resultEvaluationSchema,
  rhkSchema,
  skpAppendixSchema,
  skpPersonSchema,
  skpSchema,
  targetSchema,
  unitReportInputSchema,
  workRatingsSchema,
  type LegacyRecordInput,
  type SkpInput,
} from './schemas';
export type {
  AllowedDistributionOptions,
  Behaviour,
  CheckDistributionOptions,
  CreditPointsParams,
  Evaluation,
  IkiDirection,
  IkiRange,
  IkiScoreParams,
  Indicator,
  IndicatorAspect,
  LegacyRecord,
  Period,
  Pp30PerformanceScoreParams,
  Pp46Activity,
  Pp46Aspect,
  Pp46Behaviour,
  Pp46Creativity,
  Pp46PerformanceScoreParams,
  Pp46SkpActivities,
  Pp46SkpActivitiesInput,
  PredikatFollowUpOptions,
  RangeTarget,
  ReportUnit,
  ResultEvaluation,
  Rhk,
  RhkKind,
  RhkPerspective,
  RhkRating,
  Skp,
  SkpAppendix,
  SkpEmployee,
  SkpPerson,
  Target,
  UnitPerformanceReportParams,
  ValueTarget,
  WeightedIndicator,
  WorkRatings,
} from './types';
export {
  unitPerformanceReport,
  type EmployeePredikat,
  type ResultGap,
  type UnitPerformanceReport,
} from './unit-performance-report';
