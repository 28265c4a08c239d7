/**
 * Stage 4: competency and talent. Each employee's assessment (dataset/assessments.ts) is set against the standard
 * of the position (`standardForPosition`; guru positions use the Dinas Pendidikan's own standard, as the dictionary
 * has none for them): the gaps (`competencyGap`), the job-person match (`jobPersonMatch`), the potensial derived
 * from it with a psychometric score (`derivePotential`), and with the predikat read back from the performance port,
 * the nine-box (`talentPool`).
 */
import {
  NINE_BOX_SCHEMES,
  TALENT_AXIS_LABELS,
  TALENT_BOXES,
  competencyGap,
  derivePotential,
  jobPersonMatch,
  talentPool,
  type TalentEntry,
} from 'asn-kit/competency';
import { MANAGERIAL, assessmentDay, assessmentOf } from '../dataset/assessments';
import { expectOk, tally } from '../outcome';
import { both, inEn, inId } from '../report/text';
import type { Stage } from '../stage';

const ROWS = ['above', 'meets', 'below'] as const;
const COLUMNS = ['low', 'medium', 'high'] as const;

export const talentStage: Stage = {
  id: 'talent',
  title: both('Kompetensi dan talenta', 'Competency and talent'),
  run: async ({ store, random, year }) => {
    const assessedOn = assessmentDay(year);
    const employees = expectOk(await store.employees.list(), 'employees');
    const predikat = new Map(expectOk(await store.performance.list({ year }), 'performance').map((record) => [record.nip, record.predikat]));
    const shortfalls = new Map<string, { below: number; levels: number }>(MANAGERIAL.map((entry) => [entry.code, { below: 0, levels: 0 }]));
    const categories: string[] = [];
    const entries: TalentEntry[] = [];
    for (const employee of employees) {
      const { standard, actual } = assessmentOf(employee, assessedOn);
      const gap = expectOk(competencyGap(standard, actual), 'gap');
      for (const item of gap.belowStandard) {
        const entry = shortfalls.get(item.competency);
        if (entry !== undefined) {
          entry.below += 1;
          entry.levels += item.shortfall;
        }
      }
      const match = expectOk(jobPersonMatch(standard, actual), 'JPM');
      categories.push(match.category.label.id);
      const potential = expectOk(derivePotential({ jpm: Math.min(100, match.percentage), psychometric: random.int(45, 98) }), 'potential').potential;
      entries.push({ nip: employee.nip, name: employee.name, performance: predikat.get(employee.nip) ?? 'good', potential });
    }
    const pool = expectOk(talentPool(entries), 'talent pool');
    const boxes = NINE_BOX_SCHEMES['permenpanrb-3-2020'].boxes;
    const countOf = tally(pool.placements.map((placement) => placement.box));
    const cells = ROWS.map((row) => COLUMNS.map((column, index) => {
      const box = boxes[row][index] ?? 0;
      return { box, count: countOf.get(box) ?? 0, label: TALENT_BOXES[row][column].meaning };
    }));
    const jpmCounts = tally(categories);
    return {
      counts: [
        [employees.length, both('asesmen', 'assessments')],
        [pool.placements.length, both('pegawai di kotak talenta', 'employees placed in the nine-box')],
        [pool.successionCandidates.length, both('calon rencana suksesi', 'succession candidates')],
      ],
      section: {
        id: 'talenta',
        title: both('Kompetensi, JPM dan kotak talenta', 'Competency, JPM and the nine-box'),
        lead: both(
          'Kesenjangan kompetensi manajerial dan sosial kultural terhadap standar jabatan (PermenPANRB 38/2017), job person match, dan penempatan pada sembilan kotak talenta dari predikat kinerja dan potensial (PermenPANRB 3/2020).',
          'Managerial and socio-cultural competency gaps against the position standard (PermenPANRB 38/2017), the job-person match, and the nine-box placement from the predikat and the potensial (PermenPANRB 3/2020).',
        ),
        facts: [
          both(`${inId(pool.successionCandidates.length)} pegawai masuk kelompok rencana suksesi.`, `${inEn(pool.successionCandidates.length)} employees join the succession pool.`),
          ...[...jpmCounts].map(([label, count]) => both(`JPM ${label}: ${inId(count)} pegawai.`, `JPM ${label}: ${inEn(count)} employees.`)),
        ],
        charts: [
          {
            kind: 'grid',
            id: 'kotak-talenta',
            title: both('Sembilan kotak talenta', 'The nine-box'),
            cells,
            rows: both('Kinerja', 'Performance'),
            columns: both('Potensial', 'Potential'),
            rowLabels: ROWS.map((row) => TALENT_AXIS_LABELS[row]),
            columnLabels: COLUMNS.map((column) => TALENT_AXIS_LABELS[column]),
          },
        ],
        tables: [
          {
            id: 'kotak-talenta',
            title: both('Pegawai per kotak talenta', 'Employees per box'),
            columns: [both('Kotak', 'Box'), both('Kinerja', 'Performance'), both('Potensial', 'Potential'), both('Arti', 'Meaning'), both('Pegawai', 'Employees')],
            rows: ROWS.flatMap((row, r) => COLUMNS.map((column, c) => {
              const cell = cells[r]?.[c];
              return [cell?.box ?? 0, TALENT_AXIS_LABELS[row], TALENT_AXIS_LABELS[column], TALENT_BOXES[row][column].meaning, cell?.count ?? 0];
            })).sort((left, right) => Number(left[0]) - Number(right[0])),
          },
          {
            id: 'kesenjangan-kompetensi',
            title: both('Kesenjangan kompetensi per jenis kompetensi', 'Competency gaps by competency'),
            columns: [both('Kompetensi', 'Competency'), both('Pegawai di bawah standar', 'Employees below standard'), both('Jumlah level kurang', 'Levels short in all')],
            rows: MANAGERIAL.map((entry) => [entry.name, shortfalls.get(entry.code)?.below ?? 0, shortfalls.get(entry.code)?.levels ?? 0]),
          },
        ],
      },
    };
  },
};
