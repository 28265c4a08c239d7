import { SPEC_2021 } from './2021';
import { SPEC_2022 } from './2022';
import { SPEC_2023 } from './2023';
import { SPEC_2024 } from './2024';
import { SPEC_2025 } from './2025';
import { SPEC_2026 } from './2026';
import { SPEC_2027 } from './2027';
import { decodeRows, type YearRows } from './decode';

/**
 * What `createCalendar` reads of the built-in years, oldest first: the date and kind of each row of
 * `BUILT_IN_CALENDAR_DATA`, with its index there (the names and citations, which counting does not need, stay in
 * that table and come into a bundle only with the functions that return them).
 */
export const BUILT_IN_YEAR_ROWS: readonly YearRows[] = /* @__PURE__ */ (() =>
  [SPEC_2021, SPEC_2022, SPEC_2023, SPEC_2024, SPEC_2025, SPEC_2026, SPEC_2027].map(decodeRows))();
