import type { IsoDate, LocalizedText, RuleRow, RuleTable } from '../../core';
import type { Predikat } from '../predikat';
import type { OrgPredikat } from '../ratings';
import { deepFrozen } from '../../core/frozen';

/**
 * One rule of a distribution pattern: the employees whose predikat is in `predikat` (counted together) must be
 * `at-most` or `at-least` a `limit` — a share (`percent` of the head count) or a `count` — or, for `largest`,
 * form the largest group. Shares are exact fractions of the head count: a maximum allows `floor(percent·n/100)`
 * employees, a minimum needs `ceil(percent·n/100)` (docs/interpretations.md#predikat-distribution).
 *
 * @example
 * ```ts
 * import type { DistributionRule } from 'asn-kit/performance';
 * const rule: DistributionRule = {
 *   id: 'good/max-70', kind: 'at-most', predikat: ['good'], limit: { percent: 70 },
 *   text: { id: 'Baik paling banyak 70%', en: 'Good at most 70%' },
 * };
 * ```
 */
export interface DistributionRule {
  /** A stable id, `<org predikat>/<rule>`. */
  readonly id: string;
  /** The kind of rule. */
  readonly kind: 'at-most' | 'at-least' | 'largest';
  /** The predikat counted together (at least one). */
  readonly predikat: readonly [Predikat, ...Predikat[]];
  /** The limit of an `at-most` or `at-least` rule: a percentage of the head count or a number of employees. */
  readonly limit?: { readonly percent: number } | { readonly count: number };
  /** The rule as SE MenPANRB 3/2023 words it. */
  readonly text: LocalizedText;
}

/**
 * A distribution pattern for one organisation predikat.
 *
 * @example
 * ```ts
 * import { DISTRIBUTION_PATTERNS, type DistributionPatternRow } from 'asn-kit/performance';
 * const row: DistributionPatternRow | undefined = DISTRIBUTION_PATTERNS.rows[0];
 * row?.orgPredikat; // => 'outstanding'
 * ```
 */
export interface DistributionPatternRow extends RuleRow {
  /** The unit's own predikat. */
  readonly orgPredikat: OrgPredikat;
  /** The rules the employees' predikat must follow. */
  readonly rules: readonly DistributionRule[];
}

const BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'SE MenPANRB 3/2023', article: 'Lampiran (pola distribusi predikat kinerja pegawai)', interpretation: 'predikat-distribution' } as const);
const SINCE = /* @__PURE__ */ deepFrozen({ from: '2023-01-31' as IsoDate });

/**
 * The distribution patterns of SE MenPANRB 3/2023 as asn-kit reads it (docs/interpretations.md#predikat-distribution): "sebagian besar
 * (maksimal 70%)" means the predikat is the largest group (no other predikat has more employees; ties allowed)
 * and at most 70%.
 *
 * @example
 * ```ts
 * import { DISTRIBUTION_PATTERNS } from 'asn-kit/performance';
 * DISTRIBUTION_PATTERNS.rows.length; // => 5
 * ```
 */
export const DISTRIBUTION_PATTERNS: RuleTable<DistributionPatternRow> = /* @__PURE__ */ deepFrozen({
  name: 'performance/distribution-patterns',
  rows: [
    {
      orgPredikat: 'outstanding',
      rules: [
        {
          id: 'outstanding/very-good-largest', kind: 'largest', predikat: ['very-good'],
          text: { id: 'Sebagian besar pegawai berpredikat Sangat Baik', en: 'Very good is the largest group' },
        },
        {
          id: 'outstanding/very-good-max-70', kind: 'at-most', predikat: ['very-good'], limit: { percent: 70 },
          text: { id: 'Sangat Baik maksimal 70%', en: 'Very good at most 70%' },
        },
      ],
      basis: BASIS,
      effective: SINCE,
    },
    {
      orgPredikat: 'good',
      rules: [
        {
          id: 'good/good-largest', kind: 'largest', predikat: ['good'],
          text: { id: 'Sebagian besar pegawai berpredikat Baik', en: 'Good is the largest group' },
        },
        {
          id: 'good/good-max-70', kind: 'at-most', predikat: ['good'], limit: { percent: 70 },
          text: { id: 'Baik maksimal 70%', en: 'Good at most 70%' },
        },
        {
          id: 'good/needs-improvement-or-poor-exists', kind: 'at-least', predikat: ['needs-improvement', 'poor'], limit: { count: 1 },
          text: {
            id: 'Harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang',
            en: 'At least one employee must be rated needs improvement and/or poor',
          },
        },
      ],
      basis: BASIS,
      effective: SINCE,
    },
    {
      orgPredikat: 'needs-improvement',
      rules: [
        {
          id: 'needs-improvement/needs-improvement-min-60', kind: 'at-least', predikat: ['needs-improvement'], limit: { percent: 60 },
          text: { id: 'Butuh Perbaikan minimal 60%', en: 'Needs improvement at least 60%' },
        },
        {
          id: 'needs-improvement/very-good-max-10', kind: 'at-most', predikat: ['very-good'], limit: { percent: 10 },
          text: { id: 'Sangat Baik maksimal 10%', en: 'Very good at most 10%' },
        },
      ],
      basis: BASIS,
      effective: SINCE,
    },
    {
      orgPredikat: 'poor',
      rules: [
        {
          id: 'poor/poor-min-60', kind: 'at-least', predikat: ['poor'], limit: { percent: 60 },
          text: { id: 'Kurang minimal 60%', en: 'Poor at least 60%' },
        },
        {
          id: 'poor/needs-improvement-min-10', kind: 'at-least', predikat: ['needs-improvement'], limit: { percent: 10 },
          text: { id: 'Butuh Perbaikan minimal 10%', en: 'Needs improvement at least 10%' },
        },
        {
          id: 'poor/very-good-max-10', kind: 'at-most', predikat: ['very-good'], limit: { percent: 10 },
          text: { id: 'Sangat Baik maksimal 10%', en: 'Very good at most 10%' },
        },
      ],
      basis: BASIS,
      effective: SINCE,
    },
    {
      orgPredikat: 'very-poor',
      rules: [
        {
          id: 'very-poor/very-poor-min-60', kind: 'at-least', predikat: ['very-poor'], limit: { percent: 60 },
          text: { id: 'Sangat Kurang minimal 60%', en: 'Very poor at least 60%' },
        },
        {
          id: 'very-poor/poor-or-needs-improvement-min-10', kind: 'at-least', predikat: ['poor', 'needs-improvement'], limit: { percent: 10 },
          text: { id: 'Kurang dan Butuh Perbaikan minimal 10%', en: 'Poor and needs improvement together at least 10%' },
        },
        {
          id: 'very-poor/no-very-good', kind: 'at-most', predikat: ['very-good'], limit: { count: 0 },
          text: { id: 'Tidak boleh ada pegawai berpredikat Sangat Baik', en: 'No employee may be rated very good' },
        },
      ],
      basis: BASIS,
      effective: SINCE,
    },
  ],
});
