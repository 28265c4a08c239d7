import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { INPUT_LIMITS, invalidInput, reason, validate, type LegalBasis, type Reason } from '../core';
import { tooManyRows } from '../core/limits';
import { argumentsError, eachParsed, withinTotal } from './arguments';
import { competencyError, type CompetencyError, type CompetencyReasonCode } from './errors';
import { formOf } from './internal';
import { INVALID_INPUT, SHORTFALL_KIND } from './kinds';
import { parseShortfall } from './parse-shortfall';
import { kindOfCompetency, type CompetencyKind } from './rules/dictionary';
import { DEVELOPMENT_SUGGESTIONS, type DevelopmentForm, type DevelopmentSuggestion } from './rules/development';
import {
  developmentNeedsOptionsSchema,
  shortfallSchema,
  shortfallsSchema,
  type DevelopmentNeedsOptions,
  type Shortfall,
} from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The development planned for one competency below standard.
 *
 * @example
 * ```ts
 * import { developmentNeeds } from 'asn-kit/competency';
 * developmentNeeds([{ competency: 'integrity', shortfall: 1 }]).map((plan) => plan.needs[0]?.jp).unwrapOr(0); // => 10
 * ```
 */
export interface DevelopmentNeed {
  /** The competency code. */
  readonly competency: string;
  /** Its kind (given, or: built-in codes managerial/socio-cultural, other codes technical). */
  readonly kind: CompetencyKind;
  /** The shortfall in levels. */
  readonly shortfall: number;
  /** The suggested forms, most fitting first. */
  readonly forms: readonly DevelopmentForm[];
  /** The JP to plan: `jpPerLevel × shortfall`. */
  readonly jp: number;
}

/**
 * The result of {@link developmentNeeds}.
 *
 * @example
 * ```ts
 * import { developmentNeeds } from 'asn-kit/competency';
 * developmentNeeds([]).map((plan) => plan.totalJp).unwrapOr(-1); // => 0
 * ```
 */
export interface DevelopmentNeeds {
  /** One need per competency with a shortfall, in input order. */
  readonly needs: readonly DevelopmentNeed[];
  /** Σ JP of the needs. */
  readonly totalJp: number;
  /** One `competency/development-needs` reason citing the forms' basis and the suggestion table. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/** Every argument of {@link developmentNeeds}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({ shortfalls: shortfallsSchema, options: z.optional(developmentNeedsOptionsSchema) }))();

/** The suggestion table the options name: `undefined` takes the default without running zod. */
function suggestionTable(options: DevelopmentNeedsOptions | undefined): readonly DevelopmentSuggestion[] | undefined {
  if (options === undefined) return DEVELOPMENT_SUGGESTIONS;
  return validate(developmentNeedsOptionsSchema, options, INVALID_INPUT).match(
    (parsed) => parsed.suggestions ?? DEVELOPMENT_SUGGESTIONS,
    () => undefined,
  );
}

/** The rows of an answer: the forms of each need. */
const FORM_ROWS = /* @__PURE__ */ deepFrozen({ id: 'bentuk pengembangan setiap kebutuhan', en: 'the development forms of each need' });

/** The basis of suggestions: the forms are law; the mapping of shortfall to form and JP is an asn-kit default. */
export const SUGGESTION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PP 11/2017',
  article: 'Pasal 210',
  note: 'forms of development (Peraturan LAN 10/2018); the shortfall → form and JP mapping is an asn-kit default, overridable',
});

/** The row of a suggestion table for a kind and shortfall: the largest `minShortfall` not above the shortfall. */
function suggestionFor(table: readonly DevelopmentSuggestion[], kind: CompetencyKind, shortfall: number): DevelopmentSuggestion | undefined {
  let found: DevelopmentSuggestion | undefined;
  for (const row of table) {
    if (row.kind !== kind || row.minShortfall > shortfall) continue;
    if (found === undefined || row.minShortfall > found.minShortfall) found = row;
  }
  return found;
}

/**
 * The row of a suggestion table for a kind and shortfall, as {@link suggestionFor} finds it, with the table read
 * once per kind and shortfall asked (3 kinds × 5 shortfalls at most), not once per competency.
 */
export function suggestionLookup(
  table: readonly DevelopmentSuggestion[],
): (kind: CompetencyKind, shortfall: number) => DevelopmentSuggestion | undefined {
  const found = new Map<string, DevelopmentSuggestion | undefined>();
  return (kind, shortfall) => {
    const key = `${kind}:${String(shortfall)}`;
    if (!found.has(key)) found.set(key, suggestionFor(table, kind, shortfall));
    return found.get(key);
  };
}

/** The error when a suggestion table has no row for a competency. */
export function noSuggestion(competency: string, kind: CompetencyKind, shortfall: number): Result<never, CompetencyError> {
  return err(competencyError(
    'competency/no-development-suggestion',
    SUGGESTION_BASIS,
    {
      id: `Tabel saran pengembangan tidak memiliki baris untuk ${competency} (${kind}, kekurangan ${shortfall} level).`,
      en: `The development-suggestion table has no row for ${competency} (${kind}, shortfall ${shortfall} levels).`,
    },
    { competency, kind, shortfall },
  ));
}

/**
 * Maps competency shortfalls to suggested development forms and JP — the first strategy of the Medan work plan
 * (competency development through training). The forms are those of PP 11/2017 Pasal 210; which form and how
 * many JP fit a shortfall is not set by law, so the table is data: {@link DEVELOPMENT_SUGGESTIONS} by default
 * (a one-level shortfall → non-classroom learning, 10 JP per level; two or more → classroom training, 20 JP per
 * level), or your own.
 *
 * Shortfalls from {@link parseShortfall} are used as they are; any other item is checked first.
 *
 * @param shortfalls - Competencies with their shortfall (a gap's `belowStandard` list fits), at most
 *   `INPUT_LIMITS.records` (5,000); 0 is skipped.
 * @param options - `{ suggestions }`: a suggestion table of your own, at most `INPUT_LIMITS.items` (1,000) rows of
 *   at most as many forms; an unknown key is an error.
 * @returns `Ok(needs)`; `Err` with `competency/no-development-suggestion` when the table has no row for a
 *   competency's kind and shortfall, or `competency/invalid-input`: also when the shortfalls and the table hold more
 *   than `INPUT_LIMITS.total` (200,000) list items together (path `''`), and when the forms of all the needs would
 *   pass that many rows (path `shortfalls`).
 * @example
 * ```ts
 * import { developmentNeeds } from 'asn-kit/competency';
 * const plan = developmentNeeds([
 *   { competency: 'decision-making', shortfall: 2 },
 *   { competency: 'integrity', shortfall: 1 },
 * ]);
 * if (plan.isOk()) {
 *   plan.value.needs.map((need) => [need.competency, need.forms[0]?.code, need.jp]);
 *   // => [['decision-making', 'managerial-training', 40], ['integrity', 'coaching', 10]]
 *   plan.value.totalJp; // => 50
 * }
 * developmentNeeds([{ competency: 'integrity', shortfall: 7 }]).match(() => '', (error) => error.code);
 * // => 'competency/invalid-input'
 * ```
 */
export function developmentNeeds(
  shortfalls: readonly Shortfall[],
  options?: DevelopmentNeedsOptions,
): Result<DevelopmentNeeds, CompetencyError> {
  const given = { shortfalls, options };
  const within = withinTotal([
    { value: shortfalls, schema: shortfallSchema, kind: SHORTFALL_KIND, each: true },
    { value: options, schema: developmentNeedsOptionsSchema },
  ]);
  if (!within) return err(argumentsError(argumentsSchema, given));
  const items = eachParsed(shortfalls, SHORTFALL_KIND, parseShortfall);
  const table = suggestionTable(options);
  if (items === undefined || table === undefined) return err(argumentsError(argumentsSchema, given));
  const rowOf = suggestionLookup(table);
  const planned: { readonly item: Shortfall; readonly kind: CompetencyKind; readonly row: DevelopmentSuggestion }[] = [];
  let rows = 0;
  for (const item of items) {
    if (item.shortfall === 0) continue;
    const kind = item.kind ?? kindOfCompetency(item.competency);
    const row = rowOf(kind, item.shortfall);
    if (row === undefined) return noSuggestion(item.competency, kind, item.shortfall);
    planned.push({ item, kind, row });
    rows += row.forms.length;
  }
  if (rows > INPUT_LIMITS.total) return err(invalidInput(INVALID_INPUT, [tooManyRows('shortfalls', FORM_ROWS)]));
  const needs: DevelopmentNeed[] = [];
  let totalJp = 0;
  for (const { item, kind, row } of planned) {
    const jp = row.jpPerLevel * item.shortfall;
    needs.push({ competency: item.competency, kind, shortfall: item.shortfall, forms: row.forms.map(formOf), jp });
    totalJp += jp;
  }
  return ok({
    needs,
    totalJp,
    reasons: [
      reason(
        'competency/development-needs',
        'info',
        SUGGESTION_BASIS,
        {
          id: `${needs.length} kebutuhan pengembangan kompetensi, total ${totalJp} JP.`,
          en: `${needs.length} competency development needs, ${totalJp} JP in total.`,
        },
        { count: needs.length, totalJp, table: table === DEVELOPMENT_SUGGESTIONS ? 'default' : 'custom' },
      ),
    ],
  });
}
