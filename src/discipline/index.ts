/**
 * Discipline of civil servants under PP 94/2021: the sanction catalogue (levels, sanctions, durations, each with its
 * article), the unexcused-absence tiers, the sanction for a yearly total and a run of consecutive working days, and
 * the tally of a year's absence records in the unit's working days with every tier reached and when
 * (docs/interpretations.md#absence-counting). PPPK discipline, set by each agency, is an agency table in the same shape.
 *
 * Parse at the boundary (`parseAbsenceRecords`, `parseAbsenceTierTable`, `parseAbsenceSanctionParams`), then call
 * `tallyAbsence` and `absenceSanction` with the parsed values: they are used as they are, without a second check.
 *
 * @packageDocumentation
 * @module discipline
 */
export { absenceSanction } from './absence-sanction';
export type { AbsenceSanctionDecision } from './decide';
export type { DisciplineError, DisciplineErrorCode, DisciplineErrorData, DisciplineReasonCode } from './errors';
export { parseAbsenceRecords } from './parse-absence-records';
export { parseAbsenceSanctionParams } from './parse-absence-sanction-params';
export { parseAbsenceTierTable } from './parse-absence-tier-table';
export {
  ABSENCE_SANCTION_TIERS,
  type AbsenceTierRow,
  type AbsenceTierTable,
  type AbsenceTrigger,
  type ConsecutiveTrigger,
  type YearTotalTrigger,
} from './rules/absence-tiers';
export { LATENESS_CONVERSION, type LatenessConversionRow } from './rules/lateness';
export {
  SANCTION_LEVEL_LABELS,
  SANCTIONS,
  type PnsSanctionCode,
  type SanctionDefinition,
  type SanctionLevel,
  type SanctionRow,
} from './rules/sanctions';
export {
  absenceRecordSchema,
  absenceRecordsSchema,
  absenceSanctionOptionsSchema,
  absenceSanctionParamsSchema,
  absenceTierRowSchema,
  absenceTierTableSchema,
  absenceTriggerSchema,
  absentRecordSchema,
  latenessRecordSchema,
  sanctionDefinitionSchema,
  type AbsenceRecord,
  type AbsenceSanctionOptions,
  type AbsenceSanctionParams,
  type AbsentRecord,
  type LatenessRecord,
  type TallyAbsenceOptions,
} from './schemas';
export { tallyAbsence, type AbsenceTally, type AbsenceTierReached, type TallyAbsenceError } from './tally-absence';
