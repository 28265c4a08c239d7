/**
 * The shared kernel of asn-kit: calendar dates, legal bases, reasons, coded errors, input validation and rule
 * tables with effective dates. Every domain module is built on it; it holds no domain rules itself.
 *
 * @packageDocumentation
 * @module core
 */
export { asnError, fail, recodeError, type AsnError, type AsnErrorOf, type ErrorBuilder, type ErrorData, type NoErrorData } from './errors';
export {
  addDays,
  addMonths,
  addYears,
  calendarDaysIn,
  compareDates,
  dayOf,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  isoDateFromParts,
  isoWeekday,
  monthOf,
  parseIsoDate,
  rangesOverlap,
  startOfNextMonth,
  toDayNumber,
  yearOf,
  type DateRange,
  type DateRangeInput,
  type InvalidDateCode,
  type InvalidDateError,
  type IsoDate,
} from './iso-date';
export { INPUT_LIMITS } from './limits';
export { formatLegalBasis, type Evidence, type LegalBasis } from './legal-basis';
export { INTERPRETATION_IDS, interpretationUrl, type InterpretationId } from './interpretations';
export { reason, renderedText, type LocalizedText, type Reason, type Severity } from './reason';
export { roundDecimal } from './round';
export {
  isInForce,
  isInForceDuring,
  ruleInForce,
  type Effective,
  type NoRuleInForceCode,
  type NoRuleInForceError,
  type RuleRow,
  type RuleTable,
} from './rule-table';
export { unverifiedRows, type UnverifiedRow } from './unverified-rows';
export { dateRangeSchema, isoDateSchema, legalBasisSchema, localizedTextSchema } from './schemas';
export { invalidInput, type InputIssue, type InvalidInputError, type LocalizedIssue } from './input-error';
export { localized } from './language';
export { parseInput, trustParsed, validate, type CrossCheck, type ParseableSchema } from './validate';
