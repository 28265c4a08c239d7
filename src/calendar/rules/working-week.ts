import type { LegalBasis, LocalizedText } from '../../core';
import { deepFrozen } from '../../core/frozen';
import type { WorkWeek } from '../types';

/** One working-week pattern: the ISO weekdays worked (1 = Monday … 7 = Sunday) and the rule that sets it. */
export interface WorkingWeekRule {
  /** ISO weekdays worked. */
  readonly workingWeekdays: readonly number[];
  /** The instrument and article. */
  readonly basis: LegalBasis;
  /** How the pattern reads, for reasons. */
  readonly label: LocalizedText;
}

/**
 * The two working weeks. Perpres 21/2023 Pasal 3 sets Monday–Friday for government agencies;
 * Pasal 7 lets the PPK set other days for units that give direct public service (a 6-day week, Monday–Saturday).
 * National holidays and cuti bersama are non-working days in both. The weekly pattern is the unit's, not dated
 * here: the dated part of the calendar is the year data. Frozen: reasons cite these objects.
 */
export const WORKING_WEEKS = /* @__PURE__ */ (() => deepFrozen({
  5: {
    workingWeekdays: [1, 2, 3, 4, 5],
    basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3 ayat (1)–(2)', note: 'Monday–Friday', interpretation: 'working-week' },
    label: { id: '5 hari kerja (Senin–Jumat)', en: '5-day week (Monday–Friday)' },
  },
  6: {
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    basis: { instrument: 'Perpres 21/2023', article: 'Pasal 7', note: 'Monday–Saturday for direct public service units', interpretation: 'working-week' },
    label: { id: '6 hari kerja (Senin–Sabtu)', en: '6-day week (Monday–Saturday)' },
  },
} as const satisfies Readonly<Record<WorkWeek, WorkingWeekRule>>))();

/** The names of the two weekend days, keyed by ISO weekday. */
export const WEEKEND_DAY_NAMES = /* @__PURE__ */ (() => deepFrozen({
  6: { id: 'Sabtu', en: 'Saturday' },
  7: { id: 'Minggu', en: 'Sunday' },
} as const satisfies Readonly<Record<6 | 7, LocalizedText>>))();
