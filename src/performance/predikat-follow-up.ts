import { ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { isoDateSchema, validate, type LegalBasis, type LocalizedText } from '../core';
import type { PerformanceError } from './errors';
import { PREDIKAT_LABELS, type Predikat } from './predikat';
import { PREDIKAT_FOLLOW_UP, type FollowUpAction } from './rules/follow-up';
import { predikatSchema } from './schemas';
import { rowFor } from './shared';

/**
 * The follow-up of one predikat, split by kind.
 *
 * @example
 * ```ts
 * import { predikatFollowUp, type PredikatFollowUp } from 'asn-kit/performance';
 * const followUp: PredikatFollowUp = predikatFollowUp('good')._unsafeUnwrap();
 * followUp.sanctions.length; // => 0
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

const optionsSchema = /* @__PURE__ */ z.object({ asOf: isoDateSchema.optional() }).default({});

/**
 * The follow-up tied to a predikat (PermenPANRB 6/2022 Pasal 5 huruf d, tindak lanjut; PermenPANRB 1/2023 for
 * credit points), as data: rewards, development and sanctions. The detail of each measure (for instance how
 * much of a tunjangan kinerja is withheld) is set by each agency.
 *
 * @param predikat - The predikat.
 * @param options - `asOf`: the date whose rules apply (default: the rules in force now).
 * @returns `Ok(followUp)`; `Err` with code `performance/unknown-predikat`, `performance/invalid-input` or
 *   `performance/no-rule-in-force`.
 * @example
 * ```ts
 * import { predikatFollowUp } from 'asn-kit/performance';
 * predikatFollowUp('very-good')._unsafeUnwrap().rewards.length; // => 2
 * predikatFollowUp('very-poor')._unsafeUnwrap().sanctions.length; // => 2
 * ```
 */
export function predikatFollowUp(predikat: unknown, options?: unknown): Result<PredikatFollowUp, PerformanceError> {
  return validate(predikatSchema, predikat, 'performance/unknown-predikat').andThen((value) =>
    validate(optionsSchema, options, 'performance/invalid-input').andThen(({ asOf }) =>
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
