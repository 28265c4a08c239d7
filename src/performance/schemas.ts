import { z } from 'zod';
import { dateRangeSchema, isoDateSchema, type IsoDate } from '../core';
import { FUNGSIONAL_LEVELS } from '../employee';
import { PREDIKAT_ORDER } from './predikat';
import { ORG_PREDIKAT_ORDER, RATING_ORDER } from './ratings';

const NIP = /^\d{18}$/;

/**
 * The zod schema of a {@link Rating} (`'above' | 'meets' | 'below'`).
 *
 * @example
 * ```ts
 * import { ratingSchema } from 'asn-kit/performance';
 * ratingSchema.safeParse('di atas').success; // => false
 * ```
 */
export const ratingSchema = /* @__PURE__ */ z.enum(RATING_ORDER);

/**
 * The zod schema of a {@link Predikat}.
 *
 * @example
 * ```ts
 * import { predikatSchema } from 'asn-kit/performance';
 * predikatSchema.safeParse('good').success; // => true
 * ```
 */
export const predikatSchema = /* @__PURE__ */ z.enum(PREDIKAT_ORDER);

/**
 * The zod schema of an {@link OrgPredikat}.
 *
 * @example
 * ```ts
 * import { orgPredikatSchema } from 'asn-kit/performance';
 * orgPredikatSchema.safeParse('outstanding').success; // => true
 * ```
 */
export const orgPredikatSchema = /* @__PURE__ */ z.enum(ORG_PREDIKAT_ORDER);

/**
 * The seven BerAKHLAK core values (SE MenPANRB 20/2021; UU 20/2023 nilai dasar ASN) as short codes:
 * Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.
 *
 * @example
 * ```ts
 * import { BERAKHLAK_ORDER } from 'asn-kit/performance';
 * BERAKHLAK_ORDER.length; // => 7
 * ```
 */
export const BERAKHLAK_ORDER = [
  'service-oriented',
  'accountable',
  'competent',
  'harmonious',
  'loyal',
  'adaptive',
  'collaborative',
] as const;

/**
 * One BerAKHLAK core value, e.g. `'accountable'` (Akuntabel).
 *
 * @example
 * ```ts
 * import type { BerakhlakValue } from 'asn-kit/performance';
 * const value: BerakhlakValue = 'collaborative';
 * ```
 */
export type BerakhlakValue = (typeof BERAKHLAK_ORDER)[number];

const positiveNumber = z.number().positive();
const nonNegativeNumber = z.number().nonnegative();

/**
 * The zod schema of an indicator's target: a single value or a range, with its unit (satuan).
 *
 * @example
 * ```ts
 * import { targetSchema } from 'asn-kit/performance';
 * targetSchema.safeParse({ min: 90, max: 80, unit: '%' }).success; // => false
 * ```
 */
export const targetSchema = /* @__PURE__ */ z.union([
  z.object({ value: z.number(), unit: z.string().min(1) }),
  z
    .object({ min: z.number(), max: z.number(), unit: z.string().min(1) })
    .refine((range) => range.min <= range.max, { error: 'The lower bound must not exceed the upper bound', path: ['max'] }),
]);

/**
 * The zod schema of an indicator (indikator kinerja individu): its text, optional aspect and target.
 * The target is optional in the schema so that {@link parseSkp} can report a missing one with its own code.
 *
 * @example
 * ```ts
 * import { indicatorSchema } from 'asn-kit/performance';
 * indicatorSchema.safeParse({ text: 'Dokumen tepat waktu', aspect: 'time', target: { value: 12, unit: 'bulan' } }).success;
 * // => true
 * ```
 */
export const indicatorSchema = /* @__PURE__ */ z.object({
  text: z.string().min(1),
  aspect: z.enum(['quantity', 'quality', 'time', 'cost']).optional(),
  target: targetSchema.optional(),
});

/**
 * The zod schema of a result plan (rencana hasil kerja, RHK): an id unique within the SKP, the text, the
 * assessor's RHK it intervenes (required for the main results of a non-JPT employee), the perspective (JPT)
 * and at least one indicator.
 *
 * @example
 * ```ts
 * import { rhkSchema } from 'asn-kit/performance';
 * rhkSchema.safeParse({ id: 'R1', text: 'Layanan KTP-el', indicators: [] }).success; // => false
 * ```
 */
export const rhkSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  intervenes: z.string().min(1).optional(),
  perspective: z.enum(['service-recipients', 'internal-business-process', 'internal-strengthening', 'budget']).optional(),
  indicators: z.array(indicatorSchema).min(1),
});

/**
 * The zod schema of one BerAKHLAK behaviour in an SKP: the value, its guidance (panduan perilaku; the official
 * three when left out) and an optional leader's expectation (ekspektasi khusus pimpinan).
 *
 * @example
 * ```ts
 * import { behaviourSchema } from 'asn-kit/performance';
 * behaviourSchema.safeParse({ value: 'loyal', leaderExpectation: 'Menjaga rahasia data kependudukan' }).success;
 * // => true
 * ```
 */
export const behaviourSchema = /* @__PURE__ */ z.object({
  value: z.enum(BERAKHLAK_ORDER),
  guidance: z.array(z.string().min(1)).optional(),
  leaderExpectation: z.string().min(1).optional(),
});

/**
 * The zod schema of one RHK's entry in an evaluation: realisation, evidence links (bukti dukung), feedback
 * (umpan balik) and the assessor's rating.
 *
 * @example
 * ```ts
 * import { resultEvaluationSchema } from 'asn-kit/performance';
 * resultEvaluationSchema.parse({ rhkId: 'R1' }).evidence; // => []
 * ```
 */
export const resultEvaluationSchema = /* @__PURE__ */ z.object({
  rhkId: z.string().min(1),
  realisation: z.union([z.number(), z.string()]).optional(),
  evidence: z.array(z.string().min(1)).default([]),
  feedback: z.string().optional(),
  rating: ratingSchema.optional(),
});

/**
 * The zod schema of an evaluation: periodic (monthly, quarterly or semester, as the agency sets) or annual, with
 * the per-RHK entries, the behaviour feedback, both ratings and, optionally, the predikat recorded.
 *
 * @example
 * ```ts
 * import { evaluationSchema } from 'asn-kit/performance';
 * evaluationSchema.safeParse({ kind: 'annual', period: { from: '2025-01-01', to: '2025-12-31' } }).success;
 * // => true
 * ```
 */
export const evaluationSchema = /* @__PURE__ */ z.object({
  kind: z.enum(['periodic', 'annual']),
  period: dateRangeSchema,
  results: z.array(resultEvaluationSchema).default([]),
  behaviourFeedback: z.string().optional(),
  workRating: ratingSchema.optional(),
  behaviourRating: ratingSchema.optional(),
  predikat: predikatSchema.optional(),
});

/**
 * The zod schema of a person named in an SKP. The NIP (18 digits) is required for the employee; the assessor's
 * superior of a top JPT may be an elected official without one.
 *
 * @example
 * ```ts
 * import { skpPersonSchema } from 'asn-kit/performance';
 * skpPersonSchema.safeParse({ name: 'Wali Kota Medan' }).success; // => true
 * ```
 */
export const skpPersonSchema = /* @__PURE__ */ z.object({
  nip: z.string().regex(NIP, 'A NIP is 18 digits without separators').optional(),
  name: z.string().min(1),
  rank: z.string().optional(),
  position: z.string().optional(),
  unit: z.string().optional(),
});

/**
 * The zod schema of an SKP's appendix (lampiran): resource support (dukungan sumber daya), accountability scheme
 * (skema pertanggungjawaban) and consequences (konsekuensi), each a list of lines.
 *
 * @example
 * ```ts
 * import { skpAppendixSchema } from 'asn-kit/performance';
 * skpAppendixSchema.parse({ resources: ['Aplikasi SIAK'] }).consequences; // => []
 * ```
 */
export const skpAppendixSchema = /* @__PURE__ */ z.object({
  resources: z.array(z.string().min(1)).default([]),
  accountability: z.array(z.string().min(1)).default([]),
  consequences: z.array(z.string().min(1)).default([]),
});

/**
 * The zod schema of an SKP under PermenPANRB 6/2022 (digest §1.2): period, approach, the people, the main and
 * additional results, the seven behaviours, the appendix and the evaluations. The cross-field rules are checked
 * by {@link parseSkp}.
 *
 * @example
 * ```ts
 * import { skpSchema } from 'asn-kit/performance';
 * skpSchema.safeParse({}).success; // => false
 * ```
 */
export const skpSchema = /* @__PURE__ */ z.object({
  period: dateRangeSchema,
  approach: z.enum(['quantitative', 'qualitative']),
  periodicity: z.enum(['monthly', 'quarterly', 'semester']).default('monthly'),
  jpt: z.boolean().default(false),
  employee: skpPersonSchema.extend({ nip: z.string().regex(NIP, 'A NIP is 18 digits without separators') }),
  assessor: skpPersonSchema,
  assessorSuperior: skpPersonSchema.optional(),
  mainResults: z.array(rhkSchema).min(1),
  additionalResults: z.array(rhkSchema).default([]),
  behaviours: z.array(behaviourSchema),
  appendix: skpAppendixSchema.optional(),
  evaluations: z.array(evaluationSchema).default([]),
});

/**
 * An indicator's target: a value or a range, with its unit.
 *
 * @example
 * ```ts
 * import type { Target } from 'asn-kit/performance';
 * const target: Target = { min: 80, max: 90, unit: '%' };
 * ```
 */
export type Target = z.output<typeof targetSchema>;
/**
 * An indicator of an RHK.
 *
 * @example
 * ```ts
 * import type { Indicator } from 'asn-kit/performance';
 * const indicator: Indicator = { text: 'Persentase KTP-el terbit', target: { value: 100, unit: '%' } };
 * ```
 */
export type Indicator = z.output<typeof indicatorSchema>;
/**
 * A result plan (RHK).
 *
 * @example
 * ```ts
 * import type { Rhk } from 'asn-kit/performance';
 * const rhk: Rhk = { id: 'R1', text: 'Layanan KTP-el', indicators: [{ text: 'KTP-el terbit', target: { value: 100, unit: '%' } }] };
 * ```
 */
export type Rhk = z.output<typeof rhkSchema>;
/**
 * One BerAKHLAK behaviour of an SKP.
 *
 * @example
 * ```ts
 * import type { Behaviour } from 'asn-kit/performance';
 * const behaviour: Behaviour = { value: 'adaptive' };
 * ```
 */
export type Behaviour = z.output<typeof behaviourSchema>;
/**
 * One RHK's entry in an evaluation.
 *
 * @example
 * ```ts
 * import type { ResultEvaluation } from 'asn-kit/performance';
 * const entry: ResultEvaluation = { rhkId: 'R1', evidence: ['https://e-kinerja.example/bukti/1'], rating: 'meets' };
 * ```
 */
export type ResultEvaluation = z.output<typeof resultEvaluationSchema>;
/**
 * A periodic or annual evaluation.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { Evaluation } from 'asn-kit/performance';
 * const annual: Evaluation = {
 *   kind: 'annual', period: { from: '2025-01-01' as IsoDate, to: '2025-12-31' as IsoDate }, results: [],
 * };
 * ```
 */
export type Evaluation = z.output<typeof evaluationSchema>;
/**
 * A person named in an SKP.
 *
 * @example
 * ```ts
 * import type { SkpPerson } from 'asn-kit/performance';
 * const person: SkpPerson = { nip: '198503122010012003', name: 'Siti Aisyah' };
 * ```
 */
export type SkpPerson = z.output<typeof skpPersonSchema>;
/**
 * A checked SKP, as {@link parseSkp} returns it.
 *
 * @example
 * ```ts
 * import { parseSkp, type Skp } from 'asn-kit/performance';
 * declare const input: unknown;
 * const skp: Skp | undefined = parseSkp(input).unwrapOr(undefined);
 * ```
 */
export type Skp = z.output<typeof skpSchema>;
/**
 * The raw shape {@link skpSchema} accepts (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { SkpInput } from 'asn-kit/performance';
 * const partial: Partial<SkpInput> = { approach: 'quantitative' };
 * ```
 */
export type SkpInput = z.input<typeof skpSchema>;

/**
 * The zod schema of the per-RHK ratings that {@link aggregateWorkRating} aggregates, with an optional override.
 *
 * @example
 * ```ts
 * import { workRatingInputSchema } from 'asn-kit/performance';
 * workRatingInputSchema.safeParse({ results: [{ rhkId: 'R1', kind: 'main', rating: 'meets' }] }).success; // => true
 * ```
 */
export const workRatingInputSchema = /* @__PURE__ */ z.object({
  results: z.array(z.object({ rhkId: z.string().min(1), kind: z.enum(['main', 'additional']), rating: ratingSchema })),
  override: ratingSchema.optional(),
});

/**
 * The zod schema of a credit-point question: the functional level, the annual (or periodic) predikat, the months
 * it covers (1–12) and the last day of the evaluated period, which picks the rule rows in force.
 *
 * @example
 * ```ts
 * import { creditPointsInputSchema } from 'asn-kit/performance';
 * creditPointsInputSchema.safeParse({ level: 'ahli-muda', predikat: 'good', periodEnd: '2025-12-31' }).success;
 * // => true
 * ```
 */
export const creditPointsInputSchema = /* @__PURE__ */ z.object({
  level: z.enum(FUNGSIONAL_LEVELS),
  predikat: predikatSchema,
  months: z.number().int().min(1).max(12).default(12),
  periodEnd: isoDateSchema,
});

/**
 * The zod schema of one measured quantity of the PP 46/2011 scoring: target and realisation.
 *
 * @example
 * ```ts
 * import { pp46AspectSchema } from 'asn-kit/performance';
 * pp46AspectSchema.safeParse({ target: 0, realisation: 1 }).success; // => false
 * ```
 */
export const pp46AspectSchema = /* @__PURE__ */ z.object({ target: positiveNumber, realisation: nonNegativeNumber });

/**
 * The zod schema of one activity (kegiatan tugas jabatan) of a PP 46/2011 SKP (Perka BKN 1/2013): quantity,
 * quality, time in months and, when budgeted, cost.
 *
 * @example
 * ```ts
 * import { pp46ActivitySchema } from 'asn-kit/performance';
 * pp46ActivitySchema.safeParse({
 *   quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 90 }, time: { target: 12, realisation: 12 },
 * }).success; // => true
 * ```
 */
export const pp46ActivitySchema = /* @__PURE__ */ z.object({
  quantity: pp46AspectSchema,
  quality: pp46AspectSchema,
  time: pp46AspectSchema,
  cost: pp46AspectSchema.optional(),
});

/**
 * The zod schema of the PP 46/2011 behaviour aspects (0–100 each); leadership only for structural officials.
 *
 * @example
 * ```ts
 * import { pp46BehaviourSchema } from 'asn-kit/performance';
 * pp46BehaviourSchema.safeParse({ service: 80, integrity: 80, commitment: 80, discipline: 80, cooperation: 80 }).success;
 * // => true
 * ```
 */
export const pp46BehaviourSchema = /* @__PURE__ */ z.object({
  service: z.number().min(0).max(100),
  integrity: z.number().min(0).max(100),
  commitment: z.number().min(0).max(100),
  discipline: z.number().min(0).max(100),
  cooperation: z.number().min(0).max(100),
  leadership: z.number().min(0).max(100).optional(),
});

/**
 * The zod schema of a PP 46/2011 SKP: either its value already computed, or the activities with the number of
 * additional tasks and the level that acknowledged a creative contribution.
 *
 * @example
 * ```ts
 * import { pp46SkpSchema } from 'asn-kit/performance';
 * pp46SkpSchema.safeParse(85.5).success; // => true
 * ```
 */
export const pp46SkpSchema = /* @__PURE__ */ z.union([
  nonNegativeNumber,
  z.object({
    activities: z.array(pp46ActivitySchema).min(1),
    additionalTasks: z.number().int().nonnegative().default(0),
    creativity: z.enum(['none', 'unit-head', 'ppk', 'president']).default('none'),
  }),
]);

/**
 * The zod schema of the input of {@link pp46PerformanceScore}: the SKP (a value or activities) and the
 * behaviour (a value or the aspects).
 *
 * @example
 * ```ts
 * import { pp46ScoreInputSchema } from 'asn-kit/performance';
 * pp46ScoreInputSchema.safeParse({ skp: 85.5, behaviour: 83 }).success; // => true
 * ```
 */
export const pp46ScoreInputSchema = /* @__PURE__ */ z.object({
  skp: pp46SkpSchema,
  behaviour: z.union([z.number().min(0).max(100), pp46BehaviourSchema]),
});

/**
 * The zod schema of the input of {@link pp30PerformanceScore}: SKP and behaviour values (0–120), whether the
 * agency used peer and subordinate input (60/40 instead of 70/30) and whether the employee created a new idea
 * or method (needed for Sangat Baik).
 *
 * @example
 * ```ts
 * import { pp30ScoreInputSchema } from 'asn-kit/performance';
 * pp30ScoreInputSchema.parse({ skpScore: 115, behaviourScore: 100 }).peerInput; // => false
 * ```
 */
export const pp30ScoreInputSchema = /* @__PURE__ */ z.object({
  skpScore: z.number().min(0).max(120),
  behaviourScore: z.number().min(0).max(120),
  peerInput: z.boolean().default(false),
  newIdea: z.boolean().default(false),
});

/**
 * The zod schema of one individual performance indicator (IKI) of PermenPANRB 8/2021: target (a value or a
 * range), realisation, direction (`lower-is-better` is the "kondisi khusus") and whether the target is the most
 * that can be reached.
 *
 * @example
 * ```ts
 * import { ikiInputSchema } from 'asn-kit/performance';
 * ikiInputSchema.parse({ target: 95, realisation: 93 }).direction; // => 'higher-is-better'
 * ```
 */
export const ikiInputSchema = /* @__PURE__ */ z.object({
  target: z.union([
    positiveNumber,
    z
      .object({ min: positiveNumber, max: positiveNumber })
      .refine((range) => range.min <= range.max, { error: 'The lower bound must not exceed the upper bound', path: ['max'] }),
  ]),
  realisation: nonNegativeNumber,
  direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
  targetIsMaximum: z.boolean().default(false),
});

/**
 * The zod schema of a historical performance record for {@link legacyPerformanceScore}: the period (which picks
 * the regulation), the SKP (a value, PP 46/2011 activities, or weighted PermenPANRB 8/2021 indicators), the
 * behaviour (a value or the PP 46/2011 aspects), the PP 30/2019 options and an optional explicit regime.
 *
 * @example
 * ```ts
 * import { legacyRecordSchema } from 'asn-kit/performance';
 * legacyRecordSchema.safeParse({ period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 }).success;
 * // => true
 * ```
 */
export const legacyRecordSchema = /* @__PURE__ */ z.object({
  period: dateRangeSchema,
  skp: z.union([
    pp46SkpSchema,
    z.object({ indicators: z.array(ikiInputSchema.extend({ weight: positiveNumber })).min(1) }),
  ]),
  behaviour: z.union([z.number().min(0).max(120), pp46BehaviourSchema]),
  peerInput: z.boolean().default(false),
  newIdea: z.boolean().default(false),
  regime: z.enum(['pp-46-2011', 'pp-30-2019']).optional(),
});

/**
 * The zod schema of the input of {@link unitPerformanceReport}: the unit, the period reported, the unit's own
 * predikat, the NIPs expected to be evaluated (default: the SKP holders), their SKPs and the strict flag.
 *
 * @example
 * ```ts
 * import { unitReportInputSchema } from 'asn-kit/performance';
 * unitReportInputSchema.safeParse({ unit: { id: 'disdukcapil', name: 'Disdukcapil' } }).success; // => false
 * ```
 */
export const unitReportInputSchema = /* @__PURE__ */ z.object({
  unit: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  period: dateRangeSchema,
  orgPredikat: orgPredikatSchema,
  employees: z.array(z.string().regex(NIP, 'A NIP is 18 digits without separators')).optional(),
  skps: z.array(skpSchema),
  strict: z.boolean().default(false),
});

/**
 * A period as the schemas output it: two checked dates, inclusive.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { Period } from 'asn-kit/performance';
 * const year: Period = { from: '2025-01-01' as IsoDate, to: '2025-12-31' as IsoDate };
 * ```
 */
export interface Period {
  /** The first day. */
  readonly from: IsoDate;
  /** The last day (included). */
  readonly to: IsoDate;
}
