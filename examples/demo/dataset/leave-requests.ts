/**
 * A year of leave requests for one employee, drawn from the stage's random stream: annual leave (now and then more
 * days than are left), short sick leave, maternity leave, leave for an important reason and, rarely, major leave.
 * Dates are working days of the employee's own calendar; every request falls inside the demo year.
 */
import { addDays, addMonths, isoDateFromParts, type IsoDate } from 'asn-kit/core';
import { isWorkingDay, workingSpanEnd, type WorkingCalendar } from 'asn-kit/calendar';
import type { Employee } from 'asn-kit/employee';
import type { LeaveRequestInput } from 'asn-kit/leave';
import { expectOk } from '../outcome';
import type { Random } from '../random';

/** A request with the day it was handed in. */
export interface DatedRequest {
  readonly submitted: IsoDate;
  readonly request: LeaveRequestInput;
}

function workingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!expectOk(isWorkingDay(calendar, day), 'working day')) day = addDays(day, 1);
  return day;
}

/** A day in the given months; in December no later than the 14th, so a short leave still ends in the year. */
function randomDay(random: Random, year: number, fromMonth: number, toMonth: number): IsoDate {
  const month = random.int(fromMonth, Math.max(fromMonth, toMonth));
  return expectOk(isoDateFromParts(year, month, random.int(1, month === 12 ? 14 : 28)), 'date');
}

/** The requests of one employee in the year, in date order; `next` numbers them. */
export function leaveRequestsFor(employee: Employee, calendar: WorkingCalendar, year: number, random: Random, next: () => number): DatedRequest[] {
  const requests: DatedRequest[] = [];
  const id = (prefix: string): string => `${prefix}-${String(year)}-${String(next()).padStart(5, '0')}`;
  const working = (from: number, to: number): IsoDate => workingDayOnOrAfter(calendar, randomDay(random, year, from, to));
  const span = (start: IsoDate, days: number): IsoDate => expectOk(workingSpanEnd(calendar, start, days), 'span end');
  const noticeAhead = (start: IsoDate): IsoDate => addDays(start, -random.int(5, 30));
  // A PPPK guru has the school holidays instead of annual leave (PP 49/2018 Pasal 81): few of them ask for it.
  const schoolHolidays = employee.kind === 'PPPK' && employee.position.type === 'guru';
  const annualCount = random.weighted(schoolHolidays ? ([[0, 12], [1, 1]] as const) : ([[0, 2], [1, 4], [2, 4], [3, 1]] as const));
  for (let index = 0; index < annualCount; index += 1) {
    // Each request in its own part of the year; long requests end by November, so none runs past 31 December.
    const days = random.chance(0.06) ? random.int(13, 16) : random.int(1, 6);
    const from = 1 + Math.floor((index * 12) / annualCount);
    const start = working(from, Math.min(days > 6 ? 11 : 12, Math.floor(((index + 1) * 12) / annualCount)));
    requests.push({ submitted: noticeAhead(start), request: { id: id('CT'), kind: 'annual', start, end: span(start, days), reason: 'Keperluan keluarga' } });
  }
  if (random.chance(0.22)) {
    const start = working(1, 12);
    requests.push({ submitted: start, request: { id: id('CS'), kind: 'sick', start, end: span(start, random.int(1, 3)), documents: ['doctor-certificate'] } });
  }
  const age = year - Number(employee.birthDate.slice(0, 4));
  if (employee.gender === 'female' && age < 41 && random.chance(0.06)) {
    const start = working(1, 8);
    const end = addDays(addMonths(start, 3), -1);
    requests.push({ submitted: noticeAhead(start), request: { id: id('CM'), kind: 'maternity', start, end, birthDate: addDays(start, 10), reason: 'Persalinan' } });
  }
  if (random.chance(0.04)) {
    const start = working(1, 12);
    requests.push({
      submitted: start,
      request: { id: id('CAP'), kind: 'important-reason', ground: 'family-illness', start, end: span(start, random.int(2, 5)), documents: ['inpatient-certificate'], reason: 'Orang tua dirawat inap' },
    });
  }
  if (random.chance(0.012)) {
    const start = working(2, 6);
    requests.push({ submitted: noticeAhead(start), request: { id: id('CB'), kind: 'major', start, end: addDays(addMonths(start, 3), -1), reason: 'Cuti besar' } });
  }
  return requests.sort((left, right) => (left.request.start < right.request.start ? -1 : left.request.start > right.request.start ? 1 : 0));
}
