import { err, ok, type Result } from 'neverthrow';
import { trustParsed } from '../core';
import type { PlanIssue, RenjaIssueCode, WorkplanError } from './errors';
import { issue, rupiah, sameAmount, validation, type PlanValidation } from './issues';
import { RENJA_KIND } from './kinds';
import { parseRenja } from './parse-renja';
import { readOptions } from './read-options';
import { RENJA_BASIS } from './rules/bases';
import { validateRenjaOptionsSchema } from './schemas';
import type { Renja, RenjaIndicator, ValidateRenjaOptions } from './types';

type Issue = PlanIssue<RenjaIssueCode>;

function indicatorIssues(indicator: RenjaIndicator, path: string, code: string, found: Issue[]): void {
  if (indicator.target === undefined) {
    found.push(issue('workplan/missing-target', 'error', RENJA_BASIS, `${path}.indicator.target`,
      `Indikator ${code} tidak memiliki target.`, `The indicator of ${code} has no target.`, { code }));
  }
  if (indicator.unit === undefined || indicator.unit.trim() === '') {
    found.push(issue('workplan/missing-unit', 'error', RENJA_BASIS, `${path}.indicator.unit`,
      `Indikator ${code} tidak memiliki satuan.`, `The indicator of ${code} has no unit (satuan).`, { code }));
  }
}

/** A code used twice on one level is an error; with a parent, a code that does not start with its code a warning. */
function codeIssues(code: string, parent: string | undefined, path: string, seen: Set<string>, found: Issue[]): void {
  if (seen.has(code)) {
    found.push(issue('workplan/duplicate-id', 'error', RENJA_BASIS, `${path}.code`,
      `Kode ${code} dipakai lebih dari sekali.`, `The code ${code} is used more than once.`, { code }));
  }
  seen.add(code);
  if (parent !== undefined && !code.startsWith(`${parent}.`)) {
    found.push(issue('workplan/code-outside-parent', 'warning', RENJA_BASIS, `${path}.code`,
      `Kode ${code} tidak diawali kode induknya ${parent}.`, `The code ${code} does not start with its parent's code ${parent}.`, { code, parent }));
  }
}

function budgetIssue(sum: number, budget: number, path: string, code: string, parts: { id: string; en: string }, found: Issue[]): void {
  if (sameAmount(sum, budget)) return;
  const [total, declared] = [rupiah(sum), rupiah(budget)];
  found.push(issue('workplan/budget-mismatch', 'error', RENJA_BASIS, `${path}.budget`,
    `Jumlah pagu ${parts.id} ${code} ${total.id}, sedangkan pagunya ${declared.id}.`,
    `The ${parts.en} of ${code} add up to ${total.en}, but its budget is ${declared.en}.`, { code, sum, budget }));
}

/**
 * Checks a Renja Perangkat Daerah (Permendagri 86/2017; codes after Permendagri 90/2019): every indicator of a
 * programme, activity and sub-activity with a target and a unit (satuan); every sub-activity with a budget
 * (pagu) of at least zero and a location; the sub-activities' budgets adding up to their activity's and the
 * activities' (their own budget, or the sum of their sub-activities) to their programme's, where given; the
 * forward year (prakiraan maju) the plan year + 1, and the plan year the one asked for. Codes are unique per
 * level, and (a warning) each starts with its parent's code.
 *
 * A Renja from {@link parseRenja} is used as it is; anything else is parsed first.
 *
 * @param renja - The Renja.
 * @param options - `{ year }`: the plan year expected; an unknown key is an error.
 * @returns `Ok(validation)`; `Err` with `workplan/invalid-input` (not a Renja, see {@link parseRenja} for its limits).
 * @see Official: Permendagri 86/2017 (Lampiran, Renja Perangkat Daerah)
 * @example
 * ```ts
 * import { validateRenja } from 'asn-kit/workplan';
 * const indicator = { text: 'Dokumen', target: 1, unit: 'dokumen' };
 * const result = validateRenja({
 *   unit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' }, year: 2027, forwardYear: 2028,
 *   programmes: [{ code: '5.03.02', name: 'Program Kepegawaian Daerah', indicator, activities: [{
 *     code: '5.03.02.2.01', name: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', indicator, budget: 200_000_000,
 *     subActivities: [
 *       { code: '5.03.02.2.01.0001', name: 'Pengadaan ASN', indicator, budget: 100_000_000, location: 'Kota Medan' },
 *       { code: '5.03.02.2.01.0002', name: 'Informasi ASN', indicator, budget: 150_000_000, location: 'Kota Medan' },
 *     ],
 *   }] }],
 * });
 * if (result.isOk()) result.value.issues.map((found) => found.code); // => ['workplan/budget-mismatch']
 * ```
 */
export function validateRenja(renja: Renja, options?: ValidateRenjaOptions): Result<PlanValidation<RenjaIssueCode>, WorkplanError> {
  const parsed = trustParsed(renja, RENJA_KIND, parseRenja);
  if (parsed.isErr()) return err(parsed.error);
  const checked = readOptions(validateRenjaOptionsSchema, options);
  if (checked.isErr()) return err(checked.error);
  const plan = parsed.value;
  const found: Issue[] = [];
  const expected = checked.value.year;
  if (expected !== undefined && plan.year !== expected) {
    found.push(issue('workplan/plan-year', 'error', RENJA_BASIS, 'year',
      `Tahun rencana ${String(plan.year)}, seharusnya ${String(expected)}.`, `The plan year is ${String(plan.year)}, not ${String(expected)}.`,
      { year: plan.year, expected }));
  }
  if (plan.forwardYear !== plan.year + 1) {
    found.push(issue('workplan/forward-year', 'error', RENJA_BASIS, 'forwardYear',
      `Prakiraan maju untuk tahun ${String(plan.forwardYear)}, seharusnya ${String(plan.year + 1)}.`,
      `The forward estimate is for ${String(plan.forwardYear)}, not ${String(plan.year + 1)}.`, { forwardYear: plan.forwardYear, year: plan.year }));
  }
  const seen = { programmes: new Set<string>(), activities: new Set<string>(), subActivities: new Set<string>() };
  plan.programmes.forEach((programme, p) => {
    const programmePath = `programmes.${String(p)}`;
    codeIssues(programme.code, undefined, programmePath, seen.programmes, found);
    indicatorIssues(programme.indicator, programmePath, programme.code, found);
    let programmeSum = 0;
    programme.activities.forEach((activity, a) => {
      const activityPath = `${programmePath}.activities.${String(a)}`;
      codeIssues(activity.code, programme.code, activityPath, seen.activities, found);
      indicatorIssues(activity.indicator, activityPath, activity.code, found);
      let activitySum = 0;
      activity.subActivities.forEach((sub, s) => {
        const subPath = `${activityPath}.subActivities.${String(s)}`;
        codeIssues(sub.code, activity.code, subPath, seen.subActivities, found);
        indicatorIssues(sub.indicator, subPath, sub.code, found);
        if (sub.budget < 0) {
          found.push(issue('workplan/negative-budget', 'error', RENJA_BASIS, `${subPath}.budget`,
            `Pagu sub kegiatan ${sub.code} di bawah nol.`, `The budget of sub-activity ${sub.code} is below zero.`, { code: sub.code, budget: sub.budget }));
        }
        if (sub.location === undefined || sub.location.trim() === '') {
          found.push(issue('workplan/missing-location', 'error', RENJA_BASIS, `${subPath}.location`,
            `Sub kegiatan ${sub.code} tidak memiliki lokasi.`, `Sub-activity ${sub.code} has no location.`, { code: sub.code }));
        }
        activitySum += sub.budget;
      });
      if (activity.budget !== undefined && activity.subActivities.length > 0) {
        budgetIssue(activitySum, activity.budget, activityPath, activity.code, { id: 'sub kegiatan', en: 'sub-activities' }, found);
      }
      programmeSum += activity.budget ?? activitySum;
    });
    if (programme.budget !== undefined && programme.activities.length > 0) {
      budgetIssue(programmeSum, programme.budget, programmePath, programme.code, { id: 'kegiatan', en: 'activities' }, found);
    }
  });
  return ok(validation(found));
}
