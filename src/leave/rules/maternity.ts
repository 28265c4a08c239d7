import { PP_11_2017, PP_49_2018 } from './bases';
import { PAID } from './common';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/**
 * Cuti melahirkan: 3 months for the 1st to 3rd birth since becoming CPNS/PPPK, twins count once (PP 11/2017
 * Pasal 325, 340; PP 49/2018 Pasal 88–90; docs/interpretations.md#maternity-births). A PNS's 4th birth is cuti besar; a PPPK's 4th birth has no
 * entitlement (docs/interpretations.md#pppk-leave).
 *
 * @example
 * ```ts
 * import { MATERNITY_LEAVE_RULES } from 'asn-kit/leave';
 * MATERNITY_LEAVE_RULES.rows[0]?.maximum; // => { amount: 3, unit: 'months' }
 * ```
 */
export const MATERNITY_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/maternity',
  rows: [
    {
      kind: 'maternity', grounds: ['birth'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Melahirkan', en: 'Maternity leave' }, serviceYears: 0, maximum: { amount: 3, unit: 'months' },
      documents: [], decidedBy: 'pybmc', deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 325, 326, 327, 340', interpretation: 'maternity-births' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'maternity', grounds: ['birth'], employeeKinds: ['PPPK'], entitled: true,
      label: { id: 'Cuti Melahirkan', en: 'Maternity leave' }, serviceYears: 0, maximum: { amount: 3, unit: 'months' },
      documents: [], decidedBy: 'pybmc', deferrable: false, recallable: false, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 88, 89, 90', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
  ],
});
