import type { LegalBasis } from '../../core';
import { deepFrozen } from '../../core/frozen';
import type { IsoDate } from '../../core/iso-date';
import type { CalendarInstrument, CalendarYearData, InstrumentRole, OfficialDay, OfficialDayKind, ProvisionalStatus, SupersededDay } from '../types';
import { dayName } from './names';

// The built-in years are written compactly (seven years must fit the calendar's 10 kB bundle budget) and written
// out here into plain, frozen `CalendarYearData`. Every table is checked row by row against the instruments' lists
// in test/calendar/, and by `checkCalendarYearData`. `createCalendar` needs the dates and kinds only (`decodeRows`,
// ./days.ts), so the names, citations and the instruments' titles and notes are written out by `decodeYear` alone,
// which only the functions that return them import: a bundle that counts working days leaves them out.
//
// Instruments: one per `;`, `<role><number>|<signed>`, the role letter s = the SKB, a = an amendment of the SKB,
// k = the ASN Keppres on cuti bersama, p = an amendment of that Keppres, x = an ad-hoc holiday Keppres; their notes
// (for x: the title, `id|en`) are given to `decodeYear` apart, with the counts the instruments state.
// Days (and superseded days): one per `;`, fields split by `,`: `<MMDD><kind><instrument>,<name>[,<number>[,<history>]]`,
// kind h = holiday, c = cuti bersama, x = ad-hoc holiday; instrument = the index of the row's basis; name = a key of
// ./names.ts. The history says what amendments did, in steps: `+i` added by instrument i, `=i` kept by it, `-i`
// removed by it (i defaults to the row's instrument), `<MMDD` moved here from that date and `>MMDD` moved to it by
// the row's instrument, `!n` the year's note n.

/** The parts of a year written compactly, as described at the top of this file. */
export interface YearSpec {
  readonly year: number;
  readonly instruments: string;
  readonly days: string;
  readonly superseded?: string;
  readonly notes?: readonly string[];
  readonly provisional?: ProvisionalStatus;
}

/** What a year's table adds to its days (kept apart from them, so a calendar's bundle leaves it out). */
export interface YearDetails {
  /** How many holidays and cuti bersama the instruments state. */
  readonly counts: readonly [holidays: number, collectiveLeave: number];
  /** The instruments' notes by index (for an ad-hoc Keppres: its title, `id|en`). */
  readonly instrumentNotes?: Readonly<Record<number, string>>;
}

/** A row of a built-in year as a calendar holds it: its date, its kind and its index in the year's table. */
export interface BuiltInRow {
  readonly date: IsoDate;
  readonly kind: OfficialDayKind;
  readonly row: number;
}

/** What `createCalendar` reads of a built-in year: the date and kind of each row, and the year's status. */
export interface YearRows {
  readonly year: number;
  readonly days: readonly BuiltInRow[];
  readonly superseded: readonly BuiltInRow[];
  readonly provisional?: ProvisionalStatus;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const VERBS: Readonly<Record<string, string>> = { '+': 'added by', '=': 'kept by', '-': 'removed by' };

/** Each instrument's role letter, citation and signing day. */
function citations(spec: YearSpec): (readonly [role: string, instrument: string, signed: string])[] {
  return spec.instruments.split(';').map((line) => {
    const [head = '', signed = ''] = line.split('|');
    const role = head.charAt(0);
    return [role, `${role === 's' || role === 'a' ? 'SKB' : 'Keppres'} ${head.slice(1)}`, signed];
  });
}

function rowsOf(spec: YearSpec, rows: string): (OfficialDay & { readonly movedTo?: string })[] {
  const { year } = spec;
  const cited = citations(spec);
  const cite = (index: number): string => {
    const [, instrument, signed] = cited[index] as readonly [string, string, string];
    return `${instrument} (${Number(signed.slice(8))} ${MONTHS[Number(signed.slice(5, 7)) - 1] as string} ${signed.slice(0, 4)})`;
  };
  const dateOf = (text: string): string => `${year}-${text.slice(0, 2)}-${text.slice(2, 4)}`;
  return (rows === '' ? [] : rows.split(';')).map((line) => {
    const [head = '', key = '', number = '', history = ''] = line.split(',');
    const kind = head.charAt(4);
    const own = Number(head.slice(5));
    const instrument = (cited[own] as readonly [string, string, string])[1];
    const steps: string[] = [];
    let movedTo: string | undefined;
    for (let at = 0; at < history.length; ) {
      const op = history.charAt(at);
      at += 1;
      if (op === '<' || op === '>') {
        const other = dateOf(history.slice(at, at + 4));
        at += 4;
        if (op === '>') movedTo = other;
        steps.push(`moved ${op === '<' ? 'from' : 'to'} ${other} by ${cite(own)}`);
        continue;
      }
      const digit = history.charAt(at);
      const given = digit >= '0' && digit <= '9';
      const index = given ? Number(digit) : own;
      if (given) at += 1;
      steps.push(op === '!' ? (spec.notes?.[index] as string) : `${VERBS[op] as string} ${cite(index)}`);
    }
    const basis: LegalBasis = steps.length === 0 ? { instrument } : { instrument, note: steps.join('; ') };
    return {
      date: dateOf(head),
      kind: kind === 'c' ? 'collective-leave' : 'holiday',
      name: dayName(key, number, year),
      basis,
      ...(kind === 'x' ? { adHoc: true as const } : {}),
      ...(movedTo === undefined ? {} : { movedTo }),
    };
  });
}

/** The date and kind of each row, with its index: the first fields of `rowsOf`, without a name or a citation. */
function datesOf(year: number, rows: string): BuiltInRow[] {
  return (rows === '' ? [] : rows.split(';')).map((line, row) => ({
    date: `${year}-${line.slice(0, 2)}-${line.slice(2, 4)}` as IsoDate,
    kind: line.charAt(4) === 'c' ? 'collective-leave' : 'holiday',
    row,
  }));
}

/**
 * Writes out what a calendar needs of one built-in year: the date and kind of each day and superseded day, with its
 * row in the year's table (where the functions that describe days find its name and basis), and the year's status.
 * Frozen throughout.
 *
 * @param spec - The year, written compactly.
 * @returns The year's rows.
 */
export function decodeRows(spec: YearSpec): YearRows {
  return deepFrozen({
    year: spec.year,
    days: datesOf(spec.year, spec.days),
    superseded: datesOf(spec.year, spec.superseded ?? ''),
    ...(spec.provisional === undefined ? {} : { provisional: spec.provisional }),
  });
}

const ROLES: Readonly<Record<string, InstrumentRole>> = { s: 'skb', a: 'amendment', k: 'asn-keppres', p: 'amendment', x: 'ad-hoc' };
const ORDINALS = [['', 'Amendment'], [' Kedua', 'Second amendment']] as const;

/**
 * Writes out one built-in year in full: its days with their names and the history of each changed day, its
 * superseded days, the instruments (their titles and notes), the counts the instruments state and its status.
 *
 * @param spec - The year, written compactly.
 * @param details - The counts and the instruments' notes.
 * @returns The year's table.
 */
export function decodeYear(spec: YearSpec, details: YearDetails): CalendarYearData {
  const { year } = spec;
  const instruments: CalendarInstrument[] = [];
  const amended = { s: 0, k: 0 };
  citations(spec).forEach(([role, instrument, signed], index) => {
    const note = details.instrumentNotes?.[index];
    const family = role === 's' || role === 'a' ? 's' : 'k';
    const base = instruments.find((earlier) => earlier.role === (family === 's' ? 'skb' : 'asn-keppres'))?.basis.instrument ?? '';
    const [ordinalId, ordinalEn] = ORDINALS[role === 'a' || role === 'p' ? amended[family]++ : 0] ?? ORDINALS[0];
    const [id = '', en = ''] =
      role === 'x'
        ? (note ?? '').split('|')
        : role === 's'
          ? [`Hari Libur Nasional dan Cuti Bersama Tahun ${year}`, `National holidays and collective leave ${year}`]
          : role === 'k'
            ? [`Cuti Bersama Pegawai Aparatur Sipil Negara Tahun ${year}`, `ASN collective leave ${year}`]
            : [`Perubahan${ordinalId} atas ${base}`, `${ordinalEn} of ${base}`];
    const basis: LegalBasis = role === 'x' || note === undefined ? { instrument } : { instrument, note };
    instruments.push({ role: ROLES[role] as InstrumentRole, basis, signed, title: { id, en } });
  });
  const superseded: SupersededDay[] = rowsOf(spec, spec.superseded ?? '');
  return deepFrozen({
    year,
    instruments,
    days: rowsOf(spec, spec.days),
    counts: { holidays: details.counts[0], collectiveLeave: details.counts[1] },
    ...(superseded.length > 0 ? { superseded } : {}),
    ...(spec.provisional === undefined ? {} : { provisional: spec.provisional }),
  });
}
