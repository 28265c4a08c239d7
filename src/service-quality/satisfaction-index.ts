import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, roundDecimal, validate, type LegalBasis, type LocalizedText, type ParseableSchema, type Reason } from '../core';
import { isParsed } from '../core/parsed';
import { serviceQualityError, type ServiceQualityError, type ServiceQualityReasonCode } from './errors';
import { bandOf, bothWays } from './grading';
import { KIND } from './kinds';
import { SKM_SCHEME_BY_ID, type SkmElementCode, type SkmGrade, type SkmSchemeId, type SkmSchemeRow } from './rules/skm-schemes';
import { nrrSchema, skmResponsesSchema, type SkmAnswer, type SkmResponses, type SurveyOptions } from './schemas';
import { fieldsOf, surveyOptionsOf } from './trusted';

/**
 * The parameters of `satisfactionIndex` when it works from the filled questionnaires.
 *
 * @example
 * ```ts
 * import type { SatisfactionFromResponses } from 'asn-kit/service-quality';
 * const params: SatisfactionFromResponses = { responses: [[4, 4, 4, 4, 4, 4, 4, 4, 4]] };
 * ```
 */
export interface SatisfactionFromResponses {
  /**
   * The filled questionnaires: one array of answers 1–4 (or `null`) per respondent. Pass what `parseSkmResponses`
   * returned to skip the check; anything else is checked first.
   */
  readonly responses: SkmResponses;
}

/**
 * The parameters of `satisfactionIndex` when the NRR of each element is already computed.
 *
 * @example
 * ```ts
 * import type { SatisfactionFromNrr } from 'asn-kit/service-quality';
 * const params: SatisfactionFromNrr = { nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] };
 * ```
 */
export interface SatisfactionFromNrr {
  /** The NRR of each element: an array in the scheme's order (or `order`), or an object keyed by element code. */
  readonly nrr: readonly number[] | Readonly<Partial<Record<SkmElementCode, number>>>;
}

/**
 * The parameters of {@link satisfactionIndex}: the filled questionnaires (`responses`), or the NRR of each element
 * already computed (`nrr`), never both.
 *
 * @example
 * ```ts
 * import type { SatisfactionIndexParams } from 'asn-kit/service-quality';
 * const fromNrr: SatisfactionIndexParams = { nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] };
 * const fromAnswers: SatisfactionIndexParams = { responses: [[4, 4, 4, 4, 4, 4, 4, 4, 4]] };
 * ```
 */
export type SatisfactionIndexParams = SatisfactionFromResponses | SatisfactionFromNrr;

/**
 * The data `satisfactionIndex` works from: another name of {@link SatisfactionIndexParams}, kept for existing code.
 *
 * @example
 * ```ts
 * import type { SatisfactionInput } from 'asn-kit/service-quality';
 * const fromNrr: SatisfactionInput = { nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] };
 * ```
 */
export type SatisfactionInput = SatisfactionIndexParams;

/**
 * The score of one element (unsur).
 *
 * @example
 * ```ts
 * import type { ElementScore } from 'asn-kit/service-quality';
 * const score: ElementScore = {
 *   code: 'cost', label: { id: 'Biaya/Tarif', en: 'Cost/fee' }, answers: 2, nrr: 3.5, weighted: 3.5 / 9,
 *   converted: 87.5, grade: 'B',
 * };
 * ```
 */
export interface ElementScore {
  /** The element's code. */
  readonly code: SkmElementCode;
  /** The element's official name. */
  readonly label: LocalizedText;
  /** How many questionnaires answered the element; absent when the index was computed from NRR. */
  readonly answers?: number;
  /** Nilai rata-rata (NRR): the sum of the answers divided by the number of answers, unrounded. */
  readonly nrr: number;
  /** NRR × weight (NRR tertimbang), unrounded. */
  readonly weighted: number;
  /** NRR × 25, rounded to 2 decimals: the element on the 25–100 scale. */
  readonly converted: number;
  /** The grade of the element's converted value on the scheme's interval table. */
  readonly grade: SkmGrade;
}

/**
 * The satisfaction index (IKM/SKM) of a survey, per element and in total.
 *
 * @example
 * ```ts
 * import { satisfactionIndex, type SatisfactionIndex } from 'asn-kit/service-quality';
 * const indexResult = satisfactionIndex({ nrr: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
 * if (indexResult.isOk()) {
 *   const index: SatisfactionIndex = indexResult.value;
 *   index.grade; // => 'A'
 * }
 * ```
 */
export interface SatisfactionIndex {
  /** The scheme used. */
  readonly scheme: SkmSchemeId;
  /** The number of questionnaires; absent when the index was computed from NRR. */
  readonly respondents?: number;
  /** The score of each element, in the scheme's order. */
  readonly elements: readonly ElementScore[];
  /** The weight of each element: 1 / number of elements unless the caller chose another. */
  readonly weight: number;
  /** The index on the 1–4 scale: Σ NRR × weight, unrounded. */
  readonly ikm: number;
  /** The converted index (IKM unit pelayanan): IKM × 25, rounded to 2 decimals. */
  readonly converted: number;
  /** The grade (mutu pelayanan): A, B, C or D. */
  readonly grade: SkmGrade;
  /** The performance label of the grade (kinerja unit pelayanan), e.g. "Baik". */
  readonly label: LocalizedText;
  /** Why: the grade with its basis, a custom weight, missing answers. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

const CODE = 'service-quality/invalid-input';

type NrrInput = readonly number[] | Readonly<Record<string, number>>;

/** Parameters with questionnaires that a parser returned for this scheme: taken as they are. */
const TRUSTED_RESPONSES_PARAMS = /* @__PURE__ */ (() => z.strictObject({ responses: /* @__PURE__ */ z.custom<SkmResponses>() }))();

const responsesParams = /* @__PURE__ */ (() => new Map<number, ParseableSchema<{ responses: SkmResponses }>>())();
const nrrParams = /* @__PURE__ */ (() => new Map<string, ParseableSchema<{ nrr: NrrInput }>>())();

/**
 * The schema of `{ responses }` for questionnaires of `size` answers, built once per size. It checks without
 * copying: the questionnaires are read once here and nothing of them is kept.
 */
function responsesParamsSchema(size: number): ParseableSchema<{ responses: SkmResponses }> {
  let schema = responsesParams.get(size);
  if (schema === undefined) {
    schema = z.strictObject({ responses: skmResponsesSchema(size, false) });
    responsesParams.set(size, schema);
  }
  return schema;
}

/** The schema of `{ nrr }` of a scheme, in the array or the object form, built once per scheme and form. */
function nrrParamsSchema(scheme: SkmSchemeId, codes: readonly string[], arrayForm: boolean): ParseableSchema<{ nrr: NrrInput }> {
  const key = `${scheme}:${arrayForm}`;
  let schema = nrrParams.get(key);
  if (schema === undefined) {
    schema = z.strictObject({ nrr: nrrSchema(codes, arrayForm) });
    nrrParams.set(key, schema);
  }
  return schema;
}

/** The questionnaires of the parameters: as they are when parsed for this scheme, otherwise checked first. */
function responsesOf(params: SatisfactionFromResponses, size: number): Result<SkmResponses, ServiceQualityError> {
  const given = params.responses;
  const trusted = isParsed(given, KIND.responses) && given[0]?.length === size;
  return validate(trusted ? TRUSTED_RESPONSES_PARAMS : responsesParamsSchema(size), params, CODE).map((checked) => checked.responses);
}

function inputBasis(row: SkmSchemeRow): LegalBasis {
  return { ...row.basis, interpretation: 'satisfaction-index' };
}

/** Per element (scheme order): the sum of the answers and how many there are. One pass, no copies. */
function tally(responses: SkmResponses, columnOf: readonly number[]): { sum: number; count: number }[] {
  const size = columnOf.length;
  const sums = new Float64Array(size);
  const counts = new Float64Array(size);
  const rows = responses.length;
  for (let i = 0; i < rows; i += 1) {
    // i < rows and every row has `size` answers (checked or parsed).
    const row = responses[i] as readonly SkmAnswer[];
    for (let j = 0; j < size; j += 1) {
      const answer = row[j];
      if (answer !== null && answer !== undefined) {
        sums[j] = (sums[j] as number) + answer;
        counts[j] = (counts[j] as number) + 1;
      }
    }
  }
  return columnOf.map((column) => ({ sum: sums[column] as number, count: counts[column] as number }));
}

/**
 * Computes the satisfaction index (Indeks Kepuasan Masyarakat) of a service unit from its SKM questionnaires or
 * from the NRR of each element, following PermenPANRB 14/2017 and docs/interpretations.md#satisfaction-index:
 * NRR per element = Σ answers / number of answers to that element (a missing answer is left out, not counted as 0);
 * weight = exactly 1 / number of elements (1/9); IKM = Σ NRR × weight; converted value = IKM × 25 rounded to
 * 2 decimals; grade from the interval table on the converted value (25.00–64.99 D Tidak Baik,
 * 65.00–76.60 C Kurang Baik, 76.61–88.30 B Baik, 88.31–100.00 A Sangat Baik). Option `scheme: '2004'` applies the
 * 14 elements and table of KEP/25/M.PAN/2/2004 to old data; option `weight` reproduces reports that used a printed
 * weight such as 0,111.
 *
 * @param params - `{ responses }` (at most `INPUT_LIMITS.records`, 5,000, arrays of answers 1–4 or `null`, one per
 *   element; best what `parseSkmResponses` returned, which is used without a second check) or `{ nrr }`.
 * @param options - {@link SurveyOptions}: `scheme`, `weight`, `order` (`population` is ignored here); an unknown
 *   key is an error.
 * @returns `Ok(index)`; `Err` with `service-quality/invalid-input` (the path of each bad answer; path `responses`
 *   for more than 5,000 questionnaires, refused unread) or `service-quality/no-answers` (an element nobody
 *   answered).
 * @see Official: PermenPANRB 14/2017, Lampiran (pengolahan data survei; nilai interval konversi)
 * @example
 * ```ts
 * import { parseSkmResponses, satisfactionIndex } from 'asn-kit/service-quality';
 * const index = satisfactionIndex({ nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] });
 * if (index.isOk()) [index.value.converted, index.value.grade, index.value.label.id]; // => [83.89, 'B', 'Baik']
 * // Parse the questionnaires once at the boundary, then compute without a second check:
 * const responses = parseSkmResponses([[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, null, 4, 3, 3, 4, 3, 3]]);
 * if (responses.isOk()) satisfactionIndex({ responses: responses.value }).map((result) => [result.converted, result.grade]); // => Ok([86.11, 'B'])
 * satisfactionIndex({ responses: [[4, 4, 4, 4, 5, 4, 4, 4, 4]] }).match(
 *   () => 'ok',
 *   (error) => error.code,
 * ); // => 'service-quality/invalid-input'
 * ```
 */
export function satisfactionIndex(
  params: SatisfactionIndexParams,
  options?: SurveyOptions,
): Result<SatisfactionIndex, ServiceQualityError> {
  const parsedOptions = surveyOptionsOf(options);
  if (parsedOptions.isErr()) return err(parsedOptions.error);
  const { scheme, weight: customWeight, order } = parsedOptions.value;
  const row = SKM_SCHEME_BY_ID[scheme];
  const codes: readonly SkmElementCode[] = row.elements.map((element) => element.code);
  const columns: readonly SkmElementCode[] = order ?? codes;
  const columnOf = codes.map((code) => columns.indexOf(code));
  const reasons: Reason<ServiceQualityReasonCode>[] = [];

  let inputs: readonly { nrr: number; answers?: number }[];
  let respondents: number | undefined;
  const given = fieldsOf(params);
  if ('responses' in given) {
    const parsed = responsesOf(given as SatisfactionFromResponses, codes.length);
    if (parsed.isErr()) return err(parsed.error);
    const responses = parsed.value;
    const tallied = tally(responses, columnOf);
    const unansweredAt = tallied.findIndex((element) => element.count === 0);
    if (unansweredAt >= 0) {
      const unanswered = codes[unansweredAt] as SkmElementCode;
      return err(serviceQualityError(
        'service-quality/no-answers',
        inputBasis(row),
        {
          id: `Unsur "${unanswered}" tidak dijawab oleh satu responden pun, sehingga NRR-nya tidak dapat dihitung.`,
          en: `No questionnaire answered the element "${unanswered}", so its NRR cannot be computed.`,
        },
        { element: unanswered },
      ));
    }
    respondents = responses.length;
    inputs = tallied.map(({ sum, count }) => ({ nrr: sum / count, answers: count }));
    const missing: Record<string, number> = {};
    for (const [e, { count }] of tallied.entries()) {
      if (count < responses.length) missing[codes[e] as string] = responses.length - count;
    }
    if (Object.keys(missing).length > 0) {
      reasons.push(
        reason(
          'service-quality/missing-answers',
          'warning',
          inputBasis(row),
          {
            id: 'Sebagian kuesioner tidak menjawab semua unsur; NRR tiap unsur dibagi dengan jumlah jawaban yang terisi.',
            en: 'Some questionnaires left elements unanswered; each NRR divides by the answers actually given.',
          },
          { missing },
        ),
      );
    }
  } else {
    const arrayForm = 'nrr' in given && Array.isArray(given.nrr);
    const parsed = validate(nrrParamsSchema(scheme, codes, arrayForm), params, CODE);
    if (parsed.isErr()) return err(parsed.error);
    const list = parsed.value.nrr as readonly number[];
    const record = parsed.value.nrr as Readonly<Record<string, number>>;
    inputs = arrayForm
      ? columnOf.map((column) => ({ nrr: list[column] as number }))
      : codes.map((code) => ({ nrr: record[code] as number }));
  }

  const weight = customWeight ?? 1 / codes.length;
  if (customWeight !== undefined) {
    reasons.push(
      reason(
        'service-quality/custom-weight',
        'warning',
        { ...row.basis, note: 'the exact weight is 1 / number of elements', interpretation: 'satisfaction-index' },
        {
          id: `Bobot ${String(customWeight).replace('.', ',')} dipakai sebagai pengganti bobot tepat 1/${codes.length}.`,
          en: `The weight ${customWeight} was used instead of the exact 1/${codes.length}.`,
        },
        { weight: customWeight, exact: 1 / codes.length },
      ),
    );
  }
  const elements: ElementScore[] = row.elements.map((element, e) => {
    const { nrr, answers } = inputs[e] as { nrr: number; answers?: number };
    const converted = roundDecimal(nrr * 25, 2);
    const score = {
      code: element.code,
      label: element.label,
      nrr,
      weighted: nrr * weight,
      converted,
      grade: bandOf(row, converted).grade,
    };
    return answers === undefined ? score : { ...score, answers };
  });
  const ikm =
    customWeight === undefined
      ? inputs.reduce((sum, input) => sum + input.nrr, 0) / codes.length
      : elements.reduce((sum, element) => sum + element.weighted, 0);
  const converted = roundDecimal(ikm * 25, 2);
  const band = bandOf(row, converted);
  const shown = bothWays(converted, 2);
  reasons.unshift(
    reason(
      'service-quality/grade',
      'info',
      { ...row.basis, interpretation: 'satisfaction-index' },
      {
        id: `IKM ${bothWays(ikm, 4).id} × 25 = ${shown.id}: mutu ${band.grade} (${band.label.id}), rentang ${bothWays(band.from, 2).id}–${bothWays(band.to, 2).id}.`,
        en: `IKM ${bothWays(ikm, 4).en} × 25 = ${shown.en}: grade ${band.grade} (${band.label.en}), band ${bothWays(band.from, 2).en}–${bothWays(band.to, 2).en}.`,
      },
      { ikm, converted, grade: band.grade },
    ),
  );
  const index = { scheme, elements, weight, ikm, converted, grade: band.grade, label: band.label, reasons };
  return ok(respondents === undefined ? index : { ...index, respondents });
}
