import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { LegalBasis, LocalizedText } from '../core';
import { isoDateSchema } from '../core/schemas';
import { optionsOf, predikatOf } from './arguments';
import type { PerformanceError } from './errors';
import { PREDIKAT_LABELS, type Predikat } from './predikat';
import { PREDIKAT_FOLLOW_UP, type FollowUpAction } from './rules/follow-up';
import { rowFor } from './shared';
import type { PredikatFollowUpOptions } from './types';

/**
 * The follow-up of one predikat, split by kind.
 *
 * @example
 * ```ts
 * import { predikatFollowUp, type PredikatFollowUp } from 'asn-kit/performance';
 * const followUpResult = predikatFollowUp('good');
 * if (followUpResult.isOk()) {
 *   const followUp: PredikatFollowUp = followUpResult.value;
 *   followUp.sanctions.length; // => 0
 * }
 * ```
 */
export interface PredikatFollowUp {
  /** The predikat. */
  readonly predikat: Predikat;
  /** Its official label. */
  readonly label: LocalizedText;
  /** Rewards (penghargaan). */
  readonly rewards: readonly FollowUpAction[];
  /** Development and support (pengembangan, pembinaan). */
  readonly development: readonly FollowUpAction[];
  /** Sanctions and reduced entitlements. */
  readonly sanctions: readonly FollowUpAction[];
  /** PermenPANRB 6/2022 (tindak lanjut). */
  readonly basis: LegalBasis;
}

const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ asOf: z.optional(isoDateSchema) }))();
const DEFAULTS = {};

/**
 * The follow-up tied to a predikat (PermenPANRB 6/2022 Pasal 5 huruf d, tindak lanjut; PermenPANRB 1/2023 for
 * credit points), as data: rewards, development and sanctions. The detail of each measure (for instance how
 * much of a tunjangan kinerja is withheld) is set by each agency.
 *
 * @param predikat - The predikat.
 * @param options - `asOf`: the date whose rules apply (default: the rules in force now). Unknown keys are refused.
 * @returns `Ok(followUp)`; `Err` with code `performance/unknown-predikat`, `performance/invalid-input` or
 *   `performance/no-rule-in-force`.
 * @example
 * ```ts
 * import { predikatFollowUp } from 'asn-kit/performance';
 * predikatFollowUp('very-good').match((value) => value.rewards.length, (error) => error.code); // => 2
 * predikatFollowUp('very-poor').match((value) => value.sanctions.length, (error) => error.code); // => 2
 * ```
 */
export function predikatFollowUp(predikat: Predikat, options?: PredikatFollowUpOptions): Result<PredikatFollowUp, PerformanceError> {
  return predikatOf(predikat).andThen((value) =>
    optionsOf(optionsSchema, options, DEFAULTS).andThen(({ asOf }) =>
      rowFor(PREDIKAT_FOLLOW_UP, (row) => row.predikat === value, asOf).andThen((row) =>
        ok({
          predikat: value,
          label: PREDIKAT_LABELS[value],
          rewards: row.actions.filter((action) => action.kind === 'reward'),
          development: row.actions.filter((action) => action.kind === 'development'),
          sanctions: row.actions.filter((action) => action.kind === 'sanction'),
          basis: row.basis,
        }),
      ),
    ),
  );
}
