/**
 * Competency, development and talent for Indonesian civil servants: the competency dictionary of
 * PermenPANRB 38/2017, standards per position, gaps and job-person match (docs/interpretations.md#competency-gap, #job-person-match), development hours
 * in JP (docs/interpretations.md#development-hours), the nine-box of PermenPANRB 3/2020 (docs/interpretations.md#nine-box) and an agency's training needs.
 *
 * Parse at the boundary (`parseCompetencyLevels`, `parseAssessment`, `parseDevelopmentActivity`, `parseTalentEntry`,
 * …), then call the functions with the parsed values: they use them as they are and check anything else first.
 *
 * @packageDocumentation
 * @module competency
 */
export { classifyJpm } from './classify-jpm';
export { competencyGap, type CompetencyGap, type CompetencyGapItem } from './competency-gap';
export { defineCompetency } from './define-competency';
export { derivePotential, type DerivedPotential } from './derive-potential';
export { developmentHours, type CountedActivity, type DevelopmentHours } from './development-hours';
export { developmentNeeds, type DevelopmentNeed, type DevelopmentNeeds } from './development-needs';
export type { CompetencyError, CompetencyErrorCode, CompetencyErrorData, CompetencyReasonCode } from './errors';
export { jobPersonMatch, type JobPersonMatch } from './job-person-match';
export { parseAssessment } from './parse-assessment';
export { parseCatalogueEntry } from './parse-catalogue-entry';
export { isCompetencyLevels, parseCompetencyLevels } from './parse-competency-levels';
export { parseDevelopmentActivity } from './parse-development-activity';
export { parseRosterMember } from './parse-roster-member';
export { parseShortfall } from './parse-shortfall';
export { parseTalentEntry } from './parse-talent-entry';
export { parseTechnicalCompetency } from './parse-technical-competency';
export {
  COMPETENCY_DICTIONARY,
  type CompetencyDefinition,
  type CompetencyKind,
  type CompetencyLevelDescription,
} from './rules/dictionary';
export {
  DEVELOPMENT_FORM_CODES,
  DEVELOPMENT_FORMS,
  DEVELOPMENT_HOURS,
  DEVELOPMENT_SUGGESTIONS,
  MINUTES_PER_JP,
  type DevelopmentForm,
  type DevelopmentFormCode,
  type DevelopmentHoursRow,
  type DevelopmentPath,
  type DevelopmentSuggestion,
} from './rules/development';
export { JPM_SCHEMES, type JpmCategory, type JpmScheme, type JpmSchemeName } from './rules/jpm-schemes';
export {
  DEFAULT_STANDARD_LEVELS,
  type StandardLevelRow,
  type StandardPositionKey,
} from './rules/standard-levels';
export {
  NINE_BOX_SCHEMES,
  POTENTIAL_BANDS,
  PREDIKAT_TO_TALENT_PERFORMANCE,
  TALENT_AXIS_LABELS,
  TALENT_BOXES,
  TALENT_RECOMMENDATIONS,
  type NineBoxScheme,
  type NineBoxSchemeName,
  type PotentialBands,
  type PotentialBandsName,
  type TalentBoxInfo,
  type TalentPerformance,
  type TalentPotential,
  type TalentRecommendationCode,
} from './rules/talent';
export {
  assessmentSchema,
  catalogueEntrySchema,
  competencyCodeSchema,
  competencyLevelsSchema,
  developmentActivitySchema,
  developmentEmployeeSchema,
  jpmSchemeSchema,
  nineBoxSchemeSchema,
  rosterMemberSchema,
  shortfallSchema,
  shortfallsSchema,
  talentEntrySchema,
  technicalCompetencySchema,
  type Assessment,
  type AssessmentInput,
  type CatalogueEntry,
  type CatalogueEntryInput,
  type CompetencyLevels,
  type DevelopmentActivity,
  type DevelopmentActivityInput,
  type DevelopmentEmployee,
  type DevelopmentEmployeeInput,
  type DevelopmentNeedsOptions,
  type JpmOptions,
  type PotentialOptions,
  type RosterMember,
  type RosterMemberInput,
  type Shortfall,
  type ShortfallInput,
  type TalentEntry,
  type TalentEntryInput,
  type TalentOptions,
  type TechnicalCompetency,
  type TechnicalCompetencyInput,
} from './schemas';
export { standardForPosition, type PositionStandard, type StandardOptions } from './standard-for-position';
export { talentBox, type TalentBox, type TalentRecommendation } from './talent-box';
export { talentPool, type TalentNeed, type TalentPlacement, type TalentPool } from './talent-pool';
export {
  trainingNeeds,
  type SkippedAssessment,
  type TrainingNeed,
  type TrainingNeeds,
  type TrainingNeedsOptions,
  type TrainingParticipant,
  type TrainingSuggestion,
} from './training-needs';
