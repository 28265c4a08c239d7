import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import { reason, type LocalizedText, type Reason } from '../core';
import { argumentsError, eachParsed } from './arguments';
import { competencyError, type CompetencyError, type CompetencyReasonCode } from './errors';
import { TALENT_ENTRY_KIND } from './kinds';
import { parseTalentEntry } from './parse-talent-entry';
import { TALENT_RECOMMENDATIONS, type TalentRecommendationCode } from './rules/talent';
import { talentEntrySchema, talentOptionsSchema, type TalentEntry, type TalentOptions } from './schemas';
import { placeInBox, readNineBoxScheme, type TalentBox } from './talent-box';

/**
 * One person placed in the nine-box.
 *
 * @example
 * ```ts
 * import { talentPool } from 'asn-kit/competency';
 * talentPool([{ nip: '198503152010012003', performance: 'very-good', potential: 'high' }])
 *   .map((pool) => pool.placements[0]?.box).unwrapOr(0); // => 9
 * ```
 */
export interface TalentPlacement extends TalentBox {
  /** The employee's NIP. */
  readonly nip: string;
  /** The employee's name, when given. */
  readonly name?: string;
}

/**
 * Who needs one recommendation.
 *
 * @example
 * ```ts
 * import type { TalentNeed } from 'asn-kit/competency';
 * const need: TalentNeed = {
 *   recommendation: 'performance-coaching', label: { id: 'Bimbingan kinerja', en: 'Performance coaching' },
 *   nips: ['198503152010012003'],
 * };
 * ```
 */
export interface TalentNeed {
  /** The recommendation code. */
  readonly recommendation: TalentRecommendationCode;
  /** Its label. */
  readonly label: LocalizedText;
  /** The NIPs of the people it applies to, best box first. */
  readonly nips: readonly string[];
}

/**
 * The result of {@link talentPool}.
 *
 * @example
 * ```ts
 * import { talentPool } from 'asn-kit/competency';
 * talentPool([]).map((pool) => pool.successionCandidates).unwrapOr(null); // => []
 * ```
 */
export interface TalentPool {
  /** Everyone, best box first, then by NIP. */
  readonly placements: readonly TalentPlacement[];
  /** The succession pool (kelompok rencana suksesi): the cells numbered 7–9 under PermenPANRB 3/2020. */
  readonly successionCandidates: readonly TalentPlacement[];
  /** Who needs what: each recommendation with the people it applies to, in the recommendations' order. */
  readonly needs: readonly TalentNeed[];
  /** How many people are in each box, boxes 1 to 9. */
  readonly boxCounts: readonly number[];
  /** One `competency/talent-pool` summary reason. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/** Every argument of {@link talentPool}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({ entries: recordList(talentEntrySchema), options: z.optional(talentOptionsSchema) }))();

/**
 * Places a group of employees in the nine-box (PermenPANRB 3/2020; docs/interpretations.md#nine-box) and lists the succession
 * candidates (the cells numbered 7, 8 and 9; box 9 also feeds the national pool) and who needs which
 * recommendation — the talent-management input of an agency work plan.
 *
 * Entries from {@link parseTalentEntry} are used as they are; any other entry is checked first.
 *
 * @param entries - Each employee's NIP, optional name, predikat or kinerja axis, and potensial; at most
 *   `INPUT_LIMITS.records` (5,000), a longer list is `competency/invalid-input` before any entry is read.
 * @param options - `{ scheme }` as in {@link talentBox}; an unknown key is an error.
 * @returns `Ok(pool)`; `Err` with `competency/invalid-input` or `competency/duplicate-nip`.
 * @example
 * ```ts
 * import { talentPool } from 'asn-kit/competency';
 * const pool = talentPool([
 *   { nip: '198503152010012003', performance: 'very-good', potential: 'high' },
 *   { nip: '199001012015031002', performance: 'good', potential: 'low' },
 * ]);
 * if (pool.isOk()) {
 *   pool.value.successionCandidates.map((placement) => placement.nip); // => ['198503152010012003']
 *   pool.value.needs.find((need) => need.recommendation === 'performance-coaching')?.nips; // => ['199001012015031002']
 * }
 * ```
 */
export function talentPool(entries: readonly TalentEntry[], options?: TalentOptions): Result<TalentPool, CompetencyError> {
  const items = eachParsed(entries, TALENT_ENTRY_KIND, parseTalentEntry);
  const scheme = readNineBoxScheme(options);
  if (items === undefined || scheme === undefined) return err(argumentsError(argumentsSchema, { entries, options }));
  const seen = new Set<string>();
  const placements: TalentPlacement[] = [];
  for (const entry of items) {
    if (seen.has(entry.nip)) {
      return err(competencyError(
        'competency/duplicate-nip',
        { instrument: 'PermenPANRB 3/2020', note: 'one placement per employee' },
        { id: `NIP ${entry.nip} muncul lebih dari sekali.`, en: `NIP ${entry.nip} appears more than once.` },
        { nip: entry.nip },
      ));
    }
    seen.add(entry.nip);
    const box = placeInBox(entry.performance, entry.potential, scheme);
    placements.push(entry.name === undefined ? { ...box, nip: entry.nip } : { ...box, nip: entry.nip, name: entry.name });
  }
  // NIPs are unique here (a duplicate is an error above), so two placements never compare equal.
  placements.sort((left, right) => right.box - left.box || (left.nip < right.nip ? -1 : 1));
  const successionCandidates = placements.filter((placement) => placement.successionPool !== 'none');
  const needs: TalentNeed[] = [];
  for (const code of Object.keys(TALENT_RECOMMENDATIONS) as TalentRecommendationCode[]) {
    const nips = placements
      .filter((placement) => placement.recommendations.some((item) => item.code === code))
      .map((placement) => placement.nip);
    if (nips.length > 0) needs.push({ recommendation: code, label: TALENT_RECOMMENDATIONS[code], nips });
  }
  const boxCounts = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const placement of placements) boxCounts[placement.box - 1] = (boxCounts[placement.box - 1] ?? 0) + 1;
  return ok({
    placements,
    successionCandidates,
    needs,
    boxCounts,
    reasons: [
      reason(
        'competency/talent-pool',
        'info',
        scheme.basis,
        {
          id: `${placements.length} pegawai dipetakan; ${successionCandidates.length} masuk kelompok rencana suksesi.`,
          en: `${placements.length} employees placed; ${successionCandidates.length} in the succession pool.`,
        },
        { placed: placements.length, candidates: successionCandidates.length, scheme: scheme.name },
      ),
    ],
  });
}
