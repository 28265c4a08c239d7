import { PP_11_2017, PP_49_2018 } from './bases';
import { NOT_FOR_PPPK } from './common';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/**
 * Cuti di luar tanggungan negara (CLTN), PNS only: after 5 years of service, at most 3 years plus a 1-year
 * extension, granted by the PPK itself after BKN's approval; no income, not counted as service, removed from the
 * post (PP 11/2017 Pasal 334–337). Not for CPNS (Pasal 340) nor PPPK (PP 49/2018 Pasal 77).
 *
 * @example
 * ```ts
 * import { UNPAID_LEAVE_RULES } from 'asn-kit/leave';
 * UNPAID_LEAVE_RULES.rows[0]?.extension; // => { amount: 1, unit: 'years' }
 * ```
 */
export const UNPAID_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/unpaid',
  rows: [
    {
      kind: 'unpaid', grounds: ['regular'], employeeKinds: ['PNS'], entitled: true,
      label: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave (CLTN)' }, serviceYears: 5,
      maximum: { amount: 3, unit: 'years' }, extension: { amount: 1, unit: 'years' },
      documents: ['supporting-evidence'], decidedBy: 'ppk', deferrable: false, recallable: false,
      annualLeave: 'none', income: 'none', countsAsService: false,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 334, 335, 336, 337; Perban BKN 24/2017 Lampiran III.G' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'unpaid', grounds: ['extension'], employeeKinds: ['PNS'], entitled: true,
      label: { id: 'Perpanjangan CLTN', en: 'Extension of unpaid leave (CLTN)' }, serviceYears: 5,
      maximum: { amount: 1, unit: 'years' },
      documents: ['supporting-evidence'], decidedBy: 'ppk', deferrable: false, recallable: false,
      annualLeave: 'none', income: 'none', countsAsService: false,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 334 ayat (3)', note: 'at most 3 + 1 years in all' },
      effective: { from: PP_11_2017 },
    },
    {
      ...NOT_FOR_PPPK, kind: 'unpaid', grounds: ['regular', 'extension'],
      label: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave (CLTN)' }, maximum: { amount: 0, unit: 'years' },
      basis: { instrument: 'PP 49/2018', article: 'Pasal 77', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
  ],
});
