/**
 * Stage 6: unexcused absence. A few employees miss days without a valid reason (single days through the year, or a
 * run of consecutive days); each record set is parsed once (`parseAbsenceRecords`) and tallied in the working days
 * of the employee's own unit (`tallyAbsence`), with every sanction tier it reaches (PP 94/2021).
 */
import { createCalendar, isWorkingDay, type WorkingCalendar } from 'asn-kit/calendar';
import { addDays, isoDateFromParts, type IsoDate } from 'asn-kit/core';
import { SANCTION_LEVEL_LABELS, parseAbsenceRecords, tallyAbsence } from 'asn-kit/discipline';
import { expectOk } from '../outcome';
import type { Random } from '../random';
import { both, cite, inEn, inId } from '../report/text';
import type { Cell, Stage } from '../stage';

type Raw = { readonly type: 'absent'; readonly from: string; readonly to?: string };

function absences(random: Random, calendar: WorkingCalendar, year: number): Raw[] {
  const day = (): IsoDate => {
    let date = expectOk(isoDateFromParts(year, random.int(1, 12), random.int(1, 28)), 'date');
    while (!expectOk(isWorkingDay(calendar, date), 'working day')) date = addDays(date, 1);
    return date;
  };
  const singles = Array.from({ length: random.int(1, 12) }, (): Raw => ({ type: 'absent', from: day() }));
  if (!random.chance(0.25)) return singles;
  const from = day();
  return [...singles, { type: 'absent', from, to: addDays(from, random.int(3, 16)) }];
}

export const absencesStage: Stage = {
  id: 'absences',
  title: both('Ketidakhadiran', 'Absence'),
  run: async ({ store, random, year }) => {
    const calendars = { 5: expectOk(createCalendar({ workWeek: 5 }), 'calendar'), 6: expectOk(createCalendar({ workWeek: 6 }), 'calendar') } as const;
    const employees = expectOk(await store.employees.list(), 'employees');
    const outcomes = new Map<string, { label: Cell; basis: string; employees: number; salaryStops: number }>();
    let absent = 0;
    let days = 0;
    let sanctioned = 0;
    for (const employee of employees) {
      if (!random.chance(0.07)) continue;
      absent += 1;
      const calendar = calendars[employee.workWeek];
      const tally = expectOk(parseAbsenceRecords(absences(random, calendar, year)).andThen((records) => tallyAbsence(records, calendar, year)), `absences ${employee.nip}`);
      days += tally.countedDays;
      const last = tally.tiersReached[tally.tiersReached.length - 1];
      if (last !== undefined) sanctioned += 1;
      const key = last === undefined ? 'none' : `${last.level}|${last.sanction.label.id}`;
      const entry = outcomes.get(key) ?? {
        label: last === undefined ? both('Belum ada hukuman disiplin', 'No disciplinary sanction yet') : both(`${SANCTION_LEVEL_LABELS[last.level].id}: ${last.sanction.label.id}`, `${SANCTION_LEVEL_LABELS[last.level].en}: ${last.sanction.label.en}`),
        basis: last === undefined ? 'PP 94/2021 Pasal 9–11' : cite(last.basis),
        employees: 0,
        salaryStops: 0,
      };
      entry.employees += 1;
      if (tally.salaryStopsFrom !== null) entry.salaryStops += 1;
      outcomes.set(key, entry);
    }
    const rows = [...outcomes.values()].sort((left, right) => right.employees - left.employees);
    return {
      counts: [
        [absent, both('pegawai dengan ketidakhadiran', 'employees with absences')],
        [days, both('hari kerja dihitung', 'working days counted')],
        [sanctioned, both('mencapai tingkat hukuman', 'reach a sanction tier')],
      ],
      section: {
        id: 'ketidakhadiran',
        title: both('Ketidakhadiran tanpa alasan yang sah', 'Unexcused absence'),
        lead: both(
          'Hari tidak masuk kerja tanpa alasan yang sah dihitung dalam hari kerja unit pegawai (hari libur dan cuti bersama tidak dihitung), dengan tingkat hukuman disiplin yang dicapai menurut PP 94/2021 Pasal 9–11.',
          'Days of unexcused absence counted in the working days of the employee’s unit (holidays and cuti bersama left out), with the disciplinary tier reached under PP 94/2021 Pasal 9–11.',
        ),
        facts: [
          both(`${inId(absent)} pegawai tidak masuk tanpa alasan yang sah, ${inId(days)} hari kerja seluruhnya; ${inId(sanctioned)} mencapai tingkat hukuman disiplin.`, `${inEn(absent)} employees were absent without a valid reason, ${inEn(days)} working days in all; ${inEn(sanctioned)} reach a disciplinary tier.`),
        ],
        charts: [],
        tables: [
          {
            id: 'ketidakhadiran-hukuman',
            title: both('Tingkat hukuman disiplin yang dicapai', 'Disciplinary tier reached'),
            columns: [both('Hukuman disiplin', 'Sanction'), both('Dasar hukum', 'Legal basis'), both('Pegawai', 'Employees'), both('Gaji dihentikan', 'Salary stopped')],
            rows: rows.map((row) => [row.label, row.basis, row.employees, row.salaryStops]),
          },
        ],
      },
    };
  },
};
