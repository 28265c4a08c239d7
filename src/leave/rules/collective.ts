import { PP_11_2017, PP_49_2018 } from './bases';
import { PAID } from './common';
import type { LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/**
 * Cuti bersama, set each year by Keppres: it never reduces annual leave, and an employee who must work through
 * it gains that many annual-leave days (PP 11/2017 Pasal 333; PP 49/2018 Pasal 91; docs/interpretations.md#collective-leave). It is not requested:
 * the calendar grants it.
 *
 * @example
 * ```ts
 * import { COLLECTIVE_LEAVE_RULES } from 'asn-kit/leave';
 * COLLECTIVE_LEAVE_RULES.rows[0]?.annualLeave; // => 'none'
 * ```
 */
export const COLLECTIVE_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/collective',
  rows: [
    {
      kind: 'collective', grounds: ['regular'], employeeKinds: ['PNS', 'CPNS'], entitled: true,
      label: { id: 'Cuti Bersama', en: 'Collective leave' }, serviceYears: 0, maximum: { amount: null, unit: 'working-days' },
      documents: [], decidedBy: 'ppk', deferrable: false, recallable: true, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 333, 338', interpretation: 'collective-leave' },
      effective: { from: PP_11_2017 },
    },
    {
      kind: 'collective', grounds: ['regular'], employeeKinds: ['PPPK'], entitled: true,
      label: { id: 'Cuti Bersama', en: 'Collective leave' }, serviceYears: 0, maximum: { amount: null, unit: 'working-days' },
      documents: [], decidedBy: 'ppk', deferrable: false, recallable: true, annualLeave: 'none', ...PAID,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 91, 92', interpretation: 'collective-leave' },
      effective: { from: PP_49_2018 },
    },
  ],
});
