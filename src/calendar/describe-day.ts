import { ok, type Result } from 'neverthrow';
import type { IsoDate } from '../core/iso-date';
import { reason, type Reason } from '../core/reason';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments } from './internal/args';
import { yearNotCovered, weekdayOfDayNumber, worksAt } from './internal/lookup';
import { offReasonsOf, supersededOn } from './internal/off-days';
import { isWorkingCalendar } from './is-working-calendar';
import { provisionalReasons } from './provisional-warnings';
import { WORKING_WEEKS } from './rules/working-week';
import type { CalendarReasonCode, DayDescription, NonWorkingDay, NonWorkingKind, WorkingCalendar } from './types';
import { deepFrozen } from '../core/frozen';

const CODES = /* @__PURE__ */ deepFrozen({
  weekend: 'calendar/weekend',
  holiday: 'calendar/holiday',
  'collective-leave': 'calendar/collective-leave',
  custom: 'calendar/custom-holiday',
} as const satisfies Readonly<Record<NonWorkingKind, CalendarReasonCode>>);

const KIND_LABELS = /* @__PURE__ */ deepFrozen({
  weekend: { id: 'akhir pekan', en: 'weekend' },
  holiday: { id: 'hari libur nasional', en: 'national holiday' },
  'collective-leave': { id: 'cuti bersama ASN (tidak mengurangi cuti tahunan)', en: 'ASN collective leave (does not reduce annual leave)' },
  custom: { id: 'hari libur tambahan', en: 'extra holiday' },
} as const);

function offReason(day: NonWorkingDay): Reason<CalendarReasonCode> {
  const label = KIND_LABELS[day.kind];
  return reason(CODES[day.kind], 'info', day.basis, {
    id: `${day.date} bukan hari kerja: ${label.id} — ${day.name.id}.`,
    en: `${day.date} is not a working day: ${label.en} — ${day.name.en}.`,
  }, { date: day.date, kind: day.kind, name: day.name });
}

/**
 * Tells whether a date is worked in a calendar and why, each cause as an `info` reason with its legal basis: the
 * unit's working week (Perpres 21/2023 Pasal 3 and Pasal 7), the holiday or ASN cuti bersama and the instrument that set
 * it, an extra holiday, or an extra working day that overrides them all. A Saturday holiday in a
 * 5-day week has two reasons: the holiday and the weekend.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns `Ok(description)`, or `Err` with `calendar/invalid-input` or `calendar/year-not-covered`.
 * @example
 * ```ts
 * import { createCalendar, describeDay } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   const day = describeDay(calendar.value, '2025-08-18');
 *   if (day.isOk()) [day.value.working, day.value.reasons[0]?.code, day.value.reasons[0]?.basis.instrument];
 *   // => [false, 'calendar/collective-leave', 'SKB 933/2025, 1/2025, 3/2025']
 *   describeDay(calendar.value, '2026-08-18').map((working) => working.reasons[0]?.code); // => Ok('calendar/working-day')
 * }
 * ```
 */
export function describeDay(calendar: WorkingCalendar, date: string): Result<DayDescription, CalendarError> {
  const day = dayNumberOfInput(date);
  if (!isWorkingCalendar(calendar) || Number.isNaN(day)) return invalidArguments(calendar, [['date', date]]);
  const index = day - calendar.firstDayNumber;
  if (index < 0 || index >= calendar.prefix.length - 1) return yearNotCovered(calendar, date);
  const iso = date as IsoDate;
  const working = worksAt(calendar.prefix, index);
  const offs = offReasonsOf(calendar, iso, day);
  const reasons = offs.map(offReason);
  const extra = calendar.extraWorkingDays.get(iso);
  if (extra !== undefined) {
    reasons.push(
      reason('calendar/extra-working-day', 'info', extra.basis, {
        id: `${iso} adalah hari kerja tambahan: ${extra.name.id}.`,
        en: `${iso} is an extra working day: ${extra.name.en}.`,
      }, { date: iso, name: extra.name }),
    );
  } else if (working) {
    const week = WORKING_WEEKS[calendar.workWeek];
    reasons.push(
      reason('calendar/working-day', 'info', week.basis, {
        id: `${iso} adalah hari kerja (${week.label.id}).`,
        en: `${iso} is a working day (${week.label.en}).`,
      }, { date: iso }),
    );
  }
  for (const old of supersededOn(calendar, iso)) {
    reasons.push(
      reason('calendar/superseded-day', 'info', old.basis, {
        id: `${iso} semula ${KIND_LABELS[old.kind].id} (${old.name.id}); ${old.movedTo === undefined ? 'dihapus' : `dipindah ke ${old.movedTo}`} oleh ${old.basis.instrument}.`,
        en: `${iso} was first set as ${KIND_LABELS[old.kind].en} (${old.name.en}); ${old.movedTo === undefined ? 'removed' : `moved to ${old.movedTo}`} by ${old.basis.instrument}.`,
      }, { date: iso, kind: old.kind, name: old.name, ...(old.movedTo === undefined ? {} : { movedTo: old.movedTo }) }),
    );
  }
  reasons.push(...provisionalReasons(calendar, Number(iso.slice(0, 4)), Number(iso.slice(0, 4))));
  return ok({ date: iso, weekday: weekdayOfDayNumber(day), working, nonWorking: working ? [] : offs, reasons });
}
