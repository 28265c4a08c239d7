import { z } from 'zod';
import { isoDateSchema } from '../core';
import { positionSchema } from '../employee';
import { DEVELOPMENT_FORMS, DEVELOPMENT_FORM_CODES, type DevelopmentSuggestion } from './rules/development';
import type { JpmScheme } from './rules/jpm-schemes';
import type { NineBoxScheme, PotentialBands } from './rules/talent';

/**
 * Competency levels by competency code, e.g. `{ integrity: 3, 'decision-making': 2 }`: a standard or the actual
 * levels an assessment found. Every level is a whole number 1–5 (PermenPANRB 38/2017).
 *
 * @example
 * ```ts
 * import type { CompetencyLevels } from 'asn-kit/competency';
 * const actual: CompetencyLevels = { integrity: 3, cooperation: 2 };
 * ```
 */
export type CompetencyLevels = Readonly<Record<string, number>>;

const MAX_CODE_LENGTH = 64;

/**
 * The zod schema of {@link CompetencyLevels}: a plain object with at least one entry, each key a non-empty code,
 * each value a whole number 1–5. Written as one hand-rolled check so that 100,000 assessments validate in
 * milliseconds; the issues carry the path of each bad level.
 *
 * @example
 * ```ts
 * import { competencyLevelsSchema } from 'asn-kit/competency';
 * competencyLevelsSchema.safeParse({ integrity: 6 }).success; // => false
 * ```
 */
export const competencyLevelsSchema = /* @__PURE__ */ z.custom<CompetencyLevels>().check((ctx) => {
  checkLevels(ctx.value, [], ctx.issues);
});

/** Pushes an issue per malformed level of a levels record found at `path`. */
function checkLevels(value: unknown, path: readonly string[], issues: z.core.$ZodRawIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ code: 'custom', input: value, path: [...path], message: 'Expected an object of competency levels' });
    return;
  }
  const record = value as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(record)) {
    count += 1;
    const level = record[key];
    if (key.length > MAX_CODE_LENGTH) {
      issues.push({ code: 'custom', input: key, path: [...path, key], message: `A competency code has at most ${MAX_CODE_LENGTH} characters` });
    }
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
      issues.push({ code: 'custom', input: level, path: [...path, key], message: 'A competency level is a whole number from 1 to 5' });
    }
  }
  if (count === 0) issues.push({ code: 'custom', input: value, path: [...path], message: 'At least one competency is needed' });
}

/** Whether a value is a valid levels record: the predicate the schemas are built from, for the hot path. */
export function isCompetencyLevels(value: unknown): value is CompetencyLevels {
  const issues: z.core.$ZodRawIssue[] = [];
  checkLevels(value, [], issues);
  return issues.length === 0;
}

/**
 * The standard and the actual levels of one assessment, validated together in one pass (the hot path of
 * {@link competencyGap} and {@link jobPersonMatch}).
 */
export const levelsPairSchema = /* @__PURE__ */ z
  .custom<{ readonly standard: CompetencyLevels; readonly actual: CompetencyLevels }>()
  .check((ctx) => {
    const value = ctx.value as { readonly standard: unknown; readonly actual: unknown };
    checkLevels(value.standard, ['standard'], ctx.issues);
    checkLevels(value.actual, ['actual'], ctx.issues);
  });

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The zod schema of a competency code: kebab-case letters and digits, e.g. `'road-asset-management'`.
 *
 * @example
 * ```ts
 * import { competencyCodeSchema } from 'asn-kit/competency';
 * competencyCodeSchema.safeParse('Decision Making').success; // => false
 * ```
 */
export const competencyCodeSchema = /* @__PURE__ */ z.string().max(MAX_CODE_LENGTH).regex(CODE, 'Expected a kebab-case code');

const localizedTextSchema = /* @__PURE__ */ z.object({ id: z.string().min(1), en: z.string().min(1) });

const legalBasisSchema = /* @__PURE__ */ z.object({
  instrument: z.string().min(1),
  article: z.string().min(1).exactOptional(),
  note: z.string().min(1).exactOptional(),
});

/**
 * The zod schema of a technical competency definition (the same shape as the built-in dictionary): a code, a
 * name, a description, exactly five levels numbered 1 to 5 in order, and optionally its basis.
 *
 * @example
 * ```ts
 * import { technicalCompetencySchema } from 'asn-kit/competency';
 * technicalCompetencySchema.safeParse({ code: 'x', name: { id: 'X', en: 'X' } }).success; // => false
 * ```
 */
export const technicalCompetencySchema = /* @__PURE__ */ z.object({
  code: competencyCodeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  levels: z
    .array(z.object({ level: z.int().min(1).max(5), description: localizedTextSchema }))
    .length(5)
    .refine((levels) => levels.every((entry, index) => entry.level === index + 1), {
      error: 'Levels must be numbered 1 to 5 in order',
    }),
  basis: legalBasisSchema.exactOptional(),
});

/**
 * The input of {@link defineCompetency}.
 *
 * @example
 * ```ts
 * import type { TechnicalCompetencyInput } from 'asn-kit/competency';
 * type Code = TechnicalCompetencyInput['code']; // string
 * ```
 */
export type TechnicalCompetencyInput = z.input<typeof technicalCompetencySchema>;

/** A NIP as the competency inputs take it: 18 digits, no separators (RULINGS R-E1). */
const nipSchema = /* @__PURE__ */ z.string().regex(/^\d{18}$/, 'A NIP is 18 digits without separators');

/**
 * The zod schema of a custom JPM scheme: categories best first with strictly decreasing minimums, the last 0.
 *
 * @example
 * ```ts
 * import { jpmSchemeSchema } from 'asn-kit/competency';
 * jpmSchemeSchema.safeParse({ name: 'x', label: { id: 'x', en: 'x' }, basis: { instrument: 'x' },
 *   categories: [{ code: 'a', label: { id: 'A', en: 'A' }, min: 50 }] }).success; // => false (no 0 floor)
 * ```
 */
export const jpmSchemeSchema = /* @__PURE__ */ z
  .object({
    name: z.string().min(1),
    label: localizedTextSchema,
    basis: legalBasisSchema,
    categories: z
      .array(z.object({ code: z.string().min(1), label: localizedTextSchema, min: z.number().min(0).max(1000) }))
      .min(1),
  })
  .refine(
    (scheme) =>
      scheme.categories.every((category, index, all) => index === 0 || category.min < (all[index - 1]?.min ?? 0)) &&
      scheme.categories[scheme.categories.length - 1]?.min === 0,
    { error: 'Categories must be best first with strictly decreasing min, the last with min 0', path: ['categories'] },
  );

/**
 * The options of {@link jobPersonMatch} and {@link classifyJpm}.
 *
 * @example
 * ```ts
 * import type { JpmOptions } from 'asn-kit/competency';
 * const options: JpmOptions = { scheme: 'selection' };
 * ```
 */
export interface JpmOptions {
  /** `'mapping'` (default), `'selection'` or a custom {@link JpmScheme}. */
  readonly scheme?: 'mapping' | 'selection' | JpmScheme;
}

/** The zod schema of {@link JpmOptions}. */
export const jpmOptionsSchema = /* @__PURE__ */ z
  .object({ scheme: z.union([z.enum(['mapping', 'selection']), jpmSchemeSchema]).optional() })
  .optional();

/**
 * The zod schema of a development activity. A classroom activity gives its `minutes` (1 JP = 45 minutes) or the
 * `jp` on its certificate; every other activity gives its `jp`. JP and minutes are never negative.
 *
 * @example
 * ```ts
 * import { developmentActivitySchema } from 'asn-kit/competency';
 * developmentActivitySchema.safeParse({ form: 'coaching', title: 'Coaching', date: '2026-03-02', jp: -2 }).success;
 * // => false
 * ```
 */
export const developmentActivitySchema = /* @__PURE__ */ z
  .object({
    form: z.enum(DEVELOPMENT_FORM_CODES),
    title: z.string().min(1),
    date: isoDateSchema,
    status: z.enum(['completed', 'planned']).default('completed'),
    minutes: z.number().min(0).max(1_000_000).exactOptional(),
    jp: z.number().min(0).max(100_000).exactOptional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.jp !== undefined) return;
    const classroom = DEVELOPMENT_FORMS.some((form) => form.code === activity.form && form.path === 'classroom');
    if (activity.minutes === undefined || !classroom) {
      ctx.addIssue({ code: 'custom', path: ['jp'], message: 'An activity needs its JP (a classroom activity may give its minutes instead)' });
    }
  });

/**
 * A development activity, as {@link developmentActivitySchema} reads it.
 *
 * @example
 * ```ts
 * import type { DevelopmentActivityInput } from 'asn-kit/competency';
 * const activity: DevelopmentActivityInput = { form: 'e-learning', title: 'ASN Corpu: SPBE', date: '2026-05-04', jp: 6 };
 * ```
 */
export type DevelopmentActivityInput = z.input<typeof developmentActivitySchema>;

/**
 * The zod schema of the employee facts development hours need: the kind and, optionally, the position
 * (a PPPK in certain JPT utama or madya positions has no 24-JP cap). An `Employee` of `asn-kit/employee` fits.
 *
 * @example
 * ```ts
 * import { developmentEmployeeSchema } from 'asn-kit/competency';
 * developmentEmployeeSchema.safeParse({ kind: 'PPPK' }).success; // => true
 * ```
 */
export const developmentEmployeeSchema = /* @__PURE__ */ z.object({
  kind: z.enum(['PNS', 'CPNS', 'PPPK']),
  position: positionSchema.exactOptional(),
});

/**
 * The employee facts of {@link developmentHours}.
 *
 * @example
 * ```ts
 * import type { DevelopmentEmployeeInput } from 'asn-kit/competency';
 * const employee: DevelopmentEmployeeInput = { kind: 'PNS' };
 * ```
 */
export type DevelopmentEmployeeInput = z.input<typeof developmentEmployeeSchema>;

const kindSchema = /* @__PURE__ */ z.enum(['managerial', 'socio-cultural', 'technical']);

/** The zod schema of a development-suggestion row. */
export const developmentSuggestionSchema = /* @__PURE__ */ z.object({
  kind: kindSchema,
  minShortfall: z.int().min(1).max(4),
  forms: z.array(z.enum(DEVELOPMENT_FORM_CODES)).min(1),
  jpPerLevel: z.number().min(0).max(10_000),
});

/**
 * The zod schema of the shortfalls {@link developmentNeeds} plans for: a list of competency codes with their
 * shortfall (0–4 levels) and, optionally, their kind. A gap's `belowStandard` list fits.
 *
 * @example
 * ```ts
 * import { shortfallsSchema } from 'asn-kit/competency';
 * shortfallsSchema.safeParse([{ competency: 'integrity', shortfall: -1 }]).success; // => false
 * ```
 */
export const shortfallsSchema = /* @__PURE__ */ z.array(
  z.object({ competency: z.string().min(1).max(MAX_CODE_LENGTH), shortfall: z.int().min(0).max(4), kind: kindSchema.exactOptional() }),
);

/**
 * A shortfall, as {@link shortfallsSchema} reads it.
 *
 * @example
 * ```ts
 * import type { ShortfallInput } from 'asn-kit/competency';
 * const item: ShortfallInput = { competency: 'decision-making', shortfall: 2 };
 * ```
 */
export type ShortfallInput = z.input<typeof shortfallsSchema>[number];

/**
 * The options of {@link developmentNeeds}.
 *
 * @example
 * ```ts
 * import type { DevelopmentNeedsOptions } from 'asn-kit/competency';
 * const options: DevelopmentNeedsOptions = {
 *   suggestions: [{ kind: 'managerial', minShortfall: 1, forms: ['mentoring'], jpPerLevel: 8 }],
 * };
 * ```
 */
export interface DevelopmentNeedsOptions {
  /** The suggestion table; default {@link DEVELOPMENT_SUGGESTIONS}. */
  readonly suggestions?: readonly DevelopmentSuggestion[];
}

/** The zod schema of {@link DevelopmentNeedsOptions}. */
export const developmentNeedsOptionsSchema = /* @__PURE__ */ z
  .object({ suggestions: z.array(developmentSuggestionSchema).optional() })
  .optional();

/** The zod schema of a custom nine-box numbering: each number 1–9 exactly once. */
export const nineBoxSchemeSchema = /* @__PURE__ */ z
  .object({
    name: z.string().min(1),
    label: localizedTextSchema,
    basis: legalBasisSchema,
    boxes: z.object({
      above: z.tuple([z.int(), z.int(), z.int()]),
      meets: z.tuple([z.int(), z.int(), z.int()]),
      below: z.tuple([z.int(), z.int(), z.int()]),
    }),
  })
  .refine(
    (scheme) => {
      const all = [...scheme.boxes.above, ...scheme.boxes.meets, ...scheme.boxes.below].sort((a, b) => a - b);
      return all.every((box, index) => box === index + 1);
    },
    { error: 'A nine-box numbering uses each of 1–9 exactly once', path: ['boxes'] },
  );

/**
 * The options of {@link talentBox} and {@link talentPool}.
 *
 * @example
 * ```ts
 * import type { TalentOptions } from 'asn-kit/competency';
 * const options: TalentOptions = { scheme: 'kemenkeu' };
 * ```
 */
export interface TalentOptions {
  /** `'permenpanrb-3-2020'` (default), `'kemenkeu'` or a custom {@link NineBoxScheme}. */
  readonly scheme?: 'permenpanrb-3-2020' | 'kemenkeu' | NineBoxScheme;
}

/** The zod schema of {@link TalentOptions}. */
export const talentOptionsSchema = /* @__PURE__ */ z
  .object({ scheme: z.union([z.enum(['permenpanrb-3-2020', 'kemenkeu']), nineBoxSchemeSchema]).optional() })
  .optional();

/** The zod schema of the kinerja input of the nine-box: a predikat or an axis value. */
export const talentPerformanceInputSchema = /* @__PURE__ */ z.enum([
  'very-good',
  'good',
  'needs-improvement',
  'poor',
  'very-poor',
  'above',
  'meets',
  'below',
]);

/** The zod schema of a potensial level. */
export const talentPotentialSchema = /* @__PURE__ */ z.enum(['high', 'medium', 'low']);

/**
 * The zod schema of one person in {@link talentPool}.
 *
 * @example
 * ```ts
 * import { talentEntrySchema } from 'asn-kit/competency';
 * talentEntrySchema.safeParse({ nip: '198503152010012003', performance: 'good', potential: 'high' }).success;
 * // => true
 * ```
 */
export const talentEntrySchema = /* @__PURE__ */ z.object({
  nip: nipSchema,
  name: z.string().min(1).exactOptional(),
  performance: talentPerformanceInputSchema,
  potential: talentPotentialSchema,
});

/**
 * One person in {@link talentPool}.
 *
 * @example
 * ```ts
 * import type { TalentEntryInput } from 'asn-kit/competency';
 * const entry: TalentEntryInput = { nip: '198503152010012003', performance: 'very-good', potential: 'medium' };
 * ```
 */
export type TalentEntryInput = z.input<typeof talentEntrySchema>;

/** The zod schema of {@link derivePotential}'s scores: named results on a 0–100 scale, at least one. */
export const potentialScoresSchema = /* @__PURE__ */ z
  .record(z.string().min(1), z.number().min(0).max(100))
  .refine((scores) => Object.keys(scores).length > 0, { error: 'At least one score is needed' });

/**
 * The options of {@link derivePotential}.
 *
 * @example
 * ```ts
 * import type { PotentialOptions } from 'asn-kit/competency';
 * const options: PotentialOptions = { weights: { jpm: 2, track: 1 }, bands: 'score-100' };
 * ```
 */
export interface PotentialOptions {
  /** A weight (≥ 0) per score, naming exactly the scores given; default: equal weights. */
  readonly weights?: Readonly<Record<string, number>>;
  /** `'jpm'` (default), `'score-100'` or custom {@link PotentialBands}. */
  readonly bands?: 'jpm' | 'score-100' | PotentialBands;
}

/** The zod schema of {@link PotentialOptions}. */
export const potentialOptionsSchema = /* @__PURE__ */ z
  .object({
    weights: z.record(z.string().min(1), z.number().min(0).max(1000)).optional(),
    bands: z
      .union([
        z.enum(['jpm', 'score-100']),
        z
          .object({ name: z.string().min(1), high: z.number().min(0).max(100), medium: z.number().min(0).max(100) })
          .refine((bands) => bands.medium < bands.high, { error: 'medium must be below high', path: ['medium'] }),
      ])
      .optional(),
  })
  .optional();

/**
 * The zod schema of a roster member for {@link trainingNeeds}: the NIP, optionally the name and the position
 * (used for the default standard). An `Employee` of `asn-kit/employee` fits.
 *
 * @example
 * ```ts
 * import { rosterMemberSchema } from 'asn-kit/competency';
 * rosterMemberSchema.safeParse({ nip: '198503152010012003', name: 'Rina', position: { type: 'pengawas' } }).success;
 * // => true
 * ```
 */
export const rosterMemberSchema = /* @__PURE__ */ z.object({
  nip: nipSchema,
  name: z.string().min(1).exactOptional(),
  position: positionSchema.exactOptional(),
});

/**
 * A roster member, as {@link rosterMemberSchema} reads it.
 *
 * @example
 * ```ts
 * import type { RosterMemberInput } from 'asn-kit/competency';
 * const member: RosterMemberInput = { nip: '198503152010012003', position: { type: 'administrator' } };
 * ```
 */
export type RosterMemberInput = z.input<typeof rosterMemberSchema>;

/**
 * The zod schema of an assessment result: who, when, the actual levels and, optionally, the standard of the
 * position (without it, the default standard of the employee's position on the assessment date is used).
 *
 * @example
 * ```ts
 * import { assessmentSchema } from 'asn-kit/competency';
 * assessmentSchema.safeParse({ nip: '198503152010012003', date: '2026-02-10', actual: { integrity: 3 } }).success;
 * // => true
 * ```
 */
export const assessmentSchema = /* @__PURE__ */ z.object({
  nip: nipSchema,
  date: isoDateSchema,
  actual: competencyLevelsSchema,
  standard: competencyLevelsSchema.exactOptional(),
});

/**
 * An assessment result, as {@link assessmentSchema} reads it.
 *
 * @example
 * ```ts
 * import type { AssessmentInput } from 'asn-kit/competency';
 * const assessment: AssessmentInput = { nip: '198503152010012003', date: '2026-02-10', actual: { integrity: 2 } };
 * ```
 */
export type AssessmentInput = z.input<typeof assessmentSchema>;

/**
 * The zod schema of a training catalogue entry: an offering that develops one competency.
 *
 * @example
 * ```ts
 * import { catalogueEntrySchema } from 'asn-kit/competency';
 * catalogueEntrySchema.safeParse({ competency: 'public-service', title: 'Pelayanan Prima', form: 'course', jp: 24 })
 *   .success; // => true
 * ```
 */
export const catalogueEntrySchema = /* @__PURE__ */ z.object({
  competency: z.string().min(1).max(MAX_CODE_LENGTH),
  title: z.string().min(1),
  form: z.enum(DEVELOPMENT_FORM_CODES),
  jp: z.number().min(0).max(10_000),
  provider: z.string().min(1).exactOptional(),
});

/**
 * A training catalogue entry, as {@link catalogueEntrySchema} reads it.
 *
 * @example
 * ```ts
 * import type { CatalogueEntryInput } from 'asn-kit/competency';
 * const entry: CatalogueEntryInput = {
 *   competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24, provider: 'BPSDM Sumut',
 * };
 * ```
 */
export type CatalogueEntryInput = z.input<typeof catalogueEntrySchema>;
