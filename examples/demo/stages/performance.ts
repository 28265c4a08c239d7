/**
 * Stage 3: performance. Each employee's SKP of the year is parsed once (`parseSkp`) with the ratings the assessor
 * gave; each unit's head gets the work rating that follows from the unit's own predikat (`leaderWorkRating`); then
 * `unitPerformanceReport` gives every predikat and checks the unit's distribution against the ranges allowed for
 * its organisational predikat (SE MenPANRB 3/2023). The predikat go to the performance port for the talent stage.
 */
import type { LocalizedText } from 'asn-kit/core';
import type { Employee } from 'asn-kit/employee';
import {
  BERAKHLAK_ORDER,
  ORG_PREDIKAT_LABELS,
  PREDIKAT_LABELS,
  PREDIKAT_ORDER,
  leaderWorkRating,
  parseSkp,
  unitPerformanceReport,
  type OrgPredikat,
  type Predikat,
  type Rating,
  type SkpInput,
} from 'asn-kit/performance';
import type { PerformanceRecord } from 'asn-kit/ports';
import { UNITS } from '../dataset/units';
import { expectOk } from '../outcome';
import type { Random } from '../random';
import { both, inEn, inId } from '../report/text';
import type { Stage } from '../stage';
import { reasonTally } from './reasons';

/** The short labels under the bars of the chart. */
const SHORT: Readonly<Record<Predikat, LocalizedText>> = {
  'very-good': { id: 'SB', en: 'VG' },
  good: { id: 'B', en: 'G' },
  'needs-improvement': { id: 'BP', en: 'NI' },
  poor: { id: 'K', en: 'P' },
  'very-poor': { id: 'SK', en: 'VP' },
};

function skpOf(employee: Employee, year: number, work: Rating, behaviour: Rating, assessor: string, leader: boolean): SkpInput {
  const period = { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` };
  return {
    period,
    approach: 'quantitative',
    jpt: leader,
    employee: { nip: employee.nip, name: employee.name, position: employee.position.title ?? employee.position.type, unit: employee.workUnit.name },
    assessor: { nip: assessor, name: 'Pejabat Penilai Kinerja' },
    mainResults: [
      {
        id: 'RHK-1',
        text: `Hasil kerja utama ${employee.position.title ?? employee.position.type}`,
        ...(leader ? { perspective: 'service-recipients' as const } : { intervenes: 'RHK-ATASAN-1' }),
        indicators: [{ text: 'Persentase target layanan tercapai', aspect: 'quantity', target: { value: 100, unit: '%' } }],
      },
    ],
    behaviours: BERAKHLAK_ORDER.map((value) => ({ value })),
    evaluations: [
      {
        kind: 'annual',
        period,
        results: [{ rhkId: 'RHK-1', evidence: [`https://ekinerja.pemkomedan.go.id/bukti/${employee.nip}/${String(year)}`], feedback: 'Dibahas dalam dialog kinerja akhir tahun', rating: work }],
        workRating: work,
        behaviourRating: behaviour,
      },
    ],
  };
}

/** A work rating drawn for one unit: lenient units rate more staff above expectations than the curve allows. */
function workRating(random: Random, lenient: boolean): Rating {
  return random.weighted(lenient ? [['above', 55], ['meets', 42], ['below', 3]] : [['above', 34], ['meets', 58], ['below', 8]]);
}

/** The behaviour rating mostly follows the work rating. */
function behaviourRating(random: Random, work: Rating): Rating {
  return random.chance(0.7) ? work : random.weighted([['above', 25], ['meets', 70], ['below', 5]]);
}

export const performanceStage: Stage = {
  id: 'performance',
  title: both('Kinerja', 'Performance'),
  run: async ({ store, random, year }) => {
    const breaches = reasonTally();
    const records: PerformanceRecord[] = [];
    const panels = [];
    const unitRows = [];
    let compliantUnits = 0;
    for (const unit of UNITS) {
      const staff = expectOk(await store.employees.list({ workUnitId: unit.id }), 'unit staff');
      const head = staff.find((employee) => employee.position.type === 'jpt') ?? staff[0];
      if (head === undefined) continue;
      const orgPredikat = random.weighted<OrgPredikat>([['outstanding', 3], ['good', 6], ['needs-improvement', 1]]);
      const lenient = random.chance(0.35);
      const leaderWork = expectOk(leaderWorkRating(orgPredikat), 'leader rating').rating;
      const ratings = new Map(staff.map((employee) => [employee.nip, employee === head ? leaderWork : workRating(random, lenient)] as const));
      const behaviours = new Map(staff.map((employee) => [employee.nip, behaviourRating(random, ratings.get(employee.nip) ?? 'meets')] as const));
      const skps = staff.map((employee) =>
        expectOk(parseSkp(skpOf(employee, year, ratings.get(employee.nip) ?? 'meets', behaviours.get(employee.nip) ?? 'meets', employee === head ? '197106061996031001' : head.nip, employee === head)), `SKP ${employee.nip}`),
      );
      const report = expectOk(
        unitPerformanceReport({ unit: { id: unit.id, name: unit.name }, period: { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` }, orgPredikat, employees: staff.map((employee) => employee.nip), skps }),
        `report ${unit.id}`,
      );
      for (const row of report.predicates) {
        records.push({ nip: row.nip, year, workUnitId: unit.id, workRating: ratings.get(row.nip) ?? 'meets', behaviourRating: behaviours.get(row.nip) ?? 'meets', predikat: row.predikat });
      }
      const check = report.distribution;
      if (check === undefined) continue;
      if (check.compliant) compliantUnits += 1;
      for (const breach of check.breaches) breaches.add(breach.reason);
      panels.push({
        label: unit.name.replace(/ Kota Medan$/, ''),
        bars: PREDIKAT_ORDER.map((predikat) => ({ label: PREDIKAT_LABELS[predikat], short: SHORT[predikat], value: check.counts[predikat], min: check.allowed[predikat].min, max: check.allowed[predikat].max })),
      });
      unitRows.push([
        unit.name,
        ORG_PREDIKAT_LABELS[orgPredikat],
        check.headCount,
        ...PREDIKAT_ORDER.map((predikat) => `${String(check.counts[predikat])} (${String(check.allowed[predikat].min)}–${String(check.allowed[predikat].max)})`),
        check.compliant ? both('sesuai', 'compliant') : both('perlu justifikasi', 'needs justification'),
      ]);
    }
    expectOk(await store.performance.put(records), 'storing performance');
    return {
      counts: [
        [records.length, both('predikat', 'predikat')],
        [panels.length, both('unit diperiksa sebarannya', 'unit distributions checked')],
        [panels.length - compliantUnits, both('unit di luar kurva', 'units off the curve')],
      ],
      section: {
        id: 'kinerja',
        title: both(`Kinerja tahun ${String(year)}`, `Performance in ${String(year)}`),
        lead: both(
          'Predikat kinerja pegawai dari rating hasil kerja dan rating perilaku kerja (PermenPANRB 6/2022), dan sebaran predikat setiap unit dibanding rentang yang dibolehkan menurut predikat kinerja organisasinya (SE MenPANRB 3/2023).',
          'Each employee’s predikat from the work and behaviour ratings (PermenPANRB 6/2022), and each unit’s distribution against the ranges allowed for its organisational predikat (SE MenPANRB 3/2023).',
        ),
        facts: [
          both(`${inId(compliantUnits)} dari ${inId(panels.length)} unit sesuai pola distribusi; unit lainnya perlu justifikasi.`, `${inEn(compliantUnits)} of ${inEn(panels.length)} units follow the distribution; the others need a justification.`),
        ],
        charts: [
          {
            kind: 'ranges',
            id: 'predikat-per-unit',
            title: both('Predikat per unit dibanding rentang yang dibolehkan', 'Predikat per unit against the allowed ranges'),
            panels,
            key: PREDIKAT_ORDER.map((predikat) => ({ short: SHORT[predikat], label: PREDIKAT_LABELS[predikat] })),
          },
        ],
        tables: [
          {
            id: 'predikat-per-unit',
            title: both('Sebaran predikat per unit (jumlah dan rentang yang dibolehkan)', 'Predikat per unit (count and allowed range)'),
            columns: [both('Unit', 'Unit'), both('Predikat organisasi', 'Organisational predikat'), both('Dinilai', 'Rated'), ...PREDIKAT_ORDER.map((predikat) => PREDIKAT_LABELS[predikat]), both('Hasil', 'Result')],
            rows: unitRows,
          },
          breaches.table('kinerja-pelanggaran-kurva', both('Ketidaksesuaian dengan pola distribusi', 'Breaches of the distribution')),
        ],
      },
    };
  },
};
