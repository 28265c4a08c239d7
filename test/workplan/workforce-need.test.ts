import { describe, expect, it } from 'vitest';
import { JOB_EFFECTIVENESS_BANDS, WORKING_TIME, workforceNeed } from '../../src/workplan';
import { untyped } from '../hostile';

const W1_TASKS = [
  { name: 'Verifikasi usul cuti', volume: 240, minutes: 60 },
  { name: 'Rekap kehadiran', volume: 52, minutes: 180 },
  { name: 'Laporan bulanan', volume: 12, minutes: 1200 },
];

describe('workforceNeed', () => {
  it('W1: 240×60 + 52×180 + 12×1,200 = 38,160 minutes over 75,000 is 0.5088 (1 employee); over 72,000 0.53', () => {
    const need = workforceNeed(W1_TASKS)._unsafeUnwrap();
    expect(need).toMatchObject({ workloadMinutes: 38_160, hoursPerYear: 1250, effectiveMinutes: 75_000, need: 0.5088, needRounded: 0.51, headCount: 1, effectiveness: null });
    expect(need.basis.instrument).toBe('PermenPANRB 1/2020');
    const legacy = workforceNeed(W1_TASKS, { hoursPerYear: 1200 })._unsafeUnwrap();
    expect(legacy).toMatchObject({ effectiveMinutes: 72_000, needRounded: 0.53, headCount: 1 });
    expect(legacy.basis.instrument).toBe('Perka BKN 19/2011');
  });

  it('W2: 7,116 hours of work over 1,250 hours is 5.69 → 6 employees', () => {
    const need = workforceNeed([{ name: 'Seluruh tugas', volume: 7116, minutes: 60 }])._unsafeUnwrap();
    expect(need.needRounded).toBe(5.69);
    expect(need.headCount).toBe(6);
  });

  it('W3: 110,000 minutes over 75,000 with 1 employee: need 1.47, job effectiveness 1.47 → A', () => {
    const need = workforceNeed([{ name: 'Tugas', volume: 1, minutes: 110_000 }], { staff: 1 })._unsafeUnwrap();
    expect(need.needRounded).toBe(1.47);
    expect(need.headCount).toBe(1);
    expect(need.effectiveness).toMatchObject({ staff: 1, rounded: 1.47, band: { band: 'A' } });
    expect(need.reasons.map((found) => found.code)).toEqual(['workplan/working-time', 'workplan/head-count', 'workplan/job-effectiveness']);
  });

  it('reads each band on two decimals: 1.00 is B, 0.895 is C (0.90 after rounding is B), below 0.50 is E', () => {
    const band = (minutes: number, staff: number) => workforceNeed([{ name: 't', volume: 1, minutes }], { staff })._unsafeUnwrap().effectiveness?.band.band;
    expect(band(75_000, 1)).toBe('B');
    expect(band(67_500, 1)).toBe('B');
    expect(band(67_125, 1)).toBe('B');
    expect(band(66_750, 1)).toBe('C');
    expect(band(52_500, 1)).toBe('C');
    expect(band(37_500, 1)).toBe('D');
    expect(band(37_000, 1)).toBe('E');
    expect(band(150_000, 4)).toBe('D');
    expect(band(140_000, 4)).toBe('E');
  });

  it('rounds the head count half up and keeps an agency’s own working time', () => {
    expect(workforceNeed([{ name: 't', volume: 1, minutes: 37_500 }])._unsafeUnwrap().headCount).toBe(1);
    expect(workforceNeed([{ name: 't', volume: 1, minutes: 37_499 }])._unsafeUnwrap().headCount).toBe(0);
    const own = workforceNeed([{ name: 't', volume: 1, minutes: 78_000 }], { hoursPerYear: 1300 })._unsafeUnwrap();
    expect(own).toMatchObject({ need: 1, headCount: 1 });
    expect(own.basis.note).toBe("an agency's own effective working time of 1300 hours");
    expect(workforceNeed([], { staff: 0 })._unsafeUnwrap()).toMatchObject({ need: 0, headCount: 0, effectiveness: null });
  });

  it('the tables: 1,250 hours by default and 1,200 as an option; five bands', () => {
    expect(WORKING_TIME.rows.map((row) => [row.hoursPerYear, row.isDefault])).toEqual([[1250, true], [1200, false]]);
    expect(JOB_EFFECTIVENESS_BANDS.bands.map((row) => row.band)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('W1 in full: the working time and the rounding, each with its basis and message in both languages', () => {
    const basis = {
      instrument: 'PermenPANRB 1/2020', article: 'Lampiran (waktu kerja efektif)',
      note: '1,250 hours = 75,000 minutes a year; the figure is as implemented in government systems, the annex was not read',
    };
    const rounding = { instrument: 'PermenPANRB 1/2020', article: 'Lampiran (kebutuhan pegawai = beban kerja / waktu kerja efektif)', note: 'the exact value is kept; the head count is rounded half up' };
    expect(workforceNeed(W1_TASKS)._unsafeUnwrap()).toEqual({
      workloadMinutes: 38_160, hoursPerYear: 1250, effectiveMinutes: 75_000, need: 0.5088, needRounded: 0.51, headCount: 1, effectiveness: null, basis,
      reasons: [
        { code: 'workplan/working-time', severity: 'info', basis, data: { hoursPerYear: 1250 },
          message: { id: 'Waktu kerja efektif 1250 jam (75000 menit) setahun.', en: 'Effective working time of 1250 hours (75000 minutes) a year.' } },
        { code: 'workplan/head-count', severity: 'info', basis: rounding, data: { need: 0.5088, headCount: 1 },
          message: { id: 'Kebutuhan 0,5088 pegawai, dibulatkan menjadi 1.', en: 'A need of 0.5088 employees, rounded to 1.' } },
      ],
    });
    const legacy = workforceNeed(W1_TASKS, { hoursPerYear: 1200 })._unsafeUnwrap();
    expect(legacy.basis).toEqual({ instrument: 'Perka BKN 19/2011', article: 'Lampiran (waktu kerja efektif)', note: '240 working days × 5 hours = 72,000 minutes a year' });
    expect(legacy.reasons[1]?.message).toEqual({ id: 'Kebutuhan 0,53 pegawai, dibulatkan menjadi 1.', en: 'A need of 0.53 employees, rounded to 1.' });
  });

  it('W3 in full: the job effectiveness, its band and its basis', () => {
    const need = workforceNeed([{ name: 'Tugas', volume: 1, minutes: 110_000 }], { staff: 1 })._unsafeUnwrap();
    expect(need.effectiveness).toEqual({ staff: 1, value: 110_000 / 75_000, rounded: 1.47, band: { band: 'A', above: 1, atLeast: 1, label: { id: 'Sangat Baik', en: 'Very good' } } });
    expect(need.reasons[1]?.message).toEqual({ id: 'Kebutuhan 1,4667 pegawai, dibulatkan menjadi 1.', en: 'A need of 1.4667 employees, rounded to 1.' });
    expect(need.reasons[2]).toEqual({
      code: 'workplan/job-effectiveness', severity: 'info',
      basis: { instrument: 'Permendagri 12/2008', article: 'Lampiran (prestasi kerja jabatan)', note: 'bands differ between sources and were not verified in the primary text; read on 2 decimals' },
      message: { id: 'Efektivitas jabatan 1,47 dengan 1 pegawai: A (Sangat Baik).', en: 'Job effectiveness 1.47 with 1 employees: A (Very good).' },
      data: { staff: 1, value: 110_000 / 75_000, band: 'A' },
    });
    const two = workforceNeed([{ name: 'Tugas', volume: 2, minutes: 55_000 }], { staff: 2 })._unsafeUnwrap();
    expect([two.workloadMinutes, two.effectiveness?.value, two.effectiveness?.rounded]).toEqual([110_000, 110_000 / 150_000, 0.73]);
  });

  it("an agency's own working time cites PermenPANRB 1/2020 with the hours it was given", () => {
    const own = workforceNeed([{ name: 't', volume: 1, minutes: 78_000 }], { hoursPerYear: 1300 })._unsafeUnwrap();
    expect(own.basis).toEqual({ instrument: 'PermenPANRB 1/2020', note: "an agency's own effective working time of 1300 hours" });
    expect(own.reasons[0]?.message).toEqual({ id: 'Waktu kerja efektif 1300 jam (78000 menit) setahun.', en: 'Effective working time of 1300 hours (78000 minutes) a year.' });
  });

  it('bad input is a coded error, never a throw', () => {
    expect(workforceNeed(untyped(null))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(workforceNeed([{ name: 't', volume: -1, minutes: 1 }])._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(workforceNeed(W1_TASKS, untyped({ hours: 1250 }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(workforceNeed(W1_TASKS, { hoursPerYear: 0 })._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
  });
});
