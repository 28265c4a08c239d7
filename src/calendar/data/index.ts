import type { CalendarYearData } from '../types';
import { CALENDAR_DATA_2024 } from './2024';
import { CALENDAR_DATA_2025 } from './2025';
import { CALENDAR_DATA_2026 } from './2026';
import { deepFrozen } from '../../core/frozen';

/**
 * The year tables asn-kit ships, oldest first: 2024, 2025 and 2026 (docs/interpretations.md#built-in-holidays). `createCalendar` uses them
 * unless the caller passes tables of its own through `yearData`.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR_DATA } from 'asn-kit/calendar';
 * BUILT_IN_CALENDAR_DATA.map((table) => table.year); // => [2024, 2025, 2026]
 * ```
 */
export const BUILT_IN_CALENDAR_DATA: readonly CalendarYearData[] = /* @__PURE__ */ deepFrozen([CALENDAR_DATA_2024, CALENDAR_DATA_2025, CALENDAR_DATA_2026]);
