import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, trustParsed, type IsoDate, type LegalBasis, type Reason } from '../core';
import { isoDateSchema } from '../core/schemas';
import type { PredikatRange } from './allowed-distribution';
import { optionsOf, orgPredikatOf } from './arguments';
import { patternFor, rangesFor, ruleLimit } from './distribution-limits';
import { performanceError, type PerformanceError } from './errors';
import { parsePredicates, PREDICATES_KIND } from './parse-predicates';
import { PREDIKAT_LABELS, PREDIKAT_ORDER, type Predikat } from './predikat';
import { ORG_PREDIKAT_LABELS, type OrgPredikat } from './ratings';
import type { DistributionPatternRow, DistributionRule } from './rules/distribution';
import type { CheckDistributionOptions } from './types';
import { deepFrozen } from '../core/frozen';

/**
 * A rule of the distribution pattern that the unit breaks, with the counts.
 *
 * @example
 * ```ts
 * import { checkDistribution, type DistributionBreach } from 'asn-kit/performance';
 * const breach: DistributionBreach | undefined = checkDistribution('good', [
 *   'good', 'good', 'good', 'good', 'good', 'good', 'good', 'good', 'very-good', 'very-good',
 * ]).match((value) => value.breaches[0], (error) => error.code);
 * breach?.rule; // => 'good/good-max-70'
 * ```
 */
export interface DistributionBreach {
  /** The id of the rule broken, e.g. `'good/good-max-70'`. */
  readonly rule: string;
  /** The kind of limit. */
  readonly kind: DistributionRule['kind'];
  /** The predikat counted together by the rule. */
  readonly predikat: readonly Predikat[];
  /** How many employees hold them. */
  readonly count: number;
  /** The limit for this head count (absent for `largest`). */
  readonly limit?: number;
  /** For `largest`: the predikat that outnumber it. */
  readonly outnumberedBy?: readonly Predikat[];
  /** The breach as a reason: a warning, or an error in strict mode. */
  readonly reason: Reason;
}

/**
 * The outcome of a distribution check: the counts, the allowed range of each predikat and each breach.
 *
 * @example
 * ```ts
 * import { checkDistribution, type DistributionCheck } from 'asn-kit/performance';
 * const checkResult = checkDistribution('outstanding', ['very-good', 'good']);
 * if (checkResult.isOk()) {
 *   const check: DistributionCheck = checkResult.value;
 *   check.counts['very-good']; // => 1
 * }
 * ```
 */
export interface DistributionCheck {
  /** The unit's own predikat. */
  readonly orgPredikat: OrgPredikat;
  /** The number of employees evaluated. */
  readonly headCount: number;
  /** How many employees hold each predikat. */
  readonly counts: Readonly<Record<Predikat, number>>;
  /** How many may hold each predikat. */
  readonly allowed: Readonly<Record<Predikat, PredikatRange>>;
  /** The rules broken, in the pattern's order. */
  readonly breaches: readonly DistributionBreach[];
  /** `true` when no rule is broken. */
  readonly compliant: boolean;
  /** SE MenPANRB 3/2023 (docs/interpretations.md#predikat-distribution). */
  readonly basis: LegalBasis;
  /** A summary, then one reason per breach. */
  readonly reasons: readonly Reason[];
}

const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ strict: z._default(z.boolean(), false), asOf: z.optional(isoDateSchema) }))();
const DEFAULTS = /* @__PURE__ */ deepFrozen({ strict: false });

/**
 * Counts already-validated predicates and finds the rules of the pattern they break, as reasons of `severity`;
 * shared with the unit report and the unit cascade of the workplan module (internal).
 */
export function distributionOf(pattern: DistributionPatternRow, predicates: readonly Predikat[], severity: 'error' | 'warning'): DistributionCheck {
  const headCount = predicates.length;
  const counts: Record<Predikat, number> = { 'very-good': 0, good: 0, 'needs-improvement': 0, poor: 0, 'very-poor': 0 };
  for (const predikat of predicates) counts[predikat] += 1;
  const org = pattern.orgPredikat;
  const breaches: DistributionBreach[] = [];
  for (const rule of pattern.rules) {
    const count = rule.predikat.reduce((sum, predikat) => sum + counts[predikat], 0);
    const names = rule.predikat.map((p) => PREDIKAT_LABELS[p]);
    const data = { rule: rule.id, count, headCount };
    if (rule.kind === 'largest') {
      const outnumberedBy = PREDIKAT_ORDER.filter((other) => !rule.predikat.includes(other) && counts[other] > count);
      if (outnumberedBy.length === 0) continue;
      breaches.push({
        rule: rule.id, kind: rule.kind, predikat: rule.predikat, count, outnumberedBy,
        reason: reason('performance/distribution-breach', severity, pattern.basis, {
          id: `${rule.text.id}: ${names.map((n) => n.id).join('/')} (${count}) kalah banyak dari ${outnumberedBy.map((p) => `${PREDIKAT_LABELS[p].id} (${counts[p]})`).join(', ')}.`,
          en: `${rule.text.en}: ${names.map((n) => n.en.toLowerCase()).join('/')} (${count}) is outnumbered by ${outnumberedBy.map((p) => `${PREDIKAT_LABELS[p].en.toLowerCase()} (${counts[p]})`).join(', ')}.`,
        }, { ...data, outnumberedBy }),
      });
      continue;
    }
    const limit = ruleLimit(rule, headCount);
    const broken = rule.kind === 'at-most' ? count > limit : count < limit;
    if (!broken) continue;
    const bound = rule.kind === 'at-most' ? { id: 'paling banyak', en: 'at most' } : { id: 'paling sedikit', en: 'at least' };
    breaches.push({
      rule: rule.id, kind: rule.kind, predikat: rule.predikat, count, limit,
      reason: reason('performance/distribution-breach', severity, pattern.basis, {
        id: `${rule.text.id}: ${count} dari ${headCount} pegawai, sedangkan yang dibolehkan ${bound.id} ${limit}.`,
        en: `${rule.text.en}: ${count} of ${headCount} employees, where ${bound.en} ${limit} are allowed.`,
      }, { ...data, limit }),
    });
  }
  const summary = reason('performance/distribution-counts', 'info', pattern.basis, {
    id: `Unit berpredikat ${ORG_PREDIKAT_LABELS[org].id}, ${headCount} pegawai: ${PREDIKAT_ORDER.map((p) => `${PREDIKAT_LABELS[p].id} ${counts[p]}`).join(', ')}; ${breaches.length === 0 ? 'sesuai pola distribusi' : `${breaches.length} ketentuan dilanggar`}.`,
    en: `A ${ORG_PREDIKAT_LABELS[org].en.toLowerCase()} unit of ${headCount}: ${PREDIKAT_ORDER.map((p) => `${PREDIKAT_LABELS[p].en.toLowerCase()} ${counts[p]}`).join(', ')}; ${breaches.length === 0 ? 'within the pattern' : `${breaches.length} rule(s) broken`}.`,
  }, { counts });
  return {
    orgPredikat: org,
    headCount,
    counts,
    allowed: rangesFor(pattern, headCount),
    breaches,
    compliant: breaches.length === 0,
    basis: pattern.basis,
    reasons: [summary, ...breaches.map((breach) => breach.reason)],
  };
}

/** Counts and checks already-validated predicates; in strict mode a breach is an error. */
function checkCounts(
  pattern: DistributionPatternRow,
  predicates: readonly Predikat[],
  strict: boolean,
): Result<DistributionCheck, PerformanceError> {
  const check = distributionOf(pattern, predicates, strict ? 'error' : 'warning');
  const [first] = check.breaches;
  if (strict && first !== undefined) {
    return err(performanceError('performance/distribution-breach', pattern.basis, first.reason.message, {
      orgPredikat: check.orgPredikat, counts: check.counts, breaches: check.breaches,
    }));
  }
  return ok(check);
}

/** Refuses an empty unit, then checks predikat already known valid; shared with the unit report. */
export function checkPredicates(
  orgPredikat: OrgPredikat,
  predicates: readonly Predikat[],
  strict: boolean,
  asOf: IsoDate | undefined,
): Result<DistributionCheck, PerformanceError> {
  if (predicates.length === 0) {
    return err(
      performanceError('performance/empty-unit', { instrument: 'SE MenPANRB 3/2023', interpretation: 'predikat-distribution' }, {
        id: 'Pola distribusi memerlukan paling sedikit satu pegawai yang dinilai.',
        en: 'A distribution needs at least one evaluated employee.',
      }, {}),
    );
  }
  return patternFor(orgPredikat, asOf).andThen((pattern) => checkCounts(pattern, predicates, strict));
}

/**
 * Checks a unit's predikat distribution against SE MenPANRB 3/2023 as asn-kit reads it (docs/interpretations.md#predikat-distribution): the
 * counts, the allowed range of each predikat and each breach with its rule. Percent limits are exact fractions
 * of the head count (a maximum p allows `floor(p·n)`, a minimum needs `ceil(p·n)`); "sebagian besar (maksimal
 * 70%)" means the largest group (ties allowed) and at most 70%. A breach is a warning that needs a justification;
 * in strict mode the check fails instead. The order of the employees never matters.
 *
 * @param orgPredikat - The unit's own predikat (`'outstanding' | 'good' | 'needs-improvement' | 'poor' | 'very-poor'`).
 * @param predicates - The predikat of every evaluated employee of the unit; a list from {@link parsePredicates} is
 *   used as it is, any other value is parsed first.
 * @param options - `strict` (default `false`): fail on a breach; `asOf`: the date whose rules apply. Unknown keys
 *   are refused.
 * @returns `Ok(check)`; `Err` with code `performance/unknown-predikat`, `performance/empty-unit`,
 *   `performance/invalid-input`, `performance/no-rule-in-force`, or in strict mode
 *   `performance/distribution-breach` (with `data.breaches` and `data.counts`).
 * @example
 * ```ts
 * import { checkDistribution, parsePredicates } from 'asn-kit/performance';
 * const unit = parsePredicates(['good', 'good', 'good', 'good', 'good', 'good', 'good', 'very-good', 'very-good', 'needs-improvement']);
 * if (unit.isOk()) {
 *   checkDistribution('good', unit.value).map((check) => check.compliant); // => Ok(true)
 *   checkDistribution('very-poor', unit.value, { strict: true }).match(
 *     () => 'compliant',
 *     (error) => error.code,
 *   ); // => 'performance/distribution-breach'
 * }
 * ```
 */
export function checkDistribution(
  orgPredikat: OrgPredikat,
  predicates: readonly Predikat[],
  options?: CheckDistributionOptions,
): Result<DistributionCheck, PerformanceError> {
  return orgPredikatOf(orgPredikat).andThen((org) =>
    trustParsed(predicates, PREDICATES_KIND, parsePredicates).andThen((list) =>
      optionsOf(optionsSchema, options, DEFAULTS).andThen(({ strict, asOf }) =>
        checkPredicates(org, list, strict, asOf),
      ),
    ),
  );
}
