/**
 * Stage 1: the synthetic roster. Builds the employees, parses each record once at the boundary (`parseEmployee`),
 * checks every NIP against its record (`checkNipAgainstEmployee`) and stores them through the employee port.
 */
import { checkNipAgainstEmployee, parseEmployee } from 'asn-kit/employee';
import { buildEmployees } from '../dataset/employees';
import { UNITS } from '../dataset/units';
import { expectOk } from '../outcome';
import { both, inEn, inId } from '../report/text';
import type { Stage } from '../stage';

export const rosterStage: Stage = {
  id: 'roster',
  title: both('Pegawai', 'Employees'),
  run: async ({ store, random, year, employees: count }) => {
    const employees = buildEmployees(random, { count, year }).map((record) => expectOk(parseEmployee(record), `employee ${record.nip}`));
    const consistent = employees.filter((employee) => expectOk(checkNipAgainstEmployee(employee.nip, employee), 'NIP check').consistent).length;
    expectOk(await store.employees.put(employees), 'storing the employees');
    const stored = expectOk(await store.employees.list(), 'reading the employees back');
    const rows = UNITS.map((unit) => {
      const staff = stored.filter((employee) => employee.workUnit.id === unit.id);
      const of = (kind: string): number => staff.filter((employee) => employee.kind === kind).length;
      const women = staff.filter((employee) => employee.gender === 'female').length;
      return [unit.name, of('PNS'), of('CPNS'), of('PPPK'), staff.length, Math.round((100 * women) / Math.max(1, staff.length))] as const;
    });
    const pppk = stored.filter((employee) => employee.kind === 'PPPK').length;
    return {
      counts: [
        [stored.length, both('pegawai disimpan', 'employees stored')],
        [UNITS.length, both('perangkat daerah', 'agencies')],
        [pppk, both('PPPK', 'PPPK')],
        [consistent, both('NIP cocok dengan datanya', 'NIPs agree with their records')],
      ],
      section: {
        id: 'pegawai',
        title: both('Pegawai per perangkat daerah', 'Employees by agency'),
        lead: both(
          `${inId(stored.length)} pegawai sintetis di ${inId(UNITS.length)} perangkat daerah, diperiksa sekali saat masuk dan disimpan melalui port penyimpanan. NIP mengikuti Peraturan Kepala BKN 22/2007 (PNS) dan susunan NI PPPK.`,
          `${inEn(stored.length)} synthetic employees in ${inEn(UNITS.length)} agencies, parsed once where they enter and stored through the storage port. NIPs follow Peraturan Kepala BKN 22/2007 (PNS) and the NI PPPK layout.`,
        ),
        facts: [
          both(`${inId(stored.length - pppk)} PNS/CPNS dan ${inId(pppk)} PPPK.`, `${inEn(stored.length - pppk)} PNS/CPNS and ${inEn(pppk)} PPPK.`),
          both(`${inId(consistent)} dari ${inId(stored.length)} NIP cocok dengan tanggal lahir, jenis kelamin dan TMT pada datanya.`, `${inEn(consistent)} of ${inEn(stored.length)} NIPs agree with the record's birth date, gender and appointment.`),
        ],
        charts: [
          {
            kind: 'bars',
            id: 'pegawai-per-unit',
            title: both('Pegawai per perangkat daerah', 'Employees by agency'),
            categories: UNITS.map((unit) => unit.id),
            series: [
              { name: both('PNS dan CPNS', 'PNS and CPNS'), values: rows.map((row) => row[1] + row[2]) },
              { name: both('PPPK', 'PPPK'), values: rows.map((row) => row[3]) },
            ],
            unit: both('orang', 'people'),
          },
        ],
        tables: [
          {
            id: 'pegawai-per-unit',
            title: both('Pegawai per perangkat daerah', 'Employees by agency'),
            columns: [both('Perangkat daerah', 'Agency'), both('PNS', 'PNS'), both('CPNS', 'CPNS'), both('PPPK', 'PPPK'), both('Jumlah', 'Total'), both('Perempuan (%)', 'Women (%)')],
            rows,
          },
        ],
      },
    };
  },
};
