import type { LegalBasis, RuleRow, RuleTable } from '../../core';
import { BEFORE_PERBAN_7_2022, BEFORE_PP_17_2020, PERBAN_7_2022, PP_11_2017, PP_49_2018 } from './bases';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

const COMMON = /* @__PURE__ */ deepFrozen({ decidedBy: 'pybmc', income: 'kept', countsAsService: true } as const);

/**
 * Cuti tahunan, PNS and PPPK. PNS: 12 working days after 1 year of service, +12 calendar days for a remote
 * place, deferrable and recallable (PP 11/2017 Pasal 311–315, 338); guru and dosen had none before PP 17/2020
 * (superseded row). PPPK: 12 working days, +6 calendar days for a remote place (PP 49/2018 Pasal 78–79), at most
 * 6 working days before the first year on the grounds of Pasal 80 (docs/interpretations.md#pppk-leave), none for guru/dosen whose school
 * holidays count as annual leave (Pasal 81); a first hajj is taken from annual leave (SE MenPANRB 14/2023).
 *
 * @example
 * ```ts
 * import { ANNUAL_LEAVE_RULES } from 'asn-kit/leave';
 * ANNUAL_LEAVE_RULES.rows.filter((row) => row.employeeKinds.includes('PPPK')).map((row) => row.remotePlaceDays);
 * // => [6, undefined, undefined]
 * ```
 */
export const ANNUAL_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/annual',
  rows: [
    {
      ...COMMON,
      kind: 'annual',
      grounds: ['regular'],
      employeeKinds: ['PNS', 'CPNS'],
      entitled: true,
      label: { id: 'Cuti Tahunan', en: 'Annual leave' },
      serviceYears: 1,
      maximum: { amount: 12, unit: 'working-days' },
      remotePlaceDays: 12,
      documents: [],
      deferrable: true,
      recallable: true,
      annualLeave: 'charged',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 311, 312, 314, 338', interpretation: 'annual-carry-over' },
      effective: { from: PP_11_2017 },
    },
    {
      ...COMMON,
      kind: 'annual',
      grounds: ['regular'],
      employeeKinds: ['PNS', 'CPNS'],
      positionTypes: ['guru', 'dosen'],
      entitled: false,
      label: { id: 'Cuti Tahunan (guru/dosen: libur sekolah)', en: 'Annual leave (teachers: school holidays)' },
      serviceYears: 1,
      maximum: { amount: 0, unit: 'working-days' },
      documents: [],
      deferrable: false,
      recallable: false,
      annualLeave: 'charged',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 315 (before PP 17/2020)' },
      effective: { from: PP_11_2017, to: BEFORE_PP_17_2020 },
    },
    {
      ...COMMON,
      kind: 'annual',
      grounds: ['regular', 'first-hajj'],
      employeeKinds: ['PPPK'],
      entitled: true,
      label: { id: 'Cuti Tahunan', en: 'Annual leave' },
      serviceYears: 1,
      maximum: { amount: 12, unit: 'working-days' },
      remotePlaceDays: 6,
      documents: [],
      deferrable: true,
      recallable: true,
      annualLeave: 'charged',
      basis: {
        instrument: 'PP 49/2018',
        article: 'Pasal 78, 79, 92',
        note: 'first hajj: SE MenPANRB 14/2023; deferral: the PYBMC’s four outcomes of Perban BKN 7/2022 Lampiran II',
        interpretation: 'pppk-leave',
      },
      effective: { from: PP_49_2018 },
    },
    {
      ...COMMON,
      kind: 'annual',
      grounds: ['family-illness', 'family-death', 'family-rights', 'first-marriage'],
      employeeKinds: ['PPPK'],
      entitled: true,
      label: { id: 'Cuti Tahunan (sebelum 1 tahun)', en: 'Annual leave (before the first year)' },
      serviceYears: 0,
      maximum: { amount: 6, unit: 'working-days' },
      documents: [],
      deferrable: false,
      recallable: true,
      annualLeave: 'charged',
      basis: { instrument: 'PP 49/2018', article: 'Pasal 80 ayat (1)–(3)', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
    {
      ...COMMON,
      kind: 'annual',
      grounds: ['regular', 'first-hajj'],
      employeeKinds: ['PPPK'],
      positionTypes: ['guru', 'dosen'],
      entitled: false,
      label: { id: 'Cuti Tahunan (guru/dosen: libur sekolah)', en: 'Annual leave (teachers: school holidays)' },
      serviceYears: 1,
      maximum: { amount: 0, unit: 'working-days' },
      documents: [],
      deferrable: false,
      recallable: false,
      annualLeave: 'charged',
      basis: { instrument: 'PP 49/2018', article: 'Pasal 81', note: 'PP 17/2020 did not amend this article for PPPK' },
      effective: { from: PP_49_2018 },
    },
  ],
});

/**
 * A row of the annual entitlement table: the yearly days, the carry-over caps and their conditions.
 *
 * @example
 * ```ts
 * import { ANNUAL_ENTITLEMENT_RULES } from 'asn-kit/leave';
 * ANNUAL_ENTITLEMENT_RULES.rows[0]?.carryCap; // => 6
 * ```
 */
export interface AnnualEntitlementRule extends RuleRow {
  /** The employee kinds the row is for. */
  readonly employeeKinds: readonly ('PNS' | 'CPNS' | 'PPPK')[];
  /** Working days granted each year. */
  readonly yearlyDays: number;
  /** At most this many unused days of last year's own grant carry over. */
  readonly carryCap: number;
  /** The most a year can hold after a year wholly unused (18). */
  readonly oneYearUnusedMax: number;
  /** The most a year can hold after two years wholly unused, or after a deferral (24). */
  readonly twoYearsUnusedMax: number;
  /** PPPK: the 18-day carry needs a contract longer than this many years (`null`: no condition). */
  readonly contractYearsAboveFor18: number | null;
  /** PPPK: the 24-day carry needs a contract longer than this many years (`null`: no condition). */
  readonly contractYearsAboveFor24: number | null;
  /** PPPK: working days that may be taken before the first year (Pasal 80); 0 for PNS. */
  readonly beforeFirstYearDays: number;
  /** The legal basis of the compensation for working through cuti bersama. */
  readonly compensationBasis: LegalBasis;
}

/**
 * The annual entitlement rules (docs/interpretations.md#annual-carry-over, #annual-deferral, #collective-leave, #pppk-leave): 12 working days a year; unused own days carry
 * over up to 6 (18 in all), 24 after two wholly unused years or a deferral; PPPK carry-over needs a contract of
 * more than 2 (18) or 3 (24) years.
 *
 * @example
 * ```ts
 * import { ANNUAL_ENTITLEMENT_RULES } from 'asn-kit/leave';
 * ANNUAL_ENTITLEMENT_RULES.rows[1]?.contractYearsAboveFor24; // => 3
 * ```
 */
export const ANNUAL_ENTITLEMENT_RULES: RuleTable<AnnualEntitlementRule> = /* @__PURE__ */ deepFrozen({
  name: 'leave/annual-entitlement',
  rows: [
    {
      employeeKinds: ['PNS', 'CPNS'],
      yearlyDays: 12,
      carryCap: 6,
      oneYearUnusedMax: 18,
      twoYearsUnusedMax: 24,
      contractYearsAboveFor18: null,
      contractYearsAboveFor24: null,
      beforeFirstYearDays: 0,
      compensationBasis: { instrument: 'PP 11/2017', article: 'Pasal 333 ayat (3); Perban BKN 7/2021 Lampiran III.F.6–7', interpretation: 'collective-leave' },
      basis: { instrument: 'PP 11/2017', article: 'Pasal 311 ayat (2), 313, 314; Perban BKN 24/2017 Lampiran III.A.9', interpretation: 'annual-carry-over' },
      effective: { from: PP_11_2017 },
    },
    {
      employeeKinds: ['PPPK'],
      yearlyDays: 12,
      carryCap: 6,
      oneYearUnusedMax: 18,
      twoYearsUnusedMax: 24,
      contractYearsAboveFor18: 2,
      contractYearsAboveFor24: 3,
      beforeFirstYearDays: 6,
      compensationBasis: { instrument: 'PP 49/2018', article: 'Pasal 91; Perban BKN 7/2022 Pasal 20', interpretation: 'collective-leave' },
      basis: { instrument: 'Perban BKN 7/2022', article: 'Pasal 7; PP 49/2018 Pasal 78, 80', interpretation: 'pppk-leave' },
      effective: { from: PERBAN_7_2022 },
    },
    {
      employeeKinds: ['PPPK'],
      yearlyDays: 12,
      carryCap: 0,
      oneYearUnusedMax: 12,
      twoYearsUnusedMax: 12,
      contractYearsAboveFor18: null,
      contractYearsAboveFor24: null,
      beforeFirstYearDays: 6,
      compensationBasis: { instrument: 'PP 49/2018', article: 'Pasal 91', interpretation: 'collective-leave' },
      basis: { instrument: 'PP 49/2018', article: 'Pasal 78, 80', note: 'no carry-over before Perban BKN 7/2022' },
      effective: { from: PP_49_2018, to: BEFORE_PERBAN_7_2022 },
    },
  ],
});
