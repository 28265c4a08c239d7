import type { LeaveRule } from './leave-rule';
import { deepFrozen } from '../../core/frozen';

/** Paid leave that counts as service (internal). */
export const PAID = /* @__PURE__ */ deepFrozen({ income: 'kept', countsAsService: true } as const);

/** The shape of a row that says a kind is not available to PPPK (PP 49/2018 Pasal 77; internal). */
export const NOT_FOR_PPPK = /* @__PURE__ */ deepFrozen({
  employeeKinds: ['PPPK'],
  entitled: false,
  serviceYears: 0,
  documents: [],
  decidedBy: 'pybmc',
  deferrable: false,
  recallable: false,
  annualLeave: 'none',
  ...PAID,
} as const satisfies Partial<LeaveRule>);
