import { roundDecimal } from '../core';
import { PP30_BANDS, PP46_BANDS, type LegacyBand } from './rules/legacy';
import type { IkiDirection, IkiRange, Pp46Activity, Pp46Behaviour, Pp46SkpActivities } from './types';
import { deepFrozen } from '../core/frozen';

/** An IKI with its defaults applied, as the schemas output it. */
interface CheckedIki {
  readonly target: number | IkiRange;
  readonly realisation: number;
  readonly direction: IkiDirection;
}

/** One activity's aspect values (unrounded) and its count of aspects. */
export interface ActivityValues {
  readonly quantity: number;
  readonly quality: number;
  readonly time: number;
  readonly cost: number | undefined;
  readonly total: number;
  readonly score: number;
}

/**
 * Perka BKN 1/2013: the efficiency of a time (or cost) realisation in percent, rounded to 2 decimals as it is
 * written on the form (docs/interpretations.md#legacy-bands); the branch is chosen on this figure, so 12 months planned and 9.12 used is exactly 24 %.
 */
export function efficiencyOf(target: number, realisation: number): number {
  return roundDecimal(100 - (realisation / target) * 100, 2);
}

/** Perka BKN 1/2013: the time (or cost) value, with the efficiency branch above 24 %. */
function timeOrCostValue(target: number, realisation: number): number {
  const base = ((1.76 * target - realisation) / target) * 100;
  return efficiencyOf(target, realisation) <= 24 ? base : 76 - (base - 100);
}

/** Perka BKN 1/2013: the values of one activity; the score is the rounded mean of its 3 or 4 aspects. */
export function activityValues(activity: Pp46Activity): ActivityValues {
  const quantity = (activity.quantity.realisation / activity.quantity.target) * 100;
  const quality = (activity.quality.realisation / activity.quality.target) * 100;
  const time = timeOrCostValue(activity.time.target, activity.time.realisation);
  const cost = activity.cost === undefined ? undefined : timeOrCostValue(activity.cost.target, activity.cost.realisation);
  const total = quantity + quality + time + (cost ?? 0);
  return { quantity, quality, time, cost, total, score: roundDecimal(total / (cost === undefined ? 3 : 4), 2) };
}

const ADDITIONAL_TASK_POINTS = (count: number): number => (count >= 7 ? 3 : count >= 4 ? 2 : count >= 1 ? 1 : 0);
const CREATIVITY_POINTS = /* @__PURE__ */ deepFrozen({ none: 0, 'unit-head': 3, ppk: 6, president: 12 } as const);

/** PP 46/2011: the SKP value, from a given value or from the activities plus additional tasks and creativity. */
export function pp46SkpValue(skp: number | Pp46SkpActivities): number {
  if (typeof skp === 'number') return roundDecimal(skp, 2);
  const mean = skp.activities.reduce((sum, activity) => sum + activityValues(activity).score, 0) / skp.activities.length;
  return roundDecimal(roundDecimal(mean, 2) + ADDITIONAL_TASK_POINTS(skp.additionalTasks) + CREATIVITY_POINTS[skp.creativity], 2);
}

/** The mean of the applicable PP 46/2011 behaviour aspects (leadership only when given), or the value given. */
/**
 * A value kept within its regulation's scale (e.g. 0–120 under PP 30/2019): what every legacy score passes through,
 * so that no score leaves its scale.
 *
 * @param value - The value computed.
 * @param scale - The regulation's range.
 * @returns The value, or the nearer end of the scale.
 */
export function onScale(value: number, scale: { readonly min: number; readonly max: number }): number {
  return Math.min(Math.max(value, scale.min), scale.max);
}

export function behaviourValue(behaviour: number | Pp46Behaviour): number {
  if (typeof behaviour === 'number') return roundDecimal(behaviour, 2);
  const values = [behaviour.service, behaviour.integrity, behaviour.commitment, behaviour.discipline, behaviour.cooperation];
  if (behaviour.leadership !== undefined) values.push(behaviour.leadership);
  return roundDecimal(values.reduce((sum, value) => sum + value, 0) / values.length, 2);
}

/** docs/interpretations.md#legacy-bands: the PP 46/2011 band of a value rounded to 2 decimals. */
export function pp46Band(value: number): LegacyBand {
  return PP46_BANDS.find((band) => value > band.above)?.band ?? 'very-poor';
}

/** PP 30/2019 Pasal 41 ayat (5): the band; 110–120 is Sangat Baik only with a new idea or method. */
export function pp30Band(value: number, newIdea: boolean): LegacyBand {
  const band = PP30_BANDS.find((row) => value >= row.from)?.band ?? 'very-poor';
  return band === 'very-good' && !newIdea ? 'good' : band;
}

/** The weighted combination of SKP and behaviour, in whole percents, rounded to 2 decimals. */
export function combine(skp: number, behaviour: number, weights: readonly [number, number]): number {
  return roundDecimal((weights[0] * skp + weights[1] * behaviour) / 100, 2);
}

/** PermenPANRB 8/2021: the achievement of an IKI in percent (2 decimals). */
export function ikiAchievementValue(input: CheckedIki): number {
  const { target, realisation } = input;
  // A range target is met anywhere inside it: the realisation is measured against the nearer end (itself inside).
  const reference = typeof target === 'number' ? target : Math.min(Math.max(realisation, target.min), target.max);
  const ratio = realisation / reference;
  return roundDecimal((input.direction === 'lower-is-better' ? 2 - ratio : ratio) * 100, 2);
}

/** PermenPANRB 8/2021: the band and value of an achievement (percent). */
export function ikiConversion(achievement: number, targetIsMaximum: boolean): { band: LegacyBand; score: number } {
  if (achievement === 100 && targetIsMaximum) return { band: 'very-good', score: 120 };
  if (achievement >= 101) return { band: 'very-good', score: Math.min(120, roundDecimal(110 + ((120 - 110) / (110 - 101)) * (achievement - 101), 2)) };
  if (achievement >= 100) return { band: 'good', score: 109 };
  if (achievement >= 80) return { band: 'fair', score: roundDecimal(70 + ((89 - 70) / (99 - 80)) * (achievement - 80), 2) };
  if (achievement >= 60) return { band: 'poor', score: roundDecimal(50 + ((69 - 50) / (79 - 60)) * (achievement - 60), 2) };
  // Below 0 % (a lower-is-better realisation more than twice its target) the value stays at 0, the bottom of the scale.
  return { band: 'very-poor', score: Math.max(0, roundDecimal((achievement / 59) * 49, 2)) };
}
