import type { CalendarYearData } from '../types';
import { CALENDAR_DATA_2021 } from './2021';
import { CALENDAR_DATA_2022 } from './2022';
import { CALENDAR_DATA_2023 } from './2023';
import { CALENDAR_DATA_2024 } from './2024';
import { CALENDAR_DATA_2025 } from './2025';
import { CALENDAR_DATA_2026 } from './2026';
import { CALENDAR_DATA_2027 } from './2027';
import { deepFrozen } from '../../core/frozen';

/**
 * The year tables asn-kit ships, oldest first: 2021 to 2027, of which 2027 is provisional (its ASN Keppres on cuti
 * bersama is not issued yet) (docs/interpretations.md#built-in-holidays). `createCalendar` uses them unless the
 * caller passes tables of its own through `yearData`.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR_DATA } from 'asn-kit/calendar';
 * BUILT_IN_CALENDAR_DATA.map((table) => table.year); // => [2021, 2022, 2023, 2024, 2025, 2026, 2027]
 * BUILT_IN_CALENDAR_DATA.filter((table) => table.provisional !== undefined).map((table) => table.year); // => [2027]
 * ```
 */
export const BUILT_IN_CALENDAR_DATA: readonly CalendarYearData[] = /* @__PURE__ */ deepFrozen([
  CALENDAR_DATA_2021,
  CALENDAR_DATA_2022,
  CALENDAR_DATA_2023,
  CALENDAR_DATA_2024,
  CALENDAR_DATA_2025,
  CALENDAR_DATA_2026,
  CALENDAR_DATA_2027,
]);
