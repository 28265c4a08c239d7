import * as z from 'zod/mini';
import { boundedJson, boundedString, boundedText, dateRangeSchema, isoDateSchema, itemList, legalBasisSchema, localizedTextSchema } from '../core/schemas';
import { workingCalendarSchema } from '../calendar';
import { leaveDocumentSchema, leaveGroundSchema, leaveKindSchema, leaveStatusSchema, ledgerSchema } from './schemas';

// The schemas of the values the module hands out and takes back: a decision from `evaluateLeaveRequest` and the
// workflow state built on it, as a service stores them (JSON) and restores them. The employee and the request inside
// a decision are left to their own parsers (`parseEmployee`, `parseLeaveRequest`), so a parsed one is not checked
// twice (internal).

const unitSchema = /* @__PURE__ */ (() => z.enum(['working-days', 'calendar-days', 'months', 'years']))();
const deciderSchema = /* @__PURE__ */ (() => z.enum(['direct-superior', 'pybmc', 'ppk']))();
/** The outcomes of a pertimbangan or keputusan (internal; the ports services check their input with it). */
export const outcomeSchema = /* @__PURE__ */ (() => z.enum(['approved', 'changed', 'deferred', 'rejected']))();
const maximumSchema = /* @__PURE__ */ (() => z.object({ amount: z.nullable(z.number()), unit: unitSchema }))();

const ruleSchema = /* @__PURE__ */ (() => z.object({
  kind: leaveKindSchema,
  grounds: itemList(leaveGroundSchema),
  employeeKinds: itemList(z.enum(['PNS', 'CPNS', 'PPPK'])),
  positionTypes: z.exactOptional(itemList(boundedString())),
  entitled: z.boolean(),
  label: localizedTextSchema,
  serviceYears: z.number(),
  maximum: maximumSchema,
  extension: z.exactOptional(z.object({ amount: z.number(), unit: unitSchema })),
  remotePlaceDays: z.exactOptional(z.number()),
  documents: itemList(leaveDocumentSchema),
  documentTiers: z.exactOptional(itemList(z.object({ aboveDays: z.number(), documents: itemList(leaveDocumentSchema) }))),
  noticeUpToDays: z.exactOptional(z.number()),
  decidedBy: deciderSchema,
  deferrable: z.boolean(),
  recallable: z.boolean(),
  income: z.enum(['kept', 'none']),
  annualLeave: z.enum(['none', 'charged', 'removes-year']),
  countsAsService: z.boolean(),
  basis: legalBasisSchema,
  effective: z.object({ from: isoDateSchema, to: z.exactOptional(isoDateSchema) }),
}))();

const reasonSchema = /* @__PURE__ */ (() => z.object({
  code: boundedText(),
  severity: z.enum(['info', 'warning', 'error']),
  basis: legalBasisSchema,
  message: localizedTextSchema,
  data: z.exactOptional(z.record(boundedString(), boundedJson())),
}))();

/** A decision, its employee and request taken as they are (their parsers check them). */
export const decisionSchema = /* @__PURE__ */ (() => z.object({
  request: z.optional(z.unknown()),
  employee: z.optional(z.unknown()),
  ground: leaveGroundSchema,
  rule: ruleSchema,
  period: dateRangeSchema,
  duration: z.object({
    unit: z.enum(['working-days', 'calendar-days']),
    days: z.number(),
    calendarDays: z.number(),
    excluded: itemList(z.object({
      date: isoDateSchema,
      kind: z.enum(['weekend', 'holiday', 'collective-leave', 'custom']),
      name: localizedTextSchema,
      basis: legalBasisSchema,
    })),
    maximum: maximumSchema,
    latestEnd: z.nullable(isoDateSchema),
    remotePlaceDays: z.number(),
    returnsAfter: isoDateSchema,
  }),
  route: z.object({ decidedBy: deciderSchema, notice: z.boolean(), abroad: z.boolean(), ppkOnly: z.boolean() }),
  balance: z.nullable(z.object({ before: z.number(), after: z.number() })),
  postings: ledgerSchema,
  reasons: itemList(reasonSchema),
}))();

const verdictSchema = /* @__PURE__ */ (() => z.object({ outcome: outcomeSchema, date: isoDateSchema, note: boundedString() }))();

/** A workflow state, its decision taken as it is (see {@link decisionSchema}). */
export const workflowStateSchema = /* @__PURE__ */ (() => z.object({
  status: leaveStatusSchema,
  decision: z.optional(z.unknown()),
  consideration: z.nullable(verdictSchema),
  verdict: z.nullable(verdictSchema),
  posted: ledgerSchema,
  history: itemList(z.object({ status: leaveStatusSchema, date: z.nullable(isoDateSchema) })),
}))();

/** A workflow event; a `changed` decision is taken by the decision parser. */
export const workflowEventSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit'), date: isoDateSchema }),
  z.strictObject({ type: z.literal('consider'), date: isoDateSchema, outcome: outcomeSchema, note: z.optional(boundedString()) }),
  z.strictObject({ type: z.literal('decide'), date: isoDateSchema, outcome: outcomeSchema, note: z.optional(boundedString()), changed: z.optional(z.unknown()) }),
  z.strictObject({ type: z.literal('cancel'), date: isoDateSchema }),
  z.strictObject({ type: z.literal('recall'), date: isoDateSchema, calendar: z.optional(workingCalendarSchema) }),
]))();
