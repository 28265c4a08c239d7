import { BEFORE_PP_17_2020, PP_11_2017, PP_17_2020, PP_49_2018 } from './bases';
import { PAID } from './common';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/**
 * Cuti sakit. PNS since PP 17/2020: 1 day is a notice to the direct superior with a doctor's certificate; more
 * than 1 day a request to the PYBMC with a certificate from any licensed doctor; at most 1 year, plus 6 months on
 * a health-team certificate, counted cumulatively (docs/interpretations.md#sick-leave). The pre-2020 tiers (a government doctor above 14 days)
 * stay as a superseded row. Miscarriage: 1½ months; work accident: until healed. PPPK: above 14 days a
 * government doctor, at most 1 month (PP 49/2018 Pasal 83–85; docs/interpretations.md#pppk-leave).
 *
 * @example
 * ```ts
 * import { SICK_LEAVE_RULES } from 'asn-kit/leave';
 * SICK_LEAVE_RULES.rows[1]?.extension; // => { amount: 6, unit: 'months' }
 * ```
 */
export const SICK_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/sick',
  rows: [
    {
      kind: 'sick', grounds: ['regular', 'extended'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Sakit', en: 'Sick leave' }, serviceYears: 0, maximum: { amount: 1, unit: 'years' },
      extension: { amount: 6, unit: 'months' }, documents: ['doctor-certificate'],
      documentTiers: [{ aboveDays: 14, documents: ['government-doctor-certificate'] }], noticeUpToDays: 1,
      decidedBy: 'pybmc', deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 320 (original text, superseded)' },
      effective: { from: PP_11_2017, to: BEFORE_PP_17_2020 },
    },
    {
      kind: 'sick', grounds: ['regular', 'extended'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Sakit', en: 'Sick leave' }, serviceYears: 0, maximum: { amount: 1, unit: 'years' },
      extension: { amount: 6, unit: 'months' }, documents: ['doctor-certificate'], noticeUpToDays: 1,
      decidedBy: 'pybmc', deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 17/2020', article: 'Pasal 320; Perban BKN 7/2021 Lampiran III.C', interpretation: 'sick-leave' },
      effective: { from: PP_17_2020 },
    },
    {
      kind: 'sick', grounds: ['miscarriage'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Sakit (gugur kandungan)', en: 'Sick leave (miscarriage)' }, serviceYears: 0,
      maximum: { amount: 1.5, unit: 'months' }, documents: ['doctor-or-midwife-certificate'], decidedBy: 'pybmc',
      deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 321', interpretation: 'sick-leave' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'sick', grounds: ['work-accident'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Sakit (kecelakaan kerja)', en: 'Sick leave (work accident)' }, serviceYears: 0,
      maximum: { amount: null, unit: 'months' }, documents: ['doctor-certificate'], decidedBy: 'pybmc',
      deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 322', note: 'until healed', interpretation: 'sick-leave' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'sick', grounds: ['regular'], employeeKinds: ['PPPK'], entitled: true,
      label: { id: 'Cuti Sakit', en: 'Sick leave' }, serviceYears: 0, maximum: { amount: 1, unit: 'months' },
      documents: ['doctor-certificate'], documentTiers: [{ aboveDays: 14, documents: ['government-doctor-certificate'] }],
      noticeUpToDays: 1, decidedBy: 'pybmc', deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 82, 83', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
    {
      kind: 'sick', grounds: ['miscarriage'], employeeKinds: ['PPPK'], entitled: true,
      label: { id: 'Cuti Sakit (gugur kandungan)', en: 'Sick leave (miscarriage)' }, serviceYears: 0,
      maximum: { amount: 1.5, unit: 'months' }, documents: ['doctor-or-midwife-certificate'], decidedBy: 'pybmc',
      deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 84' },
      effective: { from: PP_49_2018 },
    },
    {
      kind: 'sick', grounds: ['work-accident'], employeeKinds: ['PPPK'], entitled: true,
      label: { id: 'Cuti Sakit (kecelakaan kerja)', en: 'Sick leave (work accident)' }, serviceYears: 0,
      maximum: { amount: null, unit: 'months' }, documents: ['doctor-certificate'], decidedBy: 'pybmc',
      deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 85', note: 'until the contract ends' },
      effective: { from: PP_49_2018 },
    },
  ],
});
