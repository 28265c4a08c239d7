import { deepFrozen } from './frozen';

/**
 * The interpretations asn-kit applies where the law leaves a point open or sources conflict. Each id is the anchor
 * of its section in `docs/interpretations.md` (the question, the sources, what asn-kit does and why, the option
 * that changes it); the ids are stable, so code and stored decisions can point at them.
 *
 * @example
 * ```ts
 * import { INTERPRETATION_IDS } from 'asn-kit/core';
 * INTERPRETATION_IDS.includes('annual-carry-over'); // => true
 * ```
 */
export const INTERPRETATION_IDS = /* @__PURE__ */ deepFrozen([
  'dates-without-time-zone',
  'working-week',
  'built-in-holidays',
  'years-without-data',
  'leave-year',
  'annual-carry-over',
  'annual-deferral',
  'collective-leave',
  'major-leave-and-annual-leave',
  'eligibility-service',
  'leave-units',
  'leave-decisions',
  'pppk-leave',
  'sick-leave',
  'maternity-births',
  'nip-layout',
  'retirement-date',
  'retirement-age',
  'absence-counting',
  'lateness-conversion',
  'predikat-matrix',
  'predikat-distribution',
  'unit-leader-rating',
  'work-rating-aggregation',
  'legacy-bands',
  'competency-gap',
  'job-person-match',
  'development-hours',
  'nine-box',
  'default-standard-levels',
  'potential-axis',
  'satisfaction-index',
  'survey-sample-size',
  'complaint-deadlines',
  'skp-plan',
  'workforce-need',
] as const);

/**
 * The id of an asn-kit interpretation: the anchor of its section in `docs/interpretations.md`.
 *
 * @example
 * ```ts
 * import type { InterpretationId } from 'asn-kit/core';
 * const id: InterpretationId = 'collective-leave';
 * ```
 */
export type InterpretationId = (typeof INTERPRETATION_IDS)[number];

const INTERPRETATIONS_PAGE = 'https://github.com/asn-kit/asn-kit/blob/main/docs/interpretations.md';

/**
 * The address of an interpretation's section in the published documentation.
 *
 * Asserts a typed argument: `id` is trusted to be an {@link InterpretationId} and is not checked again.
 *
 * @param id - The interpretation.
 * @returns The URL of `docs/interpretations.md` with the interpretation's anchor.
 * @example
 * ```ts
 * import { interpretationUrl } from 'asn-kit/core';
 * interpretationUrl('nine-box');
 * // => 'https://github.com/asn-kit/asn-kit/blob/main/docs/interpretations.md#nine-box'
 * ```
 */
export function interpretationUrl(id: InterpretationId): string {
  return `${INTERPRETATIONS_PAGE}#${id}`;
}
