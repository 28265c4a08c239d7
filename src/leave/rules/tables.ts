import { ANNUAL_LEAVE_RULES } from './annual';
import type { LeaveKind, LeaveRuleTable } from './leave-rule';
import { COLLECTIVE_LEAVE_RULES } from './collective';
import { IMPORTANT_REASON_LEAVE_RULES } from './important-reason';
import { MAJOR_LEAVE_RULES } from './major';
import { MATERNITY_LEAVE_RULES } from './maternity';
import { SICK_LEAVE_RULES } from './sick';
import { UNPAID_LEAVE_RULES } from './unpaid';
import { deepFrozen } from '../../core/frozen';

/**
 * Every leave rule table, by kind.
 *
 * @example
 * ```ts
 * import { LEAVE_RULE_TABLES } from 'asn-kit/leave';
 * LEAVE_RULE_TABLES.unpaid.name; // => 'leave/unpaid'
 * ```
 */
export const LEAVE_RULE_TABLES: Readonly<Record<LeaveKind, LeaveRuleTable>> = /* @__PURE__ */ deepFrozen({
  annual: ANNUAL_LEAVE_RULES,
  major: MAJOR_LEAVE_RULES,
  sick: SICK_LEAVE_RULES,
  maternity: MATERNITY_LEAVE_RULES,
  'important-reason': IMPORTANT_REASON_LEAVE_RULES,
  collective: COLLECTIVE_LEAVE_RULES,
  unpaid: UNPAID_LEAVE_RULES,
});
