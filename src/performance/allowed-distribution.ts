import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type LegalBasis, type Reason } from '../core';
import { isoDateSchema } from '../core/schemas';
import { patternFor, rangesFor, ruleLimit } from './distribution-limits';
import type { PerformanceError } from './errors';
import { PREDIKAT_LABELS, PREDIKAT_ORDER, type Predikat } from './predikat';
import { optionsOf, orgPredikatOf } from './arguments';
import { ORG_PREDIKAT_LABELS, type OrgPredikat } from './ratings';
import type { DistributionRule } from './rules/distribution';
import type { AllowedDistributionOptions } from './types';

/**
 * How many employees may hold a predikat: from `min` to `max`, both included.
 *
 * @example
 * ```ts
 * import type { PredikatRange } from 'asn-kit/performance';
 * const range: PredikatRange = { min: 0, max: 7 };
 * ```
 */
export interface PredikatRange {
  /** The fewest employees. */
  readonly min: number;
  /** The most employees. */
  readonly max: number;
}

/**
 * One rule of the pattern with its limit for the unit's head count.
 *
 * @example
 * ```ts
 * import { allowedDistribution, type RuleWithLimit } from 'asn-kit/performance';
 * const rule: RuleWithLimit | undefined = allowedDistribution('good', 10).match((value) => value.rules[1], (error) => error.code);
 * rule?.limit; // => 7
 * ```
 */
export interface RuleWithLimit {
  /** The rule. */
  readonly rule: DistributionRule;
  /** The number of employees it allows (at most) or needs (at least); for `largest`, the least it needs (`ceil(n/5)`). */
  readonly limit: number;
}

/**
 * The allowed distribution for a unit: the range of each predikat and the rules with their limits.
 *
 * @example
 * ```ts
 * import { allowedDistribution, type AllowedDistribution } from 'asn-kit/performance';
 * const allowedResult = allowedDistribution('outstanding', 20);
 * if (allowedResult.isOk()) {
 *   const allowed: AllowedDistribution = allowedResult.value;
 *   allowed.ranges['very-good']; // => { min: 4, max: 14 }
 * }
 * ```
 */
export interface AllowedDistribution {
  /** The unit's own predikat. */
  readonly orgPredikat: OrgPredikat;
  /** The number of employees evaluated. */
  readonly headCount: number;
  /** How many employees each predikat may have. */
  readonly ranges: Readonly<Record<Predikat, PredikatRange>>;
  /** The pattern's rules with their limits. */
  readonly rules: readonly RuleWithLimit[];
  /** SE MenPANRB 3/2023 (docs/interpretations.md#predikat-distribution). */
  readonly basis: LegalBasis;
  /** A summary line, and a warning when no distribution can satisfy every rule (very small units). */
  readonly reasons: readonly Reason[];
}

const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ asOf: z.optional(isoDateSchema) }))();
const headCountSchema = /* @__PURE__ */ (() => z.int().check(z.positive()))();
const DEFAULTS = {};

/**
 * The allowed predikat distribution for a unit of `headCount` employees whose own predikat is `orgPredikat`:
 * what KemenPANRB's distribution calculator shows, under SE MenPANRB 3/2023 as asn-kit reads it (docs/interpretations.md#predikat-distribution) (a maximum
 * p allows `floor(p·n)` employees, a minimum p needs `ceil(p·n)`; "the largest group" needs at least `ceil(n/5)`).
 * Each maximum is also cut by what the minimums of the other predikat leave. The ranges are each predikat's own,
 * as the calculator shows them: the largest-group rule ties the counts together and is checked by
 * {@link checkDistribution}, so counts inside every range can still break it (Istimewa, 10 employees: Baik 8 is
 * inside its range, but beside Sangat Baik 2 it makes Baik the largest group).
 *
 * @param orgPredikat - The unit's predikat (`'outstanding' | 'good' | 'needs-improvement' | 'poor' | 'very-poor'`).
 * @param headCount - The number of employees evaluated, a positive whole number.
 * @param options - `asOf`: the date whose rules apply (default: the rules in force now). Unknown keys are refused.
 * @returns `Ok(allowed)`; `Err` with code `performance/unknown-predikat`, `performance/invalid-input` (a head
 *   count that is not a positive whole number, bad or unknown options) or `performance/no-rule-in-force`.
 * @example
 * ```ts
 * import { allowedDistribution } from 'asn-kit/performance';
 * allowedDistribution('good', 10).match((value) => value.ranges.good, (error) => error.code); // => { min: 2, max: 7 }
 * allowedDistribution('poor', 10).match((value) => value.ranges.poor, (error) => error.code); // => { min: 6, max: 9 }
 * ```
 */
export function allowedDistribution(
  orgPredikat: OrgPredikat,
  headCount: number,
  options?: AllowedDistributionOptions,
): Result<AllowedDistribution, PerformanceError> {
  return orgPredikatOf(orgPredikat).andThen((org) =>
    validate(headCountSchema, headCount, 'performance/invalid-input').andThen((n) =>
      optionsOf(optionsSchema, options, DEFAULTS).andThen(({ asOf }) =>
        patternFor(org, asOf).andThen((pattern) => {
          const ranges = rangesFor(pattern, n);
          const rules = pattern.rules.map((rule): RuleWithLimit => ({ rule, limit: ruleLimit(rule, n) }));
          const summary = PREDIKAT_ORDER.map((p) => `${PREDIKAT_LABELS[p].id} ${ranges[p].min}–${ranges[p].max}`).join(', ');
          const summaryEn = PREDIKAT_ORDER.map((p) => `${PREDIKAT_LABELS[p].en.toLowerCase()} ${ranges[p].min}–${ranges[p].max}`).join(', ');
          const reasons: Reason[] = [
            reason('performance/allowed-distribution', 'info', pattern.basis, {
              id: `Unit berpredikat ${ORG_PREDIKAT_LABELS[org].id} dengan ${n} pegawai: ${summary}.`,
              en: `A ${ORG_PREDIKAT_LABELS[org].en.toLowerCase()} unit of ${n} employees: ${summaryEn}.`,
            }),
          ];
          // Each maximum is already cut by the other minimums, so minimums adding up to more than the head count
          // show as a minimum above its maximum.
          if (PREDIKAT_ORDER.some((p) => ranges[p].min > ranges[p].max)) {
            reasons.push(
              reason('performance/pattern-unreachable', 'warning', pattern.basis, {
                id: `Dengan ${n} pegawai tidak ada sebaran yang memenuhi semua ketentuan; pelanggaran perlu dijelaskan.`,
                en: `With ${n} employees no distribution meets every rule; a breach needs a justification.`,
              }, { headCount: n }),
            );
          }
          return ok({ orgPredikat: org, headCount: n, ranges, rules, basis: pattern.basis, reasons });
        }),
      ),
    ),
  );
}
