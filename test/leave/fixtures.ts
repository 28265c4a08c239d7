import { createCalendar, type WorkingCalendar } from '../../src/calendar';
import type { IsoDate } from '../../src/core';
import { parseEmployee, type Employee } from '../../src/employee';
import type { LedgerEntry, LedgerEntryType, LeaveKind } from '../../src/leave';

/**
 * A raw value passed where the types want a parsed one: what a JavaScript caller (or a raw JSON body) hands the
 * functions. Tests use it to exercise the path that parses such input on every call.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the point: any value, typed as wanted
export function unchecked<T>(value: unknown): T {
  return value as T;
}

export const CALENDAR: WorkingCalendar = createCalendar()._unsafeUnwrap();
export const CALENDAR_6: WorkingCalendar = createCalendar({ workWeek: 6 })._unsafeUnwrap();

const BASIS = { instrument: 'test' };

export interface PnsOptions {
  readonly kind?: 'PNS' | 'CPNS';
  readonly tmtCpns?: string;
  readonly gender?: 'male' | 'female';
  readonly births?: readonly string[];
  readonly cltn?: readonly { from: string; to: string }[];
  readonly position?: Record<string, unknown>;
  readonly workWeek?: 5 | 6;
}

/** A raw PNS input with a NIP that agrees with the birth date, TMT and gender. */
export function pnsInput(options: PnsOptions = {}): Record<string, unknown> {
  const tmt = options.tmtCpns ?? '2010-01-01';
  const gender = options.gender ?? 'female';
  return {
    kind: options.kind ?? 'PNS',
    nip: `19850315${tmt.slice(0, 4)}${tmt.slice(5, 7)}${gender === 'male' ? '1' : '2'}001`,
    name: 'Sri Wahyuni',
    gender,
    birthDate: '1985-03-15',
    tmtCpns: tmt,
    golongan: 'III/c',
    position: options.position ?? { type: 'pelaksana' },
    workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
    workWeek: options.workWeek ?? 5,
    births: options.births ?? [],
    cltn: options.cltn ?? [],
  };
}

export function pns(options: PnsOptions = {}): Employee {
  return parseEmployee(pnsInput(options))._unsafeUnwrap();
}

export interface PppkOptions {
  readonly start?: string;
  readonly years?: number;
  readonly gender?: 'male' | 'female';
  readonly births?: readonly string[];
  readonly position?: Record<string, unknown>;
}

export function pppkInput(options: PppkOptions = {}): Record<string, unknown> {
  const start = options.start ?? '2024-01-01';
  const gender = options.gender ?? 'female';
  return {
    kind: 'PPPK',
    nip: `19950101${start.slice(0, 4)}21${gender === 'male' ? '1' : '2'}001`,
    name: 'Nur Aisyah',
    gender,
    birthDate: '1995-01-01',
    contract: { start, years: options.years ?? 5 },
    golongan: 'IX',
    position: options.position ?? { type: 'fungsional', level: 'ahli-pertama' },
    workUnit: { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' },
    births: options.births ?? [],
  };
}

export function pppk(options: PppkOptions = {}): Employee {
  return parseEmployee(pppkInput(options))._unsafeUnwrap();
}

export function entry(type: LedgerEntryType, year: number, days: number, date?: string, kind: LeaveKind = 'annual'): LedgerEntry {
  return { type, kind, year, date: (date ?? `${String(year)}-01-01`) as IsoDate, days, basis: BASIS };
}

export const grant = (year: number, days = 12, date?: string): LedgerEntry => entry('grant', year, days, date);
export const taken = (year: number, days: number, date?: string, kind: LeaveKind = 'annual'): LedgerEntry =>
  entry('taken', year, days, date ?? `${String(year)}-06-01`, kind);
