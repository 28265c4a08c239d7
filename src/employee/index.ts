/**
 * Employees of the Indonesian civil service (ASN): the employee record and its zod schema, NIP and NI PPPK
 * (parse, format, validate, cross-check), NIK, rank (golongan and pangkat), retirement age and date (BUP,
 * TMT pensiun) and length of service without CLTN — each rule with its legal basis.
 *
 * @packageDocumentation
 * @module employee
 */
export { checkNikAgainstNip } from './check-nik-against-nip';
export { checkNipAgainstEmployee } from './check-nip-against-employee';
export type { ConsistencyCheck } from './consistency';
export type { EmployeeError, EmployeeErrorCode, EmployeeErrorData, EmployeeReason, EmployeeReasonCode } from './errors';
export { formatNip } from './format-nip';
export { isValidNip } from './is-valid-nip';
export type { NipFields, ParsedNip, PnsNip, PppkNip } from './nip';
export { parseEmployee } from './parse-employee';
export { parseNik, type ParsedNik } from './parse-nik';
export { parseNip } from './parse-nip';
export { rankOf, type PnsRank, type PppkRank, type Rank } from './rank-of';
export { retirementAge, type RetirementAge } from './retirement-age';
export { retirementDate, type Retirement } from './retirement-date';
export { BUP, type BupCategory, type BupRow } from './rules/bup';
export {
  PNS_GOLONGAN,
  PNS_RANKS,
  PPPK_GOLONGAN,
  PPPK_GOLONGAN_TABLE,
  type PnsGolongan,
  type PnsRankRow,
  type PppkGolongan,
  type PppkGolonganRow,
} from './rules/golongan';
export {
  civilServantSchema,
  employeeSchema,
  FUNGSIONAL_LEVELS,
  golonganSchema,
  nipRecordSchema,
  nipSchema,
  positionSchema,
  pppkEmployeeSchema,
  retirementInputSchema,
  retirementOptionsSchema,
  serviceLengthOptionsSchema,
  type AdministrationPosition,
  type CivilServant,
  type CivilServantInput,
  type DosenPosition,
  type Employee,
  type EmployeeBase,
  type EmployeeInput,
  type EmployeeInputBase,
  type EmployeeKind,
  type FungsionalLevel,
  type FungsionalPosition,
  type Gender,
  type GuruPosition,
  type JptPosition,
  type NipRecord,
  type PositionTitle,
  type PppkContract,
  type PppkEmployee,
  type PppkEmployeeInput,
  type Position,
  type RetirementDateOptions,
  type RetirementInput,
  type RetirementOptions,
  type ServiceLengthOptions,
  type WorkUnit,
} from './schemas';
export { serviceLength, type ServiceLength } from './service-length';
export { serviceStart } from './service-start';
