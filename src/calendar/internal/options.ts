import { isIsoDate, isRealDateShape } from '../../core/iso-date';
import type { InputIssue, LocalizedIssue } from '../../core/input-error';
import type { CalendarYearData } from '../types';
import { DATE_MESSAGE, receivedType, wholeNumberIssues } from './args';
import { consecutiveYears, distinctYears, MOST_DAYS, MOST_YEARS, oneTablePerYear, RULE_MESSAGES, yearDataIssues } from './rules';
import { INPUT_LIMITS, tooManyItems } from '../../core/limits';

// The check `createCalendar` runs on its options. It is `calendarOptionsSchema` (src/calendar/schemas.ts) written
// out field by field, from the same rules (./rules.ts), because the schema cannot come along: createCalendar +
// countWorkingDays must bundle within 10 kB gzip with every dependency, the built-in tables and neverthrow alone
// take about 6 kB, the smallest zod/mini object adds about 4.5 kB, and the options schema itself 8.5 kB. (Measured
// with zod 4.6.7: the two functions come to 9,969 B with the limits of issue 14.) test/calendar/options.test.ts holds
// the two to each other: on arbitrary values, near misses and hostile objects, both give the same issues, path for
// path and message for message. Change both together.
// Messages follow zod's English and Indonesian locales, and so does the order of the checks: as in zod, a rule on a
// whole list (one table per year, consecutive years) runs unless an item failed with an issue that stops the checks
// (a wrong type, a wrong option, a malformed date); a value out of its bounds does not stop them. A list longer than
// its limit is one issue, found before its items are read (zod 4.6 does the same), and it stops the checks; options
// whose lists hold more than INPUT_LIMITS.total items together are one issue at path '', as `validate` gives.

/** The issues found so far, in English and in Bahasa Indonesia, and how many of them stop the checks after them. */
export interface Issues {
  readonly en: InputIssue[];
  readonly id: InputIssue[];
  stops: number;
}

type Check = (value: unknown, path: string, issues: Issues) => boolean;

/** Records an issue; `goesOn` for one after which zod's checks go on (a bound, a rule), not one that stops them. */
function add(issues: Issues, path: string, en: string, id: string = en, goesOn = false): false {
  issues.en.push({ path, message: en });
  issues.id.push({ path, message: id });
  if (!goesOn) issues.stops += 1;
  return false;
}

/** Records issues written in both languages. */
function addEach(issues: Issues, found: readonly LocalizedIssue[]): Issues {
  for (const { path, message } of found) add(issues, path, message.en, message.id);
  return issues;
}

/** A rule on a value: whether it holds, and its message in English and in Bahasa Indonesia. */
type Rule = readonly [holds: (value: never) => boolean, en: string, id: string];

function child(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function wrongType(issues: Issues, path: string, expected: string, value: unknown): false {
  const got = receivedType(value);
  return add(issues, path, `Invalid input: expected ${expected}, received ${got}`, `Input tidak valid: diharapkan ${expected}, diterima ${got}`);
}

function quoted(values: readonly unknown[], separator: string): string {
  return values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(separator);
}

/** A text of 1 to `INPUT_LIMITS.text` characters, counted as zod does (in code points). */
const nonEmptyText: Check = (value, path, issues) => {
  if (typeof value !== 'string') return wrongType(issues, path, 'string', value);
  if (value.length < 1) return add(issues, path, 'Too small: expected string to have >=1 characters', 'Terlalu kecil: diharapkan string memiliki >=1 karakter', true);
  const most = INPUT_LIMITS.text;
  // A code point is one or two UTF-16 units: only a string longer than the limit in units needs counting.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a shortcut; the count in code points agrees
  return value.length <= most || Array.from(value).length <= most || add(issues, path, `Too big: expected string to have <=${most} characters`, `Terlalu besar: diharapkan string memiliki <=${most} karakter`, true);
};

/**
 * A date. zod's `iso.date` stops the checks at a malformed or impossible date; a real date of a year outside
 * 1900–2999 fails the range refinement after it, which lets them go on (the Gregorian calendar repeats every 400
 * years, so the same day in 2000–2399 tells whether the date itself is real).
 */
const isoDate: Check = (value, path, issues) => {
  if (isIsoDate(value)) return true;
  const real = typeof value === 'string' && isRealDateShape(value);
  return add(issues, path, DATE_MESSAGE.en, DATE_MESSAGE.id, real);
};

function oneOf(values: readonly unknown[]): Check {
  return (value, path, issues) => {
    if (values.includes(value)) return true;
    const list = quoted(values, '|');
    return values.length === 1
      ? add(issues, path, `Invalid input: expected ${list}`, `Input tidak valid: diharapkan ${list}`)
      : add(issues, path, `Invalid option: expected one of ${list}`, `Pilihan tidak valid: diharapkan salah satu dari ${list}`);
  };
}

/**
 * A whole number of at least `min` and, when given, at most `max` (zod's `z.int().check(z.minimum, z.maximum)`): an
 * issue about its type stops the checks, one about its bounds does not.
 */
function wholeNumber(min: number, max?: number): Check {
  return (value, path, issues) => {
    const found = wholeNumberIssues(value, min, max);
    const goesOn = Number.isInteger(value);
    for (const { en, id } of found) add(issues, path, en, id, goesOn);
    return found.length === 0;
  };
}

const year = wholeNumber(1900, 2999);
/** A count of days: a whole number, at least 0. */
const count = wholeNumber(0);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object: each field of the shape (`optional`: the key may be absent), then any key it does not know. */
function strictObject(shape: Readonly<Record<string, readonly [check: Check, optional?: true]>>): Check {
  const fields = Object.entries(shape);
  return (value, path, issues) => {
    if (!isObject(value)) return wrongType(issues, path, 'object', value);
    let valid = true;
    for (const [key, [check, optional]] of fields) {
      if (optional === true && !(key in value)) continue;
      valid = check(value[key], child(path, key), issues) && valid;
    }
    const unknown: string[] = [];
    for (const key in value) if (!Object.hasOwn(shape, key)) unknown.push(key);
    if (unknown.length === 0) return valid;
    const keys = quoted(unknown, ', ');
    const plural = unknown.length > 1 ? 's' : '';
    // zod lets the checks go on after unknown keys: they describe the input's shape, not a wrong value.
    return add(issues, path, `Unrecognized key${plural}: ${keys}`, `Kunci tidak dikenali: ${keys}`, true);
  };
}

/**
 * An array of at most `most` items: a longer one is one issue that stops the checks, its items unread; otherwise its
 * items, then the rules on the whole list (each on its own), unless an item stopped the checks.
 */
function arrayOf(item: Check, most: number, rules: readonly Rule[] = []): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return wrongType(issues, path, 'array', value);
    if (value.length > most) return add(issues, path, `Too big: expected array to have <=${most} items`, `Terlalu besar: diharapkan array memiliki <=${most} item`);
    const stops = issues.stops;
    let valid = true;
    for (let index = 0; index < value.length; index += 1) valid = item(value[index], child(path, index), issues) && valid;
    if (issues.stops > stops) return false;
    for (const [holds, en, id] of rules) if (!holds(value as never)) valid = add(issues, path, en, id, true);
    return valid;
  };
}

const text = strictObject({ id: [nonEmptyText], en: [nonEmptyText] });
const basis = strictObject({ instrument: [nonEmptyText], article: [nonEmptyText, true], note: [nonEmptyText, true] });
const extraDayObject = strictObject({ date: [isoDate], name: [text, true], basis: [basis, true] });

/**
 * An extra day: a date, or `{ date, name?, basis? }`. As zod's union: a form whose issues all let the checks go on
 * gives its issues as they are; otherwise one issue at the day itself, with the message of the form the value was
 * meant to be (see `extraDayError` in schemas.ts).
 */
const extraDay: Check = (value, path, issues) => {
  if (typeof value === 'string') return isoDate(value, path, issues);
  if (typeof value !== 'object' || value === null) return add(issues, path, 'Invalid input', 'Input tidak valid');
  const inner: Issues = { en: [], id: [], stops: 0 };
  if (extraDayObject(value, '', inner)) return true;
  if (inner.stops === 0) {
    inner.en.forEach((issue, index) => {
      const at = issue.path === '' ? path : child(path, issue.path);
      add(issues, at, issue.message, (inner.id[index] as InputIssue).message, true);
    });
    return false;
  }
  const at = (issue: InputIssue): string => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`);
  return add(issues, path, at(inner.en[0] as InputIssue), at(inner.id[0] as InputIssue));
};

const yearTable = strictObject({
  year: [year],
  instruments: [
    arrayOf(
      strictObject({
        role: [oneOf(['skb', 'asn-keppres', 'ad-hoc', 'amendment'])],
        basis: [basis],
        signed: [isoDate],
        title: [text],
      }),
      INPUT_LIMITS.items,
    ),
  ],
  days: [
    arrayOf(
      strictObject({
        date: [isoDate],
        kind: [oneOf(['holiday', 'collective-leave'])],
        name: [text],
        basis: [basis],
        adHoc: [oneOf([true]), true],
      }),
      MOST_DAYS,
    ),
  ],
  counts: [strictObject({ holidays: [count], collectiveLeave: [count] }), true],
  superseded: [
    arrayOf(
      strictObject({
        date: [isoDate],
        kind: [oneOf(['holiday', 'collective-leave'])],
        name: [text],
        basis: [basis],
        movedTo: [isoDate, true],
      }),
      MOST_DAYS,
    ),
    true,
  ],
  provisional: [strictObject({ reason: [text], basis: [basis] }), true],
});

const options = strictObject({
  workWeek: [oneOf([5, 6]), true],
  years: [
    arrayOf(year, MOST_YEARS, [
      [(list: readonly number[]) => list.length >= 1, 'Too small: expected array to have >=1 items', 'Terlalu kecil: diharapkan array memiliki >=1 item'],
      [consecutiveYears, RULE_MESSAGES.consecutive, RULE_MESSAGES.consecutive],
      [distinctYears, RULE_MESSAGES.distinct, RULE_MESSAGES.distinct],
    ]),
    true,
  ],
  extraHolidays: [arrayOf(extraDay, INPUT_LIMITS.records), true],
  extraWorkingDays: [arrayOf(extraDay, INPUT_LIMITS.records), true],
  yearData: [arrayOf(yearTable, MOST_YEARS, [[oneTablePerYear, RULE_MESSAGES.oneTable, RULE_MESSAGES.oneTable]]), true],
});

/**
 * Checks one year table as `parseCalendarYearData` does, without zod: its shape, then the rules across its rows.
 *
 * @param input - The table as given.
 * @returns The issues found, at their paths from the table; none when it is valid.
 */
export function yearTableIssues(input: unknown): Issues {
  const issues: Issues = { en: [], id: [], stops: 0 };
  return yearTable(input, '', issues) ? addEach(issues, yearDataIssues(input as CalendarYearData, '')) : issues;
}

/** The length of a list; 0 for anything else. */
function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/**
 * The list items of the options as `validate` counts them before zod reads them (core/list-items.ts): the length of
 * every list, and of every list of each year table, as given; the count may stop once it passes the total.
 */
function listItems(input: unknown): number {
  if (!isObject(input)) return 0;
  const tables = input['yearData'];
  let items = lengthOf(input['years']) + lengthOf(input['extraHolidays']) + lengthOf(input['extraWorkingDays']) + lengthOf(tables);
  if (Array.isArray(tables)) {
    for (const table of tables) {
      // Stryker disable next-line ConditionalExpression: a shortcut; counting on past the total gives the same answer
      if (items > INPUT_LIMITS.total) break;
      if (isObject(table)) items += lengthOf(table['instruments']) + lengthOf(table['days']) + lengthOf(table['superseded']);
    }
  }
  return items;
}

/**
 * Checks the options of `createCalendar` as `validate` with `calendarOptionsSchema` would (their list items
 * together first, then the schema), then each year table as `parseCalendarYearData` does.
 *
 * @param input - The options as given (not `undefined`).
 * @returns Every issue found, in both languages; none when the options are valid.
 */
export function optionIssues(input: unknown): Issues {
  const issues: Issues = { en: [], id: [], stops: 0 };
  if (listItems(input) > INPUT_LIMITS.total) return addEach(issues, [tooManyItems('')]);
  if (!options(input, '', issues)) return issues;
  const tables = (input as { readonly yearData?: readonly CalendarYearData[] }).yearData ?? [];
  tables.forEach((table, index) => addEach(issues, yearDataIssues(table, `yearData.${index}.`)));
  return issues;
}
