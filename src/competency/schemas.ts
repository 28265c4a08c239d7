import * as z from 'zod/mini';
import { boundedText, itemList, recordList } from '../core/schemas';
import { INPUT_LIMITS, isoDateSchema, legalBasisSchema, localizedTextSchema, type LocalizedIssue, type IsoDate, type LegalBasis, type LocalizedText } from '../core';
import { positionSchema, type Position } from '../employee';
import type { Predikat } from '../performance/predikat';
import { DEVELOPMENT_FORMS, DEVELOPMENT_FORM_CODES, type DevelopmentFormCode, type DevelopmentSuggestion } from './rules/development';
import type { CompetencyKind, CompetencyLevelDescription } from './rules/dictionary';
import type { JpmScheme } from './rules/jpm-schemes';
import type { StandardPositionKey } from './rules/standard-levels';
import type { NineBoxScheme, PotentialBands, TalentPerformance, TalentPotential } from './rules/talent';
import { localized } from '../core/language';
import { deepFrozen } from '../core/frozen';
import { keysUpTo } from './key-count';

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
const LEVEL_MESSAGE = /* @__PURE__ */ localized({
  id: 'Level kompetensi adalah bilangan bulat 1 sampai 5',
  en: 'A competency level is a whole number from 1 to 5',
});

const nonEmpty = /* @__PURE__ */ boundedText();

/** A level, 1–5: five literals are one set lookup (a third faster than an integer with two bounds). */
const levelSchema: z.ZodMiniType<number, number> = /* @__PURE__ */ (() => z.literal([1, 2, 3, 4, 5], { error: LEVEL_MESSAGE }))();

/** Whether a record has at least one entry (without listing its keys). */
function hasEntries(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** Whether a value is an object of more than `most` keys. */
function holdsMoreKeys(value: unknown, most: number): boolean {
  return typeof value === 'object' && value !== null && keysUpTo(value, most) > most;
}

/**
 * A record schema that holds at most `INPUT_LIMITS.items` keys (competency codes, score names), as a list inside
 * one record holds at most that many items: the total of a call alone would let one record hold 200,000. The keys
 * are counted, only that far, before zod reads any entry (zod does so for a list's length, not for a record's), so
 * a larger record is refused unread. `z.toJSONSchema` writes the record itself.
 */
function boundedRecord<T extends z.ZodMiniType<Record<string, number>, Record<string, number>>>(
  record: T,
): z.ZodMiniPipe<z.ZodMiniTransform<Record<string, number>, Record<string, number>>, T> {
  const most = INPUT_LIMITS.items;
  const message = localized({ id: `Terlalu besar: diharapkan objek memiliki <=${String(most)} kunci`, en: `Too big: expected object to have <=${String(most)} keys` });
  // Typed as the record's input for z.input; a JavaScript caller may pass anything.
  const guard = z.transform((value: Record<string, number>, payload) => {
    if (holdsMoreKeys(value, most)) {
      payload.issues.push({ code: 'too_big', origin: 'object', maximum: most, inclusive: true, input: value, message: message() });
    }
    return value;
  });
  return z.pipe(guard, record);
}

/**
 * The zod schema of {@link CompetencyLevels}: a plain object with 1 to 1,000 entries (`INPUT_LIMITS.items`), each
 * key a code of at most 64 characters, each value a whole number 1–5. It builds a new object (the caller's is never
 * returned), and `z.toJSONSchema` writes it as an object whose values are one of 1, 2, 3, 4 and 5.
 *
 * @example
 * ```ts
 * import { competencyLevelsSchema } from 'asn-kit/competency';
 * competencyLevelsSchema.safeParse({ integrity: 6 }).success; // => false
 * competencyLevelsSchema.safeParse({ integrity: 3 }).success; // => true
 * ```
 */
export const competencyLevelsSchema = /* @__PURE__ */ (() => boundedRecord(z
  .record(z.string().check(z.maxLength(MAX_CODE_LENGTH)), levelSchema, {
    error: (issue) =>
      localized(
        issue.code !== 'invalid_key'
          ? { id: 'Diharapkan objek berisi level kompetensi', en: 'Expected an object of competency levels' }
          : typeof issue.input === 'string'
            ? { id: `Kode kompetensi paling banyak ${MAX_CODE_LENGTH} karakter`, en: `A competency code has at most ${MAX_CODE_LENGTH} characters` }
            : { id: 'Kode kompetensi berupa string', en: 'A competency code is a string' },
      )(),
  })
  .check(z.refine(hasEntries, { error: localized({ id: 'Diperlukan paling sedikit satu kompetensi', en: 'At least one competency is needed' }) }))))();

/** The standard and the actual levels of one assessment: the arguments of `competencyGap` and `jobPersonMatch`. */
export const levelsPairSchema = /* @__PURE__ */ (() => z.object({ standard: competencyLevelsSchema, actual: competencyLevelsSchema }))();

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
export const competencyCodeSchema = /* @__PURE__ */ (() => z
  .string()
  .check(z.maxLength(MAX_CODE_LENGTH), z.regex(CODE, 'Expected a kebab-case code')))();

const competencyKindSchema = /* @__PURE__ */ (() => z.enum(['managerial', 'socio-cultural', 'technical']))();

const levelDescriptionsSchema = /* @__PURE__ */ (() => z
  .array(z.object({ level: z.int().check(z.minimum(1), z.maximum(5)), description: localizedTextSchema }))
  .check(
    z.length(5),
    z.refine((levels) => levels.every((entry, index) => entry.level === index + 1), {
      error: localized({ id: 'Level harus bernomor 1 sampai 5 secara berurutan', en: 'Levels must be numbered 1 to 5 in order' }),
    }),
  ))();

/**
 * The zod schema of a technical competency definition (the same shape as the built-in dictionary): a code, a
 * name, a description, exactly five levels numbered 1 to 5 in order, and optionally its basis. Other keys are
 * dropped.
 *
 * @example
 * ```ts
 * import { technicalCompetencySchema } from 'asn-kit/competency';
 * technicalCompetencySchema.safeParse({ code: 'x', name: { id: 'X', en: 'X' } }).success; // => false
 * ```
 */
export const technicalCompetencySchema = /* @__PURE__ */ (() => z.object({
  code: competencyCodeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  levels: levelDescriptionsSchema,
  basis: z.exactOptional(legalBasisSchema),
}))();

/**
 * A technical competency as {@link parseTechnicalCompetency} returns it: what {@link defineCompetency} takes.
 *
 * @example
 * ```ts
 * import type { TechnicalCompetency } from 'asn-kit/competency';
 * const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `Level ${level}`, en: `Level ${level}` } }));
 * const sipd: TechnicalCompetency = {
 *   code: 'sipd', name: { id: 'SIPD', en: 'SIPD' }, description: { id: 'Mengoperasikan SIPD', en: 'Operates SIPD' }, levels,
 * };
 * ```
 */
export interface TechnicalCompetency {
  /** The kebab-case code, e.g. `'road-asset-management'`. */
  readonly code: string;
  /** The competency's name. */
  readonly name: LocalizedText;
  /** A one-sentence definition. */
  readonly description: LocalizedText;
  /** The five levels, 1 to 5 in order. */
  readonly levels: readonly CompetencyLevelDescription[];
  /** Where the competency is defined; default: the agency under PermenPANRB 38/2017. */
  readonly basis?: LegalBasis;
}

/**
 * A technical competency definition as raw input, before {@link technicalCompetencySchema} checks it.
 *
 * @example
 * ```ts
 * import type { TechnicalCompetencyInput } from 'asn-kit/competency';
 * type Code = TechnicalCompetencyInput['code']; // string
 * ```
 */
export type TechnicalCompetencyInput = z.input<typeof technicalCompetencySchema>;

/** The zod schema of a competency definition in the dictionary's shape (what `defineCompetency` returns). */
export const competencyDefinitionSchema = /* @__PURE__ */ (() => z.extend(technicalCompetencySchema, {
  kind: competencyKindSchema,
  basis: legalBasisSchema,
}))();

/** A NIP as the competency inputs take it: 18 digits, no separators (docs/interpretations.md#nip-layout). */
const nipSchema = /* @__PURE__ */ (() => z.string().check(z.regex(/^\d{18}$/, 'A NIP is 18 digits without separators')))();

/**
 * The zod schema of a custom JPM scheme: 1 to 1,000 categories (`INPUT_LIMITS.items`), best first with strictly
 * decreasing minimums, the last 0.
 *
 * @example
 * ```ts
 * import { jpmSchemeSchema } from 'asn-kit/competency';
 * jpmSchemeSchema.safeParse({ name: 'x', label: { id: 'x', en: 'x' }, basis: { instrument: 'x' },
 *   categories: [{ code: 'a', label: { id: 'A', en: 'A' }, min: 50 }] }).success; // => false (no 0 floor)
 * ```
 */
export const jpmSchemeSchema = /* @__PURE__ */ (() => z.object({
  name: nonEmpty,
  label: localizedTextSchema,
  basis: legalBasisSchema,
  categories: itemList(z.object({ code: nonEmpty, label: localizedTextSchema, min: z.number().check(z.minimum(0), z.maximum(1000)) }))
    .check(
      z.minLength(1),
      z.refine(
        (categories) =>
          categories.every((category, index, all) => index === 0 || category.min < (all[index - 1] as { readonly min: number }).min) &&
          categories[categories.length - 1]?.min === 0,
        {
          error: localized({
            id: 'Kategori diurutkan dari yang terbaik dengan min yang terus menurun, yang terakhir dengan min 0',
            en: 'Categories must be best first with strictly decreasing min, the last with min 0',
          }),
        },
      ),
    ),
}))();

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

/** The zod schema of {@link JpmOptions}: an unknown key is an error that names it. */
export const jpmOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  scheme: z.optional(z.union([z.enum(['mapping', 'selection']), jpmSchemeSchema])),
}))();

/**
 * The zod schema of a development activity: its form, title, date, status (default `completed`) and its `jp` or,
 * for a classroom activity, its `minutes` (1 JP = 45 minutes). JP and minutes are never negative. That an activity
 * has its JP (or, in class, its minutes) is a rule across fields that {@link parseDevelopmentActivity} checks, so
 * the object schema stays extendable.
 *
 * @example
 * ```ts
 * import { developmentActivitySchema } from 'asn-kit/competency';
 * developmentActivitySchema.safeParse({ form: 'coaching', title: 'Coaching', date: '2026-03-02', jp: -2 }).success;
 * // => false
 * ```
 */
export const developmentActivitySchema = /* @__PURE__ */ (() => z.object({
  form: z.enum(DEVELOPMENT_FORM_CODES),
  title: nonEmpty,
  date: isoDateSchema,
  status: z._default(z.enum(['completed', 'planned']), 'completed'),
  minutes: z.exactOptional(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  jp: z.exactOptional(z.number().check(z.minimum(0), z.maximum(100_000))),
}))();

/**
 * The checks across the fields of a development activity that the parser runs after the schema: an activity needs
 * its JP, and only a classroom activity may give its minutes instead.
 *
 * @param activity - The schema's output.
 * @param prefix - The path of the activity in a larger input, e.g. `'activities.0.'`.
 * @returns The issues found.
 */
export function checkDevelopmentActivity(activity: z.output<typeof developmentActivitySchema>, prefix = ''): LocalizedIssue[] {
  if (activity.jp !== undefined) return [];
  const classroom = DEVELOPMENT_FORMS.some((form) => form.code === activity.form && form.path === 'classroom');
  if (activity.minutes !== undefined && classroom) return [];
  return [{
    path: `${prefix}jp`,
    message: {
      id: 'Kegiatan memerlukan JP-nya (kegiatan klasikal boleh memberikan menitnya)',
      en: 'An activity needs its JP (a classroom activity may give its minutes instead)',
    },
  }];
}

/**
 * A development activity as {@link parseDevelopmentActivity} returns it: what {@link developmentHours} takes.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import type { DevelopmentActivity } from 'asn-kit/competency';
 * const activity: DevelopmentActivity = {
 *   form: 'e-learning', title: 'ASN Corpu: SPBE', date: '2026-05-04' as IsoDate, status: 'completed', jp: 6,
 * };
 * ```
 */
export interface DevelopmentActivity {
  /** The development form (PP 11/2017 Pasal 210). */
  readonly form: DevelopmentFormCode;
  /** The activity's title. */
  readonly title: string;
  /** The date it was (or will be) completed. */
  readonly date: IsoDate;
  /** Completed or planned. */
  readonly status: 'completed' | 'planned';
  /** Classroom minutes (1 JP = 45 minutes), when the JP is not given. */
  readonly minutes?: number;
  /** The JP, as on the certificate. */
  readonly jp?: number;
}

/**
 * A development activity as raw input, before {@link developmentActivitySchema} checks it.
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
export const developmentEmployeeSchema = /* @__PURE__ */ (() => z.object({
  kind: z.enum(['PNS', 'CPNS', 'PPPK']),
  position: z.exactOptional(positionSchema),
}))();

/**
 * The employee facts of {@link developmentHours}: an `Employee` of `asn-kit/employee` is one.
 *
 * @example
 * ```ts
 * import type { DevelopmentEmployee } from 'asn-kit/competency';
 * const employee: DevelopmentEmployee = { kind: 'PPPK', position: { type: 'jpt', level: 'madya' } };
 * ```
 */
export interface DevelopmentEmployee {
  /** PNS, CPNS or PPPK. */
  readonly kind: 'PNS' | 'CPNS' | 'PPPK';
  /** The position held. */
  readonly position?: Position;
}

/**
 * The employee facts of {@link developmentHours} as raw input.
 *
 * @example
 * ```ts
 * import type { DevelopmentEmployeeInput } from 'asn-kit/competency';
 * const employee: DevelopmentEmployeeInput = { kind: 'PNS' };
 * ```
 */
export type DevelopmentEmployeeInput = z.input<typeof developmentEmployeeSchema>;

/** The zod schema of a development-suggestion row. */
export const developmentSuggestionSchema = /* @__PURE__ */ (() => z.object({
  kind: competencyKindSchema,
  minShortfall: z.int().check(z.minimum(1), z.maximum(4)),
  forms: itemList(z.enum(DEVELOPMENT_FORM_CODES)).check(z.minLength(1)),
  jpPerLevel: z.number().check(z.minimum(0), z.maximum(10_000)),
}))();

/**
 * The zod schema of one shortfall {@link developmentNeeds} plans for: a competency code with its shortfall
 * (0–4 levels) and, optionally, its kind. An item of a gap's `belowStandard` list fits.
 *
 * @example
 * ```ts
 * import { shortfallSchema } from 'asn-kit/competency';
 * shortfallSchema.safeParse({ competency: 'integrity', shortfall: -1 }).success; // => false
 * ```
 */
export const shortfallSchema = /* @__PURE__ */ (() => z.object({
  competency: z.string().check(z.minLength(1), z.maxLength(MAX_CODE_LENGTH)),
  shortfall: z.int().check(z.minimum(0), z.maximum(4)),
  kind: z.exactOptional(competencyKindSchema),
}))();

/**
 * The zod schema of the shortfalls {@link developmentNeeds} plans for: a list of {@link shortfallSchema}.
 *
 * @example
 * ```ts
 * import { shortfallsSchema } from 'asn-kit/competency';
 * shortfallsSchema.safeParse([{ competency: 'integrity', shortfall: -1 }]).success; // => false
 * ```
 */
export const shortfallsSchema = /* @__PURE__ */ recordList(shortfallSchema);

/**
 * A shortfall as {@link parseShortfall} returns it: an item of a gap's `belowStandard` list is one.
 *
 * @example
 * ```ts
 * import type { Shortfall } from 'asn-kit/competency';
 * const item: Shortfall = { competency: 'decision-making', shortfall: 2 };
 * ```
 */
export interface Shortfall {
  /** The competency code. */
  readonly competency: string;
  /** The levels below standard, 0–4 (0 is skipped). */
  readonly shortfall: number;
  /** The competency's kind; default: built-in codes managerial/socio-cultural, other codes technical. */
  readonly kind?: CompetencyKind;
}

/**
 * A shortfall as raw input, before {@link shortfallSchema} checks it.
 *
 * @example
 * ```ts
 * import type { ShortfallInput } from 'asn-kit/competency';
 * const item: ShortfallInput = { competency: 'decision-making', shortfall: 2 };
 * ```
 */
export type ShortfallInput = z.input<typeof shortfallSchema>;

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

/** The zod schema of {@link DevelopmentNeedsOptions}: an unknown key is an error that names it. */
export const developmentNeedsOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  suggestions: z.optional(itemList(developmentSuggestionSchema)),
}))();

// Three box numbers: an array of length 3 rather than z.tuple, which alone adds about 0.5 kB gzip of zod to a bundle.
const boxRowSchema = /* @__PURE__ */ (() => itemList(z.int()).check(z.length(3)) as unknown as z.ZodMiniType<
  [number, number, number],
  [number, number, number]
>)();

/**
 * The zod schema of a custom nine-box numbering (the box layout of PermenPANRB 3/2020 with your own numbers): the
 * box numbers of the performance rows above, meeting and below expectation, from low to high potential, each
 * number 1–9 exactly once.
 *
 * @example
 * ```ts
 * import { NINE_BOX_SCHEMES, nineBoxSchemeSchema } from 'asn-kit/competency';
 * nineBoxSchemeSchema.safeParse(NINE_BOX_SCHEMES.kemenkeu).success; // => true
 * nineBoxSchemeSchema.safeParse({ ...NINE_BOX_SCHEMES.kemenkeu, boxes: { above: [1, 1, 1], meets: [2, 2, 2], below: [3, 3, 3] } }).success;
 * // => false
 * ```
 */
export const nineBoxSchemeSchema = /* @__PURE__ */ (() => z.object({
  name: nonEmpty,
  label: localizedTextSchema,
  basis: legalBasisSchema,
  boxes: z
    .object({
      above: boxRowSchema,
      meets: boxRowSchema,
      below: boxRowSchema,
    })
    .check(
      z.refine(
        (boxes) => [...boxes.above, ...boxes.meets, ...boxes.below].sort((a, b) => a - b).every((box, index) => box === index + 1),
        { error: localized({ id: 'Penomoran nine-box memakai setiap angka 1–9 tepat sekali', en: 'A nine-box numbering uses each of 1–9 exactly once' }) },
      ),
    ),
}))();

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

/** The zod schema of {@link TalentOptions}: an unknown key is an error that names it. */
export const talentOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  scheme: z.optional(z.union([z.enum(['permenpanrb-3-2020', 'kemenkeu']), nineBoxSchemeSchema])),
}))();

/** The zod schema of the kinerja input of the nine-box: a predikat or an axis value. */
export const talentPerformanceInputSchema = /* @__PURE__ */ (() => z.enum([
  'very-good',
  'good',
  'needs-improvement',
  'poor',
  'very-poor',
  'above',
  'meets',
  'below',
]))();

/** The zod schema of a potensial level. */
export const talentPotentialSchema = /* @__PURE__ */ (() => z.enum(['high', 'medium', 'low']))();

/** The two axes of one nine-box placement: the arguments of `talentBox` besides its options. */
export const talentAxesSchema = /* @__PURE__ */ (() => z.object({
  performance: talentPerformanceInputSchema,
  potential: talentPotentialSchema,
}))();

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
export const talentEntrySchema = /* @__PURE__ */ (() => z.object({
  nip: nipSchema,
  name: z.exactOptional(nonEmpty),
  performance: talentPerformanceInputSchema,
  potential: talentPotentialSchema,
}))();

/**
 * One person in {@link talentPool}, as {@link parseTalentEntry} returns it.
 *
 * @example
 * ```ts
 * import type { TalentEntry } from 'asn-kit/competency';
 * const entry: TalentEntry = { nip: '198503152010012003', performance: 'very-good', potential: 'medium' };
 * ```
 */
export interface TalentEntry {
  /** The employee's NIP, 18 digits. */
  readonly nip: string;
  /** The employee's name. */
  readonly name?: string;
  /** A predikat (`'very-good'` …) or a kinerja axis value (`'above' | 'meets' | 'below'`). */
  readonly performance: Predikat | TalentPerformance;
  /** The potensial axis. */
  readonly potential: TalentPotential;
}

/**
 * One person in {@link talentPool} as raw input.
 *
 * @example
 * ```ts
 * import type { TalentEntryInput } from 'asn-kit/competency';
 * const entry: TalentEntryInput = { nip: '198503152010012003', performance: 'very-good', potential: 'medium' };
 * ```
 */
export type TalentEntryInput = z.input<typeof talentEntrySchema>;

/** The zod schema of {@link derivePotential}'s scores: named results on a 0–100 scale, 1 to 1,000 of them. */
export const potentialScoresSchema = /* @__PURE__ */ (() => boundedRecord(z
  .record(nonEmpty, z.number().check(z.minimum(0), z.maximum(100)))
  .check(z.refine(hasEntries, { error: localized({ id: 'Diperlukan paling sedikit satu nilai', en: 'At least one score is needed' }) }))))();

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

/** The zod schema of {@link PotentialOptions}: an unknown key is an error that names it. */
export const potentialOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  weights: z.optional(boundedRecord(z.record(nonEmpty, z.number().check(z.minimum(0), z.maximum(1000))))),
  bands: z.optional(
    z.union([
      z.enum(['jpm', 'score-100']),
      z
        .object({
          name: nonEmpty,
          high: z.number().check(z.minimum(0), z.maximum(100)),
          medium: z.number().check(z.minimum(0), z.maximum(100)),
        })
        .check(z.refine((bands) => bands.medium < bands.high, { error: localized({ id: 'medium harus di bawah high', en: 'medium must be below high' }), path: ['medium'] })),
    ]),
  ),
}))();

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
export const rosterMemberSchema = /* @__PURE__ */ (() => z.object({
  nip: nipSchema,
  name: z.exactOptional(nonEmpty),
  position: z.exactOptional(positionSchema),
}))();

/**
 * A roster member as {@link parseRosterMember} returns it; an `Employee` of `asn-kit/employee` (parsed by
 * `parseEmployee`) is one.
 *
 * @example
 * ```ts
 * import type { RosterMember } from 'asn-kit/competency';
 * const member: RosterMember = { nip: '198503152010012003', name: 'Rina', position: { type: 'pengawas' } };
 * ```
 */
export interface RosterMember {
  /** The NIP, 18 digits. */
  readonly nip: string;
  /** The name. */
  readonly name?: string;
  /** The position, for the default standard when an assessment has none. */
  readonly position?: Position;
}

/**
 * A roster member as raw input.
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
export const assessmentSchema = /* @__PURE__ */ (() => z.object({
  nip: nipSchema,
  date: isoDateSchema,
  actual: competencyLevelsSchema,
  standard: z.exactOptional(competencyLevelsSchema),
}))();

/**
 * An assessment result as {@link parseAssessment} returns it.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import type { Assessment } from 'asn-kit/competency';
 * const assessment: Assessment = { nip: '198503152010012003', date: '2026-02-10' as IsoDate, actual: { integrity: 2 } };
 * ```
 */
export interface Assessment {
  /** The NIP of the employee assessed, 18 digits. */
  readonly nip: string;
  /** The date of the assessment. */
  readonly date: IsoDate;
  /** The levels found. */
  readonly actual: CompetencyLevels;
  /** The standard of the position, when the report gives it. */
  readonly standard?: CompetencyLevels;
}

/**
 * An assessment result as raw input, before {@link assessmentSchema} checks it.
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
export const catalogueEntrySchema = /* @__PURE__ */ (() => z.object({
  competency: z.string().check(z.minLength(1), z.maxLength(MAX_CODE_LENGTH)),
  title: nonEmpty,
  form: z.enum(DEVELOPMENT_FORM_CODES),
  jp: z.number().check(z.minimum(0), z.maximum(10_000)),
  provider: z.exactOptional(nonEmpty),
}))();

/**
 * A training catalogue entry as {@link parseCatalogueEntry} returns it.
 *
 * @example
 * ```ts
 * import type { CatalogueEntry } from 'asn-kit/competency';
 * const entry: CatalogueEntry = { competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24 };
 * ```
 */
export interface CatalogueEntry {
  /** The competency code the offering develops. */
  readonly competency: string;
  /** The offering's title. */
  readonly title: string;
  /** Its development form. */
  readonly form: DevelopmentFormCode;
  /** The JP per participant. */
  readonly jp: number;
  /** Who offers it. */
  readonly provider?: string;
}

/**
 * A training catalogue entry as raw input.
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

const STANDARD_POSITION_KEYS = /* @__PURE__ */ deepFrozen([
  'jpt-utama',
  'jpt-madya',
  'jpt-pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional-ahli-utama',
  'fungsional-ahli-madya',
  'fungsional-ahli-muda',
  'fungsional-ahli-pertama',
  'fungsional-penyelia',
  'fungsional-mahir',
  'fungsional-terampil',
  'fungsional-pemula',
] as const satisfies readonly StandardPositionKey[]);

/** The zod schema of a standard-level table (`RuleTable<StandardLevelRow>`). */
export const standardLevelTableSchema = /* @__PURE__ */ (() => z.object({
  name: nonEmpty,
  rows: itemList(
    z.object({
      position: z.enum(STANDARD_POSITION_KEYS),
      level: z.int().check(z.minimum(1), z.maximum(5)),
      basis: legalBasisSchema,
      effective: z.object({ from: isoDateSchema, to: z.exactOptional(isoDateSchema) }),
    }),
  ),
}))();

/** The zod schema of the options of `standardForPosition`: an unknown key is an error that names it. */
export const standardOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  levels: z.optional(competencyLevelsSchema),
  table: z.optional(standardLevelTableSchema),
}))();

/** The zod schema of the options of `trainingNeeds`: an unknown key is an error that names it. */
export const trainingNeedsOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  definitions: z.optional(itemList(competencyDefinitionSchema)),
}))();
