import type { CalendarError } from '../calendar';
import { leaveError, type LeaveError } from './errors';

/**
 * A calendar error as the leave module passes it on (internal): the data gap `calendar/year-not-covered` as it is,
 * any other as `leave/calendar-error` with the calendar's code in its data (parsed input does not meet one: its
 * dates are checked and in order, its calendar is one from `createCalendar`).
 */
export function calendarError(error: CalendarError): LeaveError {
  if (error.code === 'calendar/year-not-covered') return { ...error, code: error.code };
  return leaveError('leave/calendar-error', { instrument: 'asn-kit', interpretation: 'built-in-holidays' }, error.message, { ...error.data, calendarCode: error.code });
}
