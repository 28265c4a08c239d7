import { err, ok, type Result } from 'neverthrow';
import { reason, roundDecimal, validate, type LegalBasis, type Reason } from '../core';
import type { WorkplanError } from './errors';
import { INVALID_INPUT } from './kinds';
import { readOptions } from './read-options';
import { JOB_EFFECTIVENESS_BANDS, type EffectivenessBandRow } from './rules/job-effectiveness';
import { WORKING_TIME } from './rules/working-time';
import { workforceNeedOptionsSchema, workloadTasksSchema } from './schemas';
import type { WorkforceNeedOptions, WorkloadTask } from './types';
import { deepFrozen } from '../core/frozen';

/**
 * The job effectiveness of a position (efektivitas jabatan): workload / (staff × effective working time).
 *
 * @example
 * ```ts
 * import type { JobEffectiveness } from 'asn-kit/workplan';
 * type Band = JobEffectiveness['band']['band']; // 'A' | 'B' | 'C' | 'D' | 'E'
 * ```
 */
export interface JobEffectiveness {
  /** The current staff. */
  readonly staff: number;
  /** The exact value. */
  readonly value: number;
  /** The value rounded to 2 decimals, on which the band is read. */
  readonly rounded: number;
  /** The band. */
  readonly band: EffectivenessBandRow;
}

/**
 * The result of {@link workforceNeed}.
 *
 * @example
 * ```ts
 * import { workforceNeed } from 'asn-kit/workplan';
 * workforceNeed([{ name: 'Verifikasi', volume: 240, minutes: 60 }]).map((need) => need.workloadMinutes); // => Ok(14400)
 * ```
 */
export interface WorkforceNeed {
  /** Σ volume × norm time, in minutes. */
  readonly workloadMinutes: number;
  /** The effective working hours a year used. */
  readonly hoursPerYear: number;
  /** The effective working time in minutes. */
  readonly effectiveMinutes: number;
  /** The exact need: workload / effective working time. */
  readonly need: number;
  /** The need rounded to 2 decimals, as printed. */
  readonly needRounded: number;
  /** The head count: the need rounded half up to a whole number. */
  readonly headCount: number;
  /** The job effectiveness against the current staff, when a staff of one or more was given. */
  readonly effectiveness: JobEffectiveness | null;
  /** The working time's basis. */
  readonly basis: LegalBasis;
  /** The working time used and the rounding, and the band with its basis. */
  readonly reasons: readonly Reason[];
}

const ROUNDING_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 1/2020',
  article: 'Lampiran (kebutuhan pegawai = beban kerja / waktu kerja efektif)',
  note: 'the exact value is kept; the head count is rounded half up',
});

function bandOf(rounded: number): EffectivenessBandRow {
  const bands = JOB_EFFECTIVENESS_BANDS.bands;
  // Band E starts at 0, and no effectiveness is below it.
  return bands.find((row) => (row.above === null ? rounded >= row.atLeast : rounded > row.above)) as EffectivenessBandRow;
}

/**
 * The workforce need of a position from its workload analysis (analisis beban kerja): Σ (volume × norm time) /
 * effective working time. The effective working time is 1,250 hours (75,000 minutes) a year by default
 * (PermenPANRB 1/2020), or 1,200 hours (Perka BKN 19/2011, still used in some systems), or an agency's own
 * figure. The exact value is returned with the head count rounded half up (0.5088 → 1). Given the current
 * staff, the job effectiveness (workload / (staff × effective working time)) and its band (A above 1.00 … E below
 * 0.50, on the value rounded to 2 decimals; Permendagri 12/2008, bands vary between sources).
 *
 * @param tasks - The tasks, each with its yearly volume and norm time in minutes.
 * @param options - `{ hoursPerYear, staff }`; an unknown key is an error.
 * @returns `Ok(need)`; `Err` with `workplan/invalid-input` (also for more than `INPUT_LIMITS.records` tasks).
 * @see Official: PermenPANRB 1/2020 tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja
 * @example
 * ```ts
 * import { workforceNeed } from 'asn-kit/workplan';
 * const tasks = [
 *   { name: 'Verifikasi usul cuti', volume: 240, minutes: 60 },
 *   { name: 'Rekap kehadiran', volume: 52, minutes: 180 },
 *   { name: 'Laporan bulanan', volume: 12, minutes: 1200 },
 * ];
 * const need = workforceNeed(tasks);
 * if (need.isOk()) {
 *   need.value.need; // => 0.5088
 *   need.value.headCount; // => 1
 * }
 * workforceNeed(tasks, { hoursPerYear: 1200 }).map((result) => result.needRounded); // => Ok(0.53)
 * workforceNeed(tasks, { hoursPerYear: 0 }).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function workforceNeed(tasks: readonly WorkloadTask[], options?: WorkforceNeedOptions): Result<WorkforceNeed, WorkplanError> {
  const list = validate(workloadTasksSchema, tasks, INVALID_INPUT);
  if (list.isErr()) return err(list.error);
  const checked = readOptions(workforceNeedOptionsSchema, options);
  if (checked.isErr()) return err(checked.error);
  const hoursPerYear = checked.value.hoursPerYear ?? 1250;
  const row = WORKING_TIME.rows.find((candidate) => candidate.hoursPerYear === hoursPerYear);
  const basis: LegalBasis = row?.basis ?? { instrument: 'PermenPANRB 1/2020', note: `an agency's own effective working time of ${String(hoursPerYear)} hours` };
  const workloadMinutes = list.value.reduce((sum, task) => sum + task.volume * task.minutes, 0);
  const effectiveMinutes = hoursPerYear * 60;
  const need = workloadMinutes / effectiveMinutes;
  const headCount = roundDecimal(need, 0);
  const reasons: Reason[] = [
    reason('workplan/working-time', 'info', basis, {
      id: `Waktu kerja efektif ${String(hoursPerYear)} jam (${String(effectiveMinutes)} menit) setahun.`,
      en: `Effective working time of ${String(hoursPerYear)} hours (${String(effectiveMinutes)} minutes) a year.`,
    }, { hoursPerYear }),
    reason('workplan/head-count', 'info', ROUNDING_BASIS, {
      id: `Kebutuhan ${String(roundDecimal(need, 4)).replace('.', ',')} pegawai, dibulatkan menjadi ${String(headCount)}.`,
      en: `A need of ${String(roundDecimal(need, 4))} employees, rounded to ${String(headCount)}.`,
    }, { need, headCount }),
  ];
  const staff = checked.value.staff;
  let effectiveness: JobEffectiveness | null = null;
  if (staff !== undefined && staff > 0) {
    const value = workloadMinutes / (staff * effectiveMinutes);
    const rounded = roundDecimal(value, 2);
    const band = bandOf(rounded);
    effectiveness = { staff, value, rounded, band };
    reasons.push(reason('workplan/job-effectiveness', 'info', JOB_EFFECTIVENESS_BANDS.basis, {
      id: `Efektivitas jabatan ${String(rounded).replace('.', ',')} dengan ${String(staff)} pegawai: ${band.band} (${band.label.id}).`,
      en: `Job effectiveness ${String(rounded)} with ${String(staff)} employees: ${band.band} (${band.label.en}).`,
    }, { staff, value, band: band.band }));
  }
  return ok({ workloadMinutes, hoursPerYear, effectiveMinutes, need, needRounded: roundDecimal(need, 2), headCount, effectiveness, basis, reasons });
}
