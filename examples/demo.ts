/**
 * `npm run demo`: asn-kit at work on a realistic case — a synthetic roster of Pemerintah Kota Medan employees,
 * taken through every module. Each section lives in examples/demo/<module>.ts.
 */
import { runCalendarDemo } from './demo/calendar';
import { runCompetencyDemo } from './demo/competency';
import { runDisciplineDemo } from './demo/discipline';
import { runEmployeeDemo } from './demo/employee';

const sections: readonly (readonly [string, () => void])[] = [
  ['Pegawai / Employees (asn-kit/employee)', runEmployeeDemo],
  ['Kalender hari kerja / Working-day calendar (asn-kit/calendar)', runCalendarDemo],
  ['Kompetensi dan talenta / Competency and talent (asn-kit/competency)', runCompetencyDemo],
  ['Disiplin / Discipline (asn-kit/discipline)', runDisciplineDemo],
];

for (const [title, run] of sections) {
  console.log(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`);
  run();
}
