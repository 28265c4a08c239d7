import * as z from 'zod/mini';
import { boundedJson, boundedString, boundedText, dateRangeSchema, isoDateSchema, itemList, legalBasisSchema, localizedTextSchema, recordList } from '../core/schemas';
import { nipSchema, positionSchema } from '../employee';
import { predikatSchema, rhkSchema, skpSchema } from '../performance';
import { forumKindSchema, forumRequirementSchema } from '../service-quality/schemas';

/*
 * The zod/mini schemas of the workplan module's inputs: the one definition of what valid input is. A plan is a
 * draft under review, so the schemas accept what the validators report as issues (an indicator without a unit,
 * weights, a missing main result) and refuse only what is not a plan at all (a missing field, a wrong type, an
 * impossible date). Object schemas drop unknown keys (records come from storage with extra columns); options are
 * strict. Every list and string is bounded by `INPUT_LIMITS` (asn-kit/core): a list of records one call takes
 * (activities, a roster, tasks) at most `records`, a list inside one record at most `items`, a string at most
 * `text` characters; a longer one is an invalid-input issue at its path. The units an activity names are a list of
 * the agency's units, as long as a roster's may be (`records`).
 */

const text = /* @__PURE__ */ boundedText();
const amount = /* @__PURE__ */ (() => z.number().check(z.nonnegative(), z.maximum(1e15)))();
const count = /* @__PURE__ */ (() => z.int().check(z.nonnegative(), z.maximum(10_000_000)))();
const year = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2999)))();
const unitSchema = /* @__PURE__ */ (() => z.object({ id: text, name: text }))();
const periodicity = /* @__PURE__ */ (() => z.enum(['month', 'quarter', 'half-year', 'year']))();

/**
 * The zod schema of a {@link PlanTarget}: a value or a range, and a unit, every part optional (what is missing is
 * an issue of {@link validateSkpPlan}).
 *
 * @example
 * ```ts
 * import { planTargetSchema } from 'asn-kit/workplan';
 * planTargetSchema.safeParse({ value: 100 }).success; // => true
 * ```
 */
export const planTargetSchema = /* @__PURE__ */ (() => z.object({
  value: z.exactOptional(z.number()),
  min: z.exactOptional(z.number()),
  max: z.exactOptional(z.number()),
  unit: z.exactOptional(boundedString()),
}))();

/**
 * The zod schema of a {@link PlanIndicator}: text, aspect, target and (PermenPANRB 8/2021 only) weight.
 *
 * @example
 * ```ts
 * import { planIndicatorSchema } from 'asn-kit/workplan';
 * planIndicatorSchema.safeParse({ text: 'Dokumen', weight: -1 }).success; // => false
 * ```
 */
export const planIndicatorSchema = /* @__PURE__ */ (() => z.object({
  text,
  aspect: z.exactOptional(z.enum(['quantity', 'quality', 'time', 'cost'])),
  target: z.exactOptional(planTargetSchema),
  weight: z.exactOptional(z.number().check(z.positive(), z.maximum(100))),
}))();

/**
 * The zod schema of a {@link PlanRhk}: the performance module's RHK with plan indicators (possibly none) and the
 * Perjanjian Kinerja target of a JPT.
 *
 * @example
 * ```ts
 * import { planRhkSchema } from 'asn-kit/workplan';
 * planRhkSchema.safeParse({ id: 'R1', text: 'Layanan KTP-el', indicators: [] }).success; // => true
 * ```
 */
export const planRhkSchema = /* @__PURE__ */ (() => z.extend(rhkSchema, {
  indicators: itemList(planIndicatorSchema),
  performanceAgreement: z.exactOptional(text),
}))();

/**
 * The zod schema of an individual plan ({@link SkpPlan}): the performance module's SKP schema with plan RHKs
 * (main results possibly none), the regulation and the two positions. Results and their indicators are lists of at
 * most `INPUT_LIMITS.items` (asn-kit/core), strings at most `INPUT_LIMITS.text` characters.
 *
 * @example
 * ```ts
 * import { skpPlanSchema } from 'asn-kit/workplan';
 * skpPlanSchema.safeParse({}).success; // => false
 * ```
 */
export const skpPlanSchema = /* @__PURE__ */ (() => z.extend(skpSchema, {
  regulation: z._default(z.enum(['permenpanrb-6-2022', 'permenpanrb-8-2021']), 'permenpanrb-6-2022'),
  mainResults: itemList(planRhkSchema),
  additionalResults: z._default(itemList(planRhkSchema), []),
  employeePosition: z.exactOptional(positionSchema),
  assessorPosition: z.exactOptional(positionSchema),
}))();

/**
 * The raw shape {@link skpPlanSchema} accepts (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { SkpPlanInput } from 'asn-kit/workplan';
 * const partial: Partial<SkpPlanInput> = { regulation: 'permenpanrb-8-2021' };
 * ```
 */
export type SkpPlanInput = z.input<typeof skpPlanSchema>;

const scheduleSchema = /* @__PURE__ */ (() => z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    every: z.exactOptional(periodicity),
    sessions: z.exactOptional(itemList(isoDateSchema)),
  })
  .check(z.refine((range) => range.from <= range.to, { error: 'The end of a range must not be before its start', path: ['to'] })))();

/**
 * The zod schema of a {@link PlanActivity}.
 *
 * @example
 * ```ts
 * import { planActivitySchema } from 'asn-kit/workplan';
 * planActivitySchema.safeParse({ id: 'A1' }).success; // => false
 * ```
 */
export const planActivitySchema = /* @__PURE__ */ (() => z.object({
  id: text,
  title: text,
  objectiveId: text,
  strategyId: text,
  indicator: z.object({
    text,
    baseline: z.exactOptional(z.number()),
    target: z.exactOptional(z.number()),
    unit: z.exactOptional(boundedString()),
  }),
  schedule: scheduleSchema,
  budget: z.object({
    amount,
    source: z.exactOptional(text),
    lines: z._default(itemList(z.object({ item: text, amount })), () => []),
  }),
  responsibleUnit: unitSchema,
  partners: z._default(
    itemList(z.object({ name: text, kind: z.enum(['education', 'government', 'private', 'community', 'other']) })),
    () => [],
  ),
  targetGroups: z._default(itemList(z.object({ text, count: z.exactOptional(count) })), () => []),
  units: z._default(recordList(text), () => []),
  competencies: z._default(itemList(text), () => []),
  participants: z.exactOptional(count),
  jpPerParticipant: z.exactOptional(z.number().check(z.nonnegative(), z.maximum(10_000))),
  services: z._default(itemList(text), () => []),
  forumKind: z.exactOptional(forumKindSchema),
  motivation: z.exactOptional(
    z.object({
      code: text,
      severity: z.enum(['info', 'warning', 'error']),
      basis: legalBasisSchema,
      message: localizedTextSchema,
      data: z._default(z.record(boundedString(), boundedJson()), () => ({})),
    }),
  ),
}))();

/**
 * The zod schema of an agency's ASN-management work plan ({@link AsnWorkPlan}). Within `INPUT_LIMITS`
 * (asn-kit/core): at most `records` (5,000) activities, and as many units an activity names; at most `items` (1,000)
 * objectives, strategies, services, and sessions, competencies, services, partners, target groups and budget lines
 * of an activity; strings of at most `text` (10,000) characters; an activity's `motivation.data` JSON at most eight
 * levels deep; all the lists together at most `total` (200,000) items.
 *
 * @example
 * ```ts
 * import { asnWorkPlanSchema } from 'asn-kit/workplan';
 * asnWorkPlanSchema.safeParse({ id: 'RK-2027' }).success; // => false
 * ```
 */
export const asnWorkPlanSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  title: text,
  agency: unitSchema,
  period: dateRangeSchema,
  objectives: itemList(z.object({ id: text, text })),
  strategies: itemList(
    z.object({ id: text, pillar: z.enum(['competency', 'performance', 'technology', 'engagement']), text, objectiveIds: itemList(text) }),
  ),
  activities: recordList(planActivitySchema),
  services: z._default(itemList(z.object({ id: text, label: text })), () => []),
  budgetTotal: z.exactOptional(amount),
  engagementFrequency: z.exactOptional(forumRequirementSchema),
}))();

/**
 * The raw shape {@link asnWorkPlanSchema} accepts (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { AsnWorkPlanInput } from 'asn-kit/workplan';
 * const partial: Partial<AsnWorkPlanInput> = { id: 'RK-ASN-2027' };
 * ```
 */
export type AsnWorkPlanInput = z.input<typeof asnWorkPlanSchema>;

/**
 * The zod schema of a {@link RosterEntry}: NIP, name, kind, position and work unit (an `Employee` record fits).
 *
 * @example
 * ```ts
 * import { rosterEntrySchema } from 'asn-kit/workplan';
 * rosterEntrySchema.safeParse({ nip: '198503152010012003', kind: 'PNS', workUnit: { id: 'dinkes', name: 'Dinkes' } }).success;
 * // => true
 * ```
 */
export const rosterEntrySchema = /* @__PURE__ */ (() => z.object({
  nip: nipSchema,
  name: z.exactOptional(text),
  kind: z.enum(['PNS', 'CPNS', 'PPPK']),
  position: z.exactOptional(positionSchema),
  workUnit: unitSchema,
}))();

/**
 * The zod schema of the parts of a {@link WorkPlanContext} the module defines itself; the roster, assessments
 * and catalogue are read by the parsers of their own modules (`parseEmployee` or {@link rosterEntrySchema},
 * `parseAssessment`, `parseCatalogueEntry`). Each list holds at most `INPUT_LIMITS.records` (5,000) rows
 * (asn-kit/core).
 *
 * @example
 * ```ts
 * import { workPlanContextSchema } from 'asn-kit/workplan';
 * workPlanContextSchema.safeParse({ roster: [], minimumGrade: 'E' }).success; // => false
 * ```
 */
export const workPlanContextSchema = /* @__PURE__ */ (() => z.object({
  roster: recordList(z.unknown()),
  assessments: z._default(recordList(z.unknown()), () => []),
  catalogue: z._default(recordList(z.unknown()), () => []),
  completedJp: z._default(recordList(z.object({ nip: nipSchema, jp: z.number().check(z.nonnegative(), z.maximum(10_000)) })), () => []),
  performance: z._default(recordList(z.object({ nip: nipSchema, predikat: predikatSchema })), () => []),
  satisfaction: z._default(recordList(z.object({ unit: unitSchema, converted: z.number().check(z.minimum(0), z.maximum(100)) })), () => []),
  minimumGrade: z._default(z.enum(['A', 'B', 'C', 'D']), 'B'),
}))();

const renjaIndicatorSchema = /* @__PURE__ */ (() => z.object({
  text,
  target: z.exactOptional(z.number()),
  unit: z.exactOptional(boundedString()),
}))();

const forwardSchema = /* @__PURE__ */ (() => z.object({ target: z.exactOptional(z.number()), budget: z.exactOptional(amount) }))();

/**
 * The zod schema of a Renja Perangkat Daerah ({@link Renja}): programmes, activities and sub-activities with their
 * indicators, budgets (pagu indikatif), locations and forward estimates. At most `INPUT_LIMITS.items` (1,000)
 * programmes, activities of a programme and sub-activities of an activity (asn-kit/core), all of them together at
 * most `INPUT_LIMITS.total`; strings of at most `INPUT_LIMITS.text` characters.
 *
 * @example
 * ```ts
 * import { renjaSchema } from 'asn-kit/workplan';
 * renjaSchema.safeParse({ unit: { id: 'bkpsdm', name: 'BKPSDM' }, year: 2027, forwardYear: 2028, programmes: [] }).success;
 * // => true
 * ```
 */
export const renjaSchema = /* @__PURE__ */ (() => z.object({
  unit: unitSchema,
  year,
  forwardYear: year,
  programmes: itemList(
    z.object({
      code: text,
      name: text,
      indicator: renjaIndicatorSchema,
      budget: z.exactOptional(amount),
      activities: itemList(
        z.object({
          code: text,
          name: text,
          indicator: renjaIndicatorSchema,
          budget: z.exactOptional(amount),
          subActivities: itemList(
            z.object({
              code: text,
              name: text,
              indicator: renjaIndicatorSchema,
              budget: z.number().check(z.maximum(1e15)),
              location: z.exactOptional(boundedString()),
              forward: z.exactOptional(forwardSchema),
            }),
          ),
        }),
      ),
    }),
  ),
}))();

/**
 * The raw shape {@link renjaSchema} accepts.
 *
 * @example
 * ```ts
 * import type { RenjaInput } from 'asn-kit/workplan';
 * const renja: RenjaInput = { unit: { id: 'bkpsdm', name: 'BKPSDM' }, year: 2027, forwardYear: 2028, programmes: [] };
 * ```
 */
export type RenjaInput = z.input<typeof renjaSchema>;

/**
 * The zod schema of the tasks of a workload analysis: each with a name, a yearly volume and a norm time in minutes;
 * at most `INPUT_LIMITS.records` (5,000) tasks (asn-kit/core).
 *
 * @example
 * ```ts
 * import { workloadTasksSchema } from 'asn-kit/workplan';
 * workloadTasksSchema.safeParse([{ name: 'Verifikasi', volume: -1, minutes: 60 }]).success; // => false
 * ```
 */
export const workloadTasksSchema = /* @__PURE__ */ (() => recordList(
  z.object({
    name: text,
    volume: z.number().check(z.nonnegative(), z.maximum(1e9)),
    minutes: z.number().check(z.nonnegative(), z.maximum(1e9)),
  }),
))();

/** The options of `workforceNeed`: strict. */
export const workforceNeedOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  hoursPerYear: z.optional(z.number().check(z.positive(), z.maximum(8784))),
  staff: z.optional(count),
}))();

/** The options of `validateRenja`: strict. */
export const validateRenjaOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ year: z.optional(year) }))();

/** The SKPs of `checkUnitCascade`, each parsed on its own: at most `INPUT_LIMITS.records` of them. */
export const unitSkpsSchema = /* @__PURE__ */ (() => recordList(z.unknown()))();

/** The options of `checkUnitCascade`: strict. */
export const cascadeOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  orgPredikat: z.optional(z.enum(['outstanding', 'good', 'needs-improvement', 'poor', 'very-poor'])),
}))();

/** The options of `draftAsnWorkPlan`: strict. */
export const draftOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  id: text,
  title: z.optional(text),
  agency: unitSchema,
  period: dateRangeSchema,
  engagementFrequency: z.optional(forumRequirementSchema),
  services: z.optional(itemList(z.object({ id: text, label: text }))),
  lowestUnits: z.optional(z.int().check(z.nonnegative(), z.maximum(1000))),
  responsibleUnit: z.optional(unitSchema),
}))();
