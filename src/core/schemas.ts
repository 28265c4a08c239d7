import * as z from 'zod/mini';
import { compiled } from './compiled-object';
import { INTERPRETATION_IDS } from './interpretations';
import { localized } from './language';
import { isIsoDate, isRealDateShape, type DateRange, type DateRangeInput, type IsoDate } from './iso-date';
import { INPUT_LIMITS } from './limits';

const DATE_MESSAGE = /* @__PURE__ */ localized({
  id: 'Diharapkan tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999)',
  en: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)',
});

/**
 * The zod schema of a calendar date: accepts a `YYYY-MM-DD` string of a real date (years 1900–2999) and outputs an
 * {@link IsoDate}. It is a zod `iso.date` string with the year range checked, so `z.toJSONSchema` writes it as
 * `{ type: 'string', format: 'date' }`; embed it in your own `zod` or `zod/mini` objects.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from 'asn-kit/core';
 * isoDateSchema.safeParse('2026-02-30').success; // => false
 * isoDateSchema.safeParse('2026-02-28').success; // => true
 * ```
 */
export const isoDateSchema: z.ZodMiniType<IsoDate, string> = /* @__PURE__ */ (() => {
  // As zod's iso.date (a malformed or impossible date stops the checks; a real date outside 1900–2999 fails the
  // range check after it), with `format: 'date'` for z.toJSONSchema, but without iso.date's regex and format
  // machinery (about 0.7 kB gzip in every bundle).
  const schema = z
    .string({ error: DATE_MESSAGE })
    .check(z.refine(isRealDateShape, { error: DATE_MESSAGE, abort: true }), z.refine(isIsoDate, { error: DATE_MESSAGE }));
  z.globalRegistry.add(schema, { format: 'date' });
  return schema as unknown as z.ZodMiniType<IsoDate, string>;
})();

/**
 * The zod schema of an inclusive date range whose end is not before its start (the check on the two ends is part
 * of this small schema; embed it as a field).
 *
 * @example
 * ```ts
 * import { dateRangeSchema } from 'asn-kit/core';
 * dateRangeSchema.safeParse({ from: '2026-01-02', to: '2026-01-01' }).success; // => false
 * ```
 */
export const dateRangeSchema: z.ZodMiniType<DateRange, DateRangeInput> = /* @__PURE__ */ (() => z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .check(
    z.refine((range) => range.from <= range.to, {
      error: localized({ id: 'Akhir rentang tidak boleh sebelum awalnya', en: 'The end of a range must not be before its start' }),
      path: ['to'],
    }),
  ))();

/**
 * The zod schema of a `LocalizedText`: two non-empty strings, `id` (Bahasa Indonesia) and `en` (English).
 * Other keys are dropped; use `z.strictObject(localizedTextSchema.shape)` to refuse them.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from 'asn-kit/core';
 * localizedTextSchema.safeParse({ id: 'Hari libur', en: 'Holiday' }).success; // => true
 * ```
 */
export const localizedTextSchema = /* @__PURE__ */ (() => z.object({
  id: boundedText(),
  en: boundedText(),
}))();

/**
 * The zod schema of a `LegalBasis`: a non-empty `instrument`, optionally an `article`, a `note`, the `evidence`
 * and the `interpretation` it applies. Other keys
 * are dropped; use `z.strictObject(legalBasisSchema.shape)` to refuse them.
 *
 * @example
 * ```ts
 * import { legalBasisSchema } from 'asn-kit/core';
 * legalBasisSchema.safeParse({ instrument: 'PP 11/2017', article: 'Pasal 310' }).success; // => true
 * legalBasisSchema.safeParse({ instrument: '' }).success; // => false
 * ```
 */
export const legalBasisSchema = /* @__PURE__ */ (() => compiled(z.object({
  instrument: boundedText(),
  article: z.exactOptional(boundedText()),
  note: z.exactOptional(boundedText()),
  evidence: z.exactOptional(z.enum(['primary-text', 'secondary-source', 'interpretation', 'unverified'])),
  interpretation: z.exactOptional(z.enum(INTERPRETATION_IDS)),
})))();

/**
 * A list of records one call takes (a register), at most {@link INPUT_LIMITS}`.records` long (internal).
 *
 * @param item - The schema of one record.
 * @returns The array schema.
 */
export function recordList<T extends z.core.SomeType>(item: T): z.ZodMiniArray<T> {
  return z.array(item).check(z.maxLength(INPUT_LIMITS.records));
}

/**
 * A list inside one record, at most {@link INPUT_LIMITS}`.items` long (internal).
 *
 * @param item - The schema of one item.
 * @returns The array schema.
 */
export function itemList<T extends z.core.SomeType>(item: T): z.ZodMiniArray<T> {
  return z.array(item).check(z.maxLength(INPUT_LIMITS.items));
}

/**
 * A string of at most {@link INPUT_LIMITS}`.text` characters, possibly empty (internal).
 *
 * @returns The string schema.
 */
export function boundedString(): z.ZodMiniString<string> {
  return z.string().check(z.maxLength(INPUT_LIMITS.text));
}

/**
 * A string of 1 to {@link INPUT_LIMITS}`.text` characters, trimmed first when `trim` is set (internal).
 *
 * @param trim - Whether to trim the string before checking it.
 * @returns The string schema.
 */
export function boundedText(trim = false): z.ZodMiniString<string> {
  return trim
    ? z.string().check(z.trim(), z.minLength(1), z.maxLength(INPUT_LIMITS.text))
    : z.string().check(z.minLength(1), z.maxLength(INPUT_LIMITS.text));
}

/** How deep the free-form JSON of {@link boundedJson} may nest. */
const JSON_DEPTH = 8;

/**
 * JSON nested at most eight levels deep, its lists and strings within {@link INPUT_LIMITS} (internal): the free-form
 * `data` of a reason a service stores and restores. zod's own `z.json()` refers to itself, so a value nested
 * thousands of levels deep would exhaust the stack.
 *
 * @returns The schema.
 */
export function boundedJson(): z.ZodMiniType<z.core.util.JSONType> {
  const scalars = [boundedString(), z.number(), z.boolean(), z.null()] as const;
  let level: z.ZodMiniType<z.core.util.JSONType> = z.union(scalars);
  for (let depth = 0; depth < JSON_DEPTH; depth++) level = z.union([...scalars, itemList(level), z.record(boundedString(), level)]);
  return level;
}
