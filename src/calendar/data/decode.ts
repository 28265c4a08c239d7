import type { LegalBasis } from '../../core';
import { deepFrozen } from '../internal/freeze';
import type { CalendarInstrument, CalendarYearData, InstrumentRole, OfficialDay, ProvisionalStatus, SupersededDay } from '../types';
import { dayName } from './names';

// The built-in years are written compactly (seven years of tables must fit the calendar's 10 kB bundle budget) and
// written out here into plain `CalendarYearData`, once per process. Every table is checked row by row against the
// instruments' lists in test/calendar/data*.test.ts, and by `checkCalendarYearData`.
//
// Instruments: one per `;`, fields split by `|`: `<role><number>|<signed>[|<note>]`, where the role letter is
// s = the SKB, a = an amendment of the SKB, k = the ASN Keppres on cuti bersama, p = an amendment of that Keppres,
// x = an ad-hoc holiday Keppres (whose two extra fields are its title, id and en).
// Days (and superseded days): one per `;`, fields split by `,`: `<MMDD><kind><instrument>,<name>[,<number>[,<history>]]`,
// kind h = holiday, c = cuti bersama, x = ad-hoc holiday; instrument = the index of the row's basis; name = a key of
// ./names.ts. The history says what amendments did, in steps: `+i` added by instrument i, `=i` kept by it, `-i`
// removed by it (i defaults to the row's instrument), `<MMDD` moved here from that date and `>MMDD` moved to it by
// the row's instrument, `!n` the year's note n.

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const ROLES: Readonly<Record<string, InstrumentRole>> = { s: 'skb', a: 'amendment', k: 'asn-keppres', p: 'amendment', x: 'ad-hoc' };
const ORDINALS = [['', 'Amendment'], [' Kedua', 'Second amendment'], [' Ketiga', 'Third amendment']] as const;

/** `2023-09-12` as `12 Sep 2023`, the way the notes cite a signing day. */
function spoken(date: string): string {
  return `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1] as string} ${date.slice(0, 4)}`;
}

function instrumentsOf(year: number, spec: string): CalendarInstrument[] {
  const list: CalendarInstrument[] = [];
  for (const line of spec.split(';')) {
    const [head = '', signed = '', note, titleEn] = line.split('|');
    const role = head.charAt(0);
    const number = head.slice(1);
    const skb = role === 's' || role === 'a';
    const instrument = `${skb ? 'SKB' : 'Keppres'} ${number}`;
    const base = list.find((earlier) => earlier.role === (skb ? 'skb' : 'asn-keppres'))?.basis.instrument ?? '';
    const [ordinalId, ordinalEn] = ORDINALS[list.filter((earlier) => earlier.role === 'amendment' && earlier.basis.instrument.startsWith(instrument.slice(0, 3))).length] ?? ORDINALS[0];
    const title =
      role === 'x'
        ? [note ?? '', titleEn ?? '']
        : role === 's'
          ? [`Hari Libur Nasional dan Cuti Bersama Tahun ${year}`, `National holidays and collective leave ${year}`]
          : role === 'k'
            ? [`Cuti Bersama Pegawai Aparatur Sipil Negara Tahun ${year}`, `ASN collective leave ${year}`]
            : [`Perubahan${ordinalId} atas ${base}`, `${ordinalEn} of ${base}`];
    const basisNote = role === 'x' || note === undefined ? undefined : note;
    const basis: LegalBasis = basisNote === undefined ? { instrument } : { instrument, note: basisNote };
    list.push({ role: ROLES[role] as InstrumentRole, basis, signed, title: { id: title[0] as string, en: title[1] as string } });
  }
  return list;
}

interface Row {
  readonly day: Omit<OfficialDay, 'basis'> & { basis: LegalBasis };
  readonly movedTo?: string;
}

function rowsOf(year: number, spec: string, instruments: readonly CalendarInstrument[], notes: readonly string[]): Row[] {
  const cite = (index: number): string => {
    const instrument = instruments[index] as CalendarInstrument;
    return `${instrument.basis.instrument} (${spoken(instrument.signed)})`;
  };
  return (spec === '' ? [] : spec.split(';')).map((line) => {
    const [head = '', key = '', number = '', history = ''] = line.split(',');
    const date = `${year}-${head.slice(0, 2)}-${head.slice(2, 4)}`;
    const kind = head.charAt(4);
    const own = Number(head.slice(5));
    const basis = (instruments[own] as CalendarInstrument).basis;
    const steps: string[] = [];
    let movedTo: string | undefined;
    for (let at = 0; at < history.length; ) {
      const op = history.charAt(at);
      at += 1;
      if (op === '<' || op === '>') {
        const other = `${year}-${history.slice(at, at + 2)}-${history.slice(at + 2, at + 4)}`;
        at += 4;
        if (op === '>') movedTo = other;
        steps.push(`moved ${op === '<' ? 'from' : 'to'} ${other} by ${cite(own)}`);
        continue;
      }
      const digit = history.charAt(at);
      const given = digit >= '0' && digit <= '9';
      const index = given ? Number(digit) : own;
      if (given) at += 1;
      const verbs: Readonly<Record<string, string>> = { '+': 'added by', '=': 'kept by', '-': 'removed by' };
      steps.push(op === '!' ? (notes[index] as string) : `${verbs[op] as string} ${cite(index)}`);
    }
    const day: Row['day'] = {
      date,
      kind: kind === 'c' ? 'collective-leave' : 'holiday',
      name: dayName(key, number, year),
      basis: steps.length === 0 ? basis : { instrument: basis.instrument, note: steps.join('; ') },
      ...(kind === 'x' ? { adHoc: true as const } : {}),
    };
    return movedTo === undefined ? { day } : { day, movedTo };
  });
}

/** The parts of a year written compactly, as described at the top of this file. */
export interface YearSpec {
  readonly year: number;
  readonly instruments: string;
  readonly days: string;
  /** How many holidays and cuti bersama the instruments state. */
  readonly counts: readonly [holidays: number, collectiveLeave: number];
  readonly superseded?: string;
  readonly notes?: readonly string[];
  readonly provisional?: ProvisionalStatus;
}

/**
 * Writes out one built-in year: its instruments with their titles and citations, its days with their names and
 * the history of each changed day, its superseded days, its counts and its status. Frozen throughout.
 *
 * @param spec - The year, written compactly.
 * @returns The year's table.
 */
export function decodeYear(spec: YearSpec): CalendarYearData {
  const instruments = instrumentsOf(spec.year, spec.instruments);
  const notes = spec.notes ?? [];
  const superseded: SupersededDay[] = rowsOf(spec.year, spec.superseded ?? '', instruments, notes).map(({ day, movedTo }) => {
    const { adHoc: _adHoc, ...rest } = day;
    return movedTo === undefined ? rest : { ...rest, movedTo };
  });
  return deepFrozen({
    year: spec.year,
    instruments,
    days: rowsOf(spec.year, spec.days, instruments, notes).map((row) => row.day),
    counts: { holidays: spec.counts[0], collectiveLeave: spec.counts[1] },
    ...(superseded.length > 0 ? { superseded } : {}),
    ...(spec.provisional === undefined ? {} : { provisional: spec.provisional }),
  });
}
