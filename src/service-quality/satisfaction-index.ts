import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { fail, reason, roundDecimal, validate, type LegalBasis, type LocalizedText, type Reason } from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { bandOf, bothWays } from './grading';
import { SKM_SCHEME_BY_ID, type SkmElementCode, type SkmGrade, type SkmSchemeId, type SkmSchemeRow } from './rules/skm-schemes';
import { nrrSchema, skmResponsesSchema, surveyOptionsSchema, type SkmResponses } from './schemas';

/**
 * The data `satisfactionIndex` works from: the filled questionnaires (`responses`), or the NRR of each element
 * already computed (`nrr`, an array in the scheme's order or an object keyed by element code).
 *
 * @example
 * ```ts
 * import type { SatisfactionInput } from 'asn-kit/service-quality';
 * const fromNrr: SatisfactionInput = { nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] };
 * const fromAnswers: SatisfactionInput = { responses: [[4, 4, 4, 4, 4, 4, 4, 4, 4]] };
 * ```
 */
export type SatisfactionInput =
  | {
      /** The filled questionnaires: one array of answers 1–4 (or `null`) per respondent. */
      readonly responses: SkmResponses;
    }
  | {
      /** The NRR of each element: an array in the scheme's order (or `order`), or an object keyed by element code. */
      readonly nrr: readonly number[] | Readonly<Partial<Record<SkmElementCode, number>>>;
    };

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
 * const index: SatisfactionIndex = satisfactionIndex({ nrr: [4, 4, 4, 4, 4, 4, 4, 4, 4] })._unsafeUnwrap();
 * index.grade; // => 'A'
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

function inputBasis(row: SkmSchemeRow): LegalBasis {
  return { ...row.basis, note: 'R-Q1' };
}

/** Per element (scheme order): the sum of the answers and how many there are. One pass, no copies. */
function tally(responses: SkmResponses, columnOf: readonly number[]): { sum: number; count: number }[] {
  const size = columnOf.length;
  const sums = new Array<number>(size).fill(0);
  const counts = new Array<number>(size).fill(0);
  for (const row of responses) {
    for (let j = 0; j < size; j += 1) {
      const answer = row[j];
      if (answer !== null && answer !== undefined) {
        // j < size: both arrays hold a number at j.
        sums[j] = (sums[j] as number) + answer;
        counts[j] = (counts[j] as number) + 1;
      }
    }
  }
  return columnOf.map((column) => ({ sum: sums[column] as number, count: counts[column] as number }));
}

/**
 * Computes the satisfaction index (Indeks Kepuasan Masyarakat) of a service unit from its SKM questionnaires or
 * from the NRR of each element, following PermenPANRB 14/2017 and RULINGS R-Q1:
 * NRR per element = Σ answers / number of answers to that element (a missing answer is left out, not counted as 0);
 * weight = exactly 1 / number of elements (1/9); IKM = Σ NRR × weight; converted value = IKM × 25 rounded to
 * 2 decimals; grade from the interval table on the converted value (25.00–64.99 D Tidak Baik,
 * 65.00–76.60 C Kurang Baik, 76.61–88.30 B Baik, 88.31–100.00 A Sangat Baik). Option `scheme: '2004'` applies the
 * 14 elements and table of KEP/25/M.PAN/2/2004 to old data; option `weight` reproduces reports that used a printed
 * weight such as 0,111.
 *
 * @param input - `{ responses }` (arrays of answers 1–4 or `null`, one per element) or `{ nrr }`.
 * @param options - {@link SurveyOptions}: `scheme`, `weight`, `order` (`population` is ignored here).
 * @returns `Ok(index)`; `Err` with `service-quality/invalid-input` (the path of each bad answer) or
 *   `service-quality/no-answers` (an element nobody answered).
 * @see Official: PermenPANRB 14/2017, Lampiran (pengolahan data survei; nilai interval konversi)
 * @example
 * ```ts
 * import { satisfactionIndex } from 'asn-kit/service-quality';
 * const index = satisfactionIndex({ nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] })._unsafeUnwrap();
 * [index.converted, index.grade, index.label.id]; // => [83.89, 'B', 'Baik']
 * satisfactionIndex({ responses: [[4, 4, 4, 4, 5, 4, 4, 4, 4]] })._unsafeUnwrapErr().code;
 * // => 'service-quality/invalid-input'
 * ```
 */
export function satisfactionIndex(
  input: unknown,
  options: unknown = {},
): Result<SatisfactionIndex, ServiceQualityError> {
  const parsedOptions = validate(surveyOptionsSchema, options, CODE);
  if (parsedOptions.isErr()) return err(parsedOptions.error);
  const { scheme, weight: customWeight, order } = parsedOptions.value;
  const row = SKM_SCHEME_BY_ID[scheme];
  const codes: readonly SkmElementCode[] = row.elements.map((element) => element.code);
  const columns: readonly SkmElementCode[] = order ?? codes;
  const columnOf = codes.map((code) => columns.indexOf(code));
  const reasons: Reason<ServiceQualityReasonCode>[] = [];

  let inputs: readonly { nrr: number; answers?: number }[];
  let respondents: number | undefined;
  if (typeof input === 'object' && input !== null && 'responses' in input) {
    const parsed = validate(z.object({ responses: skmResponsesSchema(codes.length) }), { responses: input.responses }, CODE);
    if (parsed.isErr()) return err(parsed.error);
    const responses = parsed.value.responses;
    const tallied = tally(responses, columnOf);
    const unansweredAt = tallied.findIndex((element) => element.count === 0);
    if (unansweredAt >= 0) {
      const unanswered = codes[unansweredAt] as SkmElementCode;
      return fail(
        'service-quality/no-answers',
        inputBasis(row),
        {
          id: `Unsur "${unanswered}" tidak dijawab oleh satu responden pun, sehingga NRR-nya tidak dapat dihitung.`,
          en: `No questionnaire answered the element "${unanswered}", so its NRR cannot be computed.`,
        },
        { element: unanswered },
      );
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
    const source = typeof input === 'object' && input !== null && 'nrr' in input ? input.nrr : undefined;
    const arrayForm = Array.isArray(source);
    const parsed = validate(z.object({ nrr: nrrSchema(columns, arrayForm) }), { nrr: source }, CODE);
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
        { ...row.basis, note: 'R-Q1: the exact weight is 1 / number of elements' },
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
      { ...row.basis, note: 'R-Q1' },
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
