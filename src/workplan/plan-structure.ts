/*
 * The checks of an ASN-management work plan that need nothing but the plan: ids, references, targets, schedules
 * and budgets (internal; validateAsnWorkPlan runs them).
 */
import { INPUT_LIMITS, yearOf, type IsoDate } from '../core';
import type { AsnWorkPlanIssueCode, PlanIssue } from './errors';
import { issue, rupiah, sameAmount } from './issues';
import { PLAN_STRUCTURE_BASIS } from './rules/bases';
import { sessionCount, sessionsOf } from './sessions';
import type { AsnWorkPlan, Pillar, PlanActivity } from './types';

type Issue = PlanIssue<AsnWorkPlanIssueCode>;

/** Each id used twice in a list, as an issue at the second use. */
function duplicateIds(list: readonly { readonly id: string }[], name: string, found: Issue[]): Set<string> {
  const ids = new Set<string>();
  list.forEach((item, index) => {
    if (ids.has(item.id)) {
      found.push(issue('workplan/duplicate-id', 'error', PLAN_STRUCTURE_BASIS, `${name}.${String(index)}.id`,
        `Id "${item.id}" dipakai lebih dari sekali di ${name}.`, `The id "${item.id}" is used more than once in ${name}.`, { id: item.id }));
    }
    ids.add(item.id);
  });
  return ids;
}

/** The checks of one activity that need only the activity and the plan's ids and period. */
function activityIssues(
  activity: PlanActivity,
  path: string,
  plan: AsnWorkPlan,
  objectives: ReadonlySet<string>,
  strategies: ReadonlyMap<string, { readonly objectiveIds: readonly string[] }>,
  found: Issue[],
): void {
  const name = `"${activity.id}"`;
  if (!objectives.has(activity.objectiveId)) {
    found.push(issue('workplan/unknown-objective', 'error', PLAN_STRUCTURE_BASIS, `${path}.objectiveId`,
      `Kegiatan ${name} merujuk tujuan "${activity.objectiveId}" yang tidak ada.`,
      `Activity ${name} refers to objective "${activity.objectiveId}", which the plan lacks.`, { id: activity.id, objectiveId: activity.objectiveId }));
  }
  const strategy = strategies.get(activity.strategyId);
  if (strategy === undefined) {
    found.push(issue('workplan/unknown-strategy', 'error', PLAN_STRUCTURE_BASIS, `${path}.strategyId`,
      `Kegiatan ${name} merujuk strategi "${activity.strategyId}" yang tidak ada.`,
      `Activity ${name} refers to strategy "${activity.strategyId}", which the plan lacks.`, { id: activity.id, strategyId: activity.strategyId }));
  } else if (objectives.has(activity.objectiveId) && !strategy.objectiveIds.includes(activity.objectiveId)) {
    found.push(issue('workplan/strategy-objective-mismatch', 'warning', PLAN_STRUCTURE_BASIS, `${path}.strategyId`,
      `Strategi "${activity.strategyId}" kegiatan ${name} tidak melayani tujuan "${activity.objectiveId}".`,
      `The strategy "${activity.strategyId}" of activity ${name} does not serve objective "${activity.objectiveId}".`,
      { id: activity.id, strategyId: activity.strategyId, objectiveId: activity.objectiveId }));
  }
  const { indicator, schedule, budget } = activity;
  if (indicator.target === undefined) {
    found.push(issue('workplan/missing-target', 'error', PLAN_STRUCTURE_BASIS, `${path}.indicator.target`,
      `Indikator kegiatan ${name} tidak memiliki target.`, `The indicator of activity ${name} has no target.`, { id: activity.id }));
  }
  if (indicator.unit === undefined || indicator.unit.trim() === '') {
    found.push(issue('workplan/missing-unit', 'error', PLAN_STRUCTURE_BASIS, `${path}.indicator.unit`,
      `Indikator kegiatan ${name} tidak memiliki satuan.`, `The indicator of activity ${name} has no unit.`, { id: activity.id }));
  }
  if (schedule.from < plan.period.from || schedule.to > plan.period.to) {
    found.push(issue('workplan/schedule-outside-period', 'error', PLAN_STRUCTURE_BASIS, `${path}.schedule`,
      `Jadwal kegiatan ${name} (${schedule.from} s.d. ${schedule.to}) di luar periode rencana (${plan.period.from} s.d. ${plan.period.to}).`,
      `The schedule of activity ${name} (${schedule.from} to ${schedule.to}) is outside the plan period (${plan.period.from} to ${plan.period.to}).`,
      { id: activity.id, from: schedule.from, to: schedule.to }));
  }
  schedule.sessions?.forEach((date, at) => {
    if (date >= schedule.from && date <= schedule.to) return;
    found.push(issue('workplan/session-outside-schedule', 'error', PLAN_STRUCTURE_BASIS, `${path}.schedule.sessions.${String(at)}`,
      `Sesi ${date} kegiatan ${name} di luar jadwalnya (${schedule.from} s.d. ${schedule.to}).`,
      `The session on ${date} of activity ${name} is outside its schedule (${schedule.from} to ${schedule.to}).`, { id: activity.id, date }));
  });
  if (budget.lines.length > 0) {
    const sum = budget.lines.reduce((total, line) => total + line.amount, 0);
    if (!sameAmount(sum, budget.amount)) {
      const [lines, amount] = [rupiah(sum), rupiah(budget.amount)];
      found.push(issue('workplan/budget-mismatch', 'error', PLAN_STRUCTURE_BASIS, `${path}.budget.lines`,
        `Rincian anggaran kegiatan ${name} berjumlah ${lines.id}, sedangkan anggarannya ${amount.id}.`,
        `The budget lines of activity ${name} add up to ${lines.en}, but its budget is ${amount.en}.`,
        { id: activity.id, sum, amount: budget.amount }));
    }
  }
}

/** The structure checks of a plan, and each activity's pillar (`undefined` when its strategy is unknown). */
export function structureIssues(plan: AsnWorkPlan): { issues: Issue[]; pillars: (Pillar | undefined)[] } {
  const found: Issue[] = [];
  const { period } = plan;
  if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
    found.push(issue('workplan/period-not-whole-years', 'error', PLAN_STRUCTURE_BASIS, 'period',
      `Periode rencana ${period.from} s.d. ${period.to} bukan satu tahun kalender penuh atau lebih.`,
      `The plan period ${period.from} to ${period.to} is not one or more whole calendar years.`,
      { from: period.from, to: period.to, years: yearOf(period.to) - yearOf(period.from) + 1 }));
  }
  const objectives = duplicateIds(plan.objectives, 'objectives', found);
  duplicateIds(plan.strategies, 'strategies', found);
  duplicateIds(plan.activities, 'activities', found);
  duplicateIds(plan.services, 'services', found);
  const strategies = new Map<string, { readonly objectiveIds: readonly string[]; readonly pillar: Pillar }>();
  plan.strategies.forEach((strategy, index) => {
    if (!strategies.has(strategy.id)) strategies.set(strategy.id, strategy);
    strategy.objectiveIds.forEach((objectiveId, at) => {
      if (objectives.has(objectiveId)) return;
      found.push(issue('workplan/unknown-objective', 'error', PLAN_STRUCTURE_BASIS, `strategies.${String(index)}.objectiveIds.${String(at)}`,
        `Strategi "${strategy.id}" merujuk tujuan "${objectiveId}" yang tidak ada.`,
        `Strategy "${strategy.id}" refers to objective "${objectiveId}", which the plan lacks.`, { id: strategy.id, objectiveId }));
    });
  });
  let total = 0;
  const pillars = plan.activities.map((activity, index) => {
    activityIssues(activity, `activities.${String(index)}`, plan, objectives, strategies, found);
    total += activity.budget.amount;
    return strategies.get(activity.strategyId)?.pillar;
  });
  if (plan.budgetTotal !== undefined && !sameAmount(total, plan.budgetTotal)) {
    const [sum, declared] = [rupiah(total), rupiah(plan.budgetTotal)];
    found.push(issue('workplan/budget-mismatch', 'error', PLAN_STRUCTURE_BASIS, 'budgetTotal',
      `Anggaran kegiatan berjumlah ${sum.id}, sedangkan total rencana ${declared.id}.`,
      `The activities' budgets add up to ${sum.en}, but the plan's total is ${declared.en}.`, { sum: total, total: plan.budgetTotal }));
  }
  return { issues: found, pillars };
}

/**
 * The sessions of the plan's engagement activities, as the forums the service-quality rules count; `undefined` when
 * they would be more than `INPUT_LIMITS.total` (a schedule `every` month over centuries), counted before any is listed.
 */
export function engagementSessions(plan: AsnWorkPlan, pillars: readonly (Pillar | undefined)[]): { date: IsoDate; kind: 'dialogue' | 'open-forum' }[] | undefined {
  const engagement = plan.activities.filter((_, index) => pillars[index] === 'engagement');
  if (engagement.reduce((count, activity) => count + sessionCount(activity.schedule), 0) > INPUT_LIMITS.total) return undefined;
  const sessions: { date: IsoDate; kind: 'dialogue' | 'open-forum' }[] = [];
  for (const activity of engagement) {
    const kind = activity.forumKind ?? 'dialogue';
    for (const date of sessionsOf(activity.schedule)) sessions.push({ date, kind });
  }
  return sessions;
}
