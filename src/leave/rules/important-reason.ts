import { PP_11_2017, PP_49_2018 } from './bases';
import { NOT_FOR_PPPK, PAID } from './common';
import type { LeaveRule, LeaveRuleTable } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

const CAP = /* @__PURE__ */ deepFrozen({
  kind: 'important-reason', employeeKinds: ['PNS', 'CPNS'], entitled: true, serviceYears: 0,
  maximum: { amount: 1, unit: 'months' }, decidedBy: 'pybmc', deferrable: false, recallable: true,
  annualLeave: 'none', ...PAID, effective: { from: PP_11_2017 },
} as const satisfies Partial<LeaveRule>);

/**
 * Cuti karena alasan penting (PNS and CPNS): at most 1 month, set by the PYBMC, on the grounds of PP 11/2017
 * Pasal 328–329 and Perban BKN 24/2017 Lampiran III.E; it does not reduce annual leave. Not for PPPK (Pasal 77).
 *
 * @example
 * ```ts
 * import { IMPORTANT_REASON_LEAVE_RULES } from 'asn-kit/leave';
 * IMPORTANT_REASON_LEAVE_RULES.rows[0]?.documents; // => ['inpatient-certificate']
 * ```
 */
export const IMPORTANT_REASON_LEAVE_RULES: LeaveRuleTable = /* @__PURE__ */ deepFrozen({
  name: 'leave/important-reason',
  rows: [
    {
      ...CAP, grounds: ['family-illness'], label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' },
      documents: ['inpatient-certificate'],
      basis: { instrument: 'PP 11/2017', article: 'Pasal 328 huruf a, 330; Perban BKN 24/2017 Lampiran III.E.2' },
    },
    {
      ...CAP, grounds: ['family-death', 'family-rights', 'marriage'],
      label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' }, documents: [],
      basis: { instrument: 'PP 11/2017', article: 'Pasal 328 huruf a–c, 330' },
    },
    {
      ...CAP, grounds: ['spouse-birth'], label: { id: 'Cuti Karena Alasan Penting (istri melahirkan)', en: 'Leave for important reasons (wife giving birth)' },
      documents: ['inpatient-certificate'],
      basis: { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.E.3; PP 11/2017 Pasal 330' },
    },
    {
      ...CAP, grounds: ['disaster'], label: { id: 'Cuti Karena Alasan Penting (bencana)', en: 'Leave for important reasons (disaster)' },
      documents: ['neighbourhood-letter'],
      basis: { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.E.4; PP 11/2017 Pasal 330' },
    },
    {
      ...CAP, grounds: ['dangerous-posting'], label: { id: 'Cuti Karena Alasan Penting (pemulihan)', en: 'Leave for important reasons (recovery)' },
      documents: [],
      basis: { instrument: 'PP 11/2017', article: 'Pasal 329, 330' },
    },
    {
      ...NOT_FOR_PPPK, kind: 'important-reason',
      grounds: ['family-illness', 'family-death', 'family-rights', 'marriage', 'spouse-birth', 'disaster', 'dangerous-posting'],
      label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' }, maximum: { amount: 0, unit: 'months' },
      basis: { instrument: 'PP 49/2018', article: 'Pasal 77', interpretation: 'pppk-leave' },
      effective: { from: PP_49_2018 },
    },
  ],
});
