import type { Result } from 'neverthrow';
import type { AsnError, IsoDate } from '../core';
import type { PerformanceErrorData } from './errors';
import { PREDIKAT_ORDER, type Predikat } from './predikat';
import type { OrgPredikat } from './ratings';
import { DISTRIBUTION_PATTERNS, type DistributionPatternRow, type DistributionRule } from './rules/distribution';
import { rowFor } from './shared';

/**
 * The limit of one rule for a head count, in employees: a count as is, a maximum share floored, a minimum share
 * ceiled; for `largest` (no limit of its own) the least a largest group of five can be, `ceil(n/5)`.
 */
export function ruleLimit(rule: DistributionRule, headCount: number): number {
  const { limit } = rule;
  if (limit === undefined) return Math.ceil(headCount / PREDIKAT_ORDER.length);
  if ('count' in limit) return limit.count;
  const exact = (limit.percent * headCount) / 100;
  return rule.kind === 'at-most' ? Math.floor(exact) : Math.ceil(exact);
}

/** The pattern row for an organisation predikat, on a date or the one in force now. */
export function patternFor(
  orgPredikat: OrgPredikat,
  asOf: IsoDate | undefined,
): Result<DistributionPatternRow, AsnError<'performance/no-rule-in-force', PerformanceErrorData['performance/no-rule-in-force']>> {
  return rowFor(DISTRIBUTION_PATTERNS, (row) => row.orgPredikat === orgPredikat, asOf);
}

/** The per-predikat [min, max] counts that the pattern's rules imply for a unit of `headCount` employees. */
export function rangesFor(
  pattern: DistributionPatternRow,
  headCount: number,
): Record<Predikat, { min: number; max: number }> {
  const ranges = {} as Record<Predikat, { min: number; max: number }>;
  for (const predikat of PREDIKAT_ORDER) ranges[predikat] = { min: 0, max: headCount };
  const groups: { members: readonly Predikat[]; min: number }[] = [];
  for (const rule of pattern.rules) {
    const limit = ruleLimit(rule, headCount);
    if (rule.predikat.length > 1) {
      groups.push({ members: rule.predikat, min: limit });
    } else {
      const range = ranges[rule.predikat[0]];
      if (rule.kind === 'at-most') range.max = Math.min(range.max, limit);
      else range.min = Math.max(range.min, limit);
    }
  }
  const mins = PREDIKAT_ORDER.map((predikat) => ranges[predikat].min);
  const totalMin = mins.reduce((sum, value) => sum + value, 0);
  for (const predikat of PREDIKAT_ORDER) {
    const range = ranges[predikat];
    let reserved = totalMin - range.min;
    for (const group of groups) {
      if (group.members.includes(predikat)) continue;
      const memberMins = group.members.reduce((sum, member) => sum + ranges[member].min, 0);
      reserved += Math.max(0, group.min - memberMins);
    }
    range.max = Math.max(0, Math.min(range.max, headCount - reserved));
  }
  return ranges;
}
