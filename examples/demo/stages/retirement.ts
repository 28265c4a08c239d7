/**
 * Stage 5: retirements. The retirement date of every employee (`retirementDate`: the age limit of the position under
 * UU 20/2023 and PP 11/2017, the first day of the month after it is reached), counted per year for the next ten years.
 */
import { retirementDate } from 'asn-kit/employee';
import { expectOk, tally } from '../outcome';
import { both, cite, inEn, inId } from '../report/text';
import type { Stage } from '../stage';

const YEARS = 10;

export const retirementStage: Stage = {
  id: 'retirement',
  title: both('Pensiun', 'Retirement'),
  run: async ({ store, year }) => {
    const employees = expectOk(await store.employees.list(), 'employees');
    const pns = employees.filter((employee) => employee.kind !== 'PPPK');
    const retirements = pns.map((employee) => expectOk(retirementDate(employee), `retirement ${employee.nip}`));
    const years = Array.from({ length: YEARS }, (_, index) => year + 1 + index);
    const perYear = tally(retirements.map((retirement) => Number(retirement.date.slice(0, 4))));
    const byAge = tally(retirements.map((retirement) => `${String(retirement.age)}|${cite(retirement.reasons[0]?.basis ?? { instrument: 'UU 20/2023', article: 'Pasal 55' })}`));
    const within = years.reduce((sum, entry) => sum + (perYear.get(entry) ?? 0), 0);
    return {
      counts: [
        [pns.length, both('tanggal pensiun PNS', 'PNS retirement dates')],
        [within, both(`pensiun ${String(year + 1)}–${String(year + YEARS)}`, `retire ${String(year + 1)}–${String(year + YEARS)}`)],
      ],
      section: {
        id: 'pensiun',
        title: both('Pensiun per tahun', 'Retirements per year'),
        lead: both(
          'Tanggal pensiun setiap PNS menurut batas usia pensiun jabatannya (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239): mulai hari pertama bulan berikutnya setelah batas usia tercapai. PPPK berhenti saat perjanjian kerjanya berakhir dan tidak dihitung di sini.',
          'Every PNS’s retirement date under the age limit of the position (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239): the first day of the month after the limit is reached. PPPK leave when their contract ends and are not counted here.',
        ),
        facts: [both(`${inId(within)} PNS pensiun dalam ${inId(YEARS)} tahun ke depan.`, `${inEn(within)} PNS retire in the next ${inEn(YEARS)} years.`)],
        charts: [
          {
            kind: 'bars',
            id: 'pensiun-per-tahun',
            title: both('PNS yang pensiun per tahun', 'PNS retiring per year'),
            categories: years.map(String),
            series: [{ name: both('Pensiun', 'Retirements'), values: years.map((entry) => perYear.get(entry) ?? 0) }],
            unit: both('orang', 'people'),
          },
        ],
        tables: [
          {
            id: 'pensiun-per-tahun',
            title: both('PNS yang pensiun per tahun', 'PNS retiring per year'),
            columns: [both('Tahun', 'Year'), both('Pensiun', 'Retirements')],
            rows: years.map((entry) => [String(entry), perYear.get(entry) ?? 0]),
          },
          {
            id: 'pensiun-batas-usia',
            title: both('Batas usia pensiun yang berlaku', 'Retirement age limits applied'),
            columns: [both('Batas usia', 'Age limit'), both('Dasar hukum', 'Legal basis'), both('PNS', 'PNS')],
            rows: [...byAge].map(([key, count]) => {
              const [age = '', basis = ''] = key.split('|');
              return [age, basis, count];
            }),
          },
        ],
      },
    };
  },
};
