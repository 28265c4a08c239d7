import { PP_11_2017, PP_49_2018 } from './bases';
import { NOT_FOR_PPPK, PAID } from './common';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/**
 * Cuti besar (PNS only, not CPNS): up to 3 months after 5 years of service (PP 11/2017 Pasal 316(1)); a first
 * hajj waives the 5-year rule and cannot be deferred (Pasal 316(2), 317); a 4th or later birth gives cuti besar
 * without the 5-year rule, not deferrable (Pasal 325(2); docs/interpretations.md#maternity-births). No annual leave in the year it starts (docs/interpretations.md#major-leave-and-annual-leave).
 * Not available to PPPK (PP 49/2018 Pasal 77).
 *
 * @example
 * ```ts
 * import { MAJOR_LEAVE_RULES } from 'asn-kit/leave';
 * MAJOR_LEAVE_RULES.rows.map((row) => row.serviceYears); // => [5, 0, 0, 0]
 * ```
 */
export const MAJOR_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/major',
  rows: [
    {
      kind: 'major', grounds: ['regular'], employeeKinds: ['PNS'], entitled: true,
      label: { id: 'Cuti Besar', en: 'Major leave' }, serviceYears: 5, maximum: { amount: 3, unit: 'months' },
      documents: [], decidedBy: 'pybmc', deferrable: true, recallable: true, annualLeave: 'removes-year', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 316, 317, 318, 338', interpretation: 'major-leave-and-annual-leave' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'major', grounds: ['first-hajj'], employeeKinds: ['PNS'], entitled: true,
      label: { id: 'Cuti Besar (ibadah haji pertama)', en: 'Major leave (first hajj)' }, serviceYears: 0,
      maximum: { amount: 3, unit: 'months' }, documents: ['hajj-schedule'], decidedBy: 'pybmc', deferrable: false,
      recallable: true, annualLeave: 'removes-year', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (2)–(3), 317 ayat (2)', interpretation: 'annual-deferral' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'major', grounds: ['fourth-birth'], employeeKinds: ['PNS'], entitled: true,
      label: { id: 'Cuti Besar (persalinan keempat dst.)', en: 'Major leave (fourth or later birth)' },
      serviceYears: 0, maximum: { amount: 3, unit: 'months' }, documents: [], decidedBy: 'pybmc',
      deferrable: false, recallable: false, annualLeave: 'removes-year', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 325 ayat (2)–(3); Perban BKN 24/2017 Lampiran III.D', interpretation: 'maternity-births' },
      effective: { from: PP_11_2017 },
    },
    {
      ...NOT_FOR_PPPK, kind: 'major', grounds: ['regular', 'first-hajj', 'fourth-birth'],
      label: { id: 'Cuti Besar', en: 'Major leave' }, maximum: { amount: 0, unit: 'months' },
      basis: { instrument: 'PP 49/2018', article: 'Pasal 77', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
  ],
});
