/**
 * `npm run demo`: asn-kit at work on a realistic case — a synthetic roster of Pemerintah Kota Medan employees,
 * taken through every module. Each section lives in examples/demo/<module>.ts.
 */
import { runCalendarDemo } from './demo/calendar';
import { runCompetencyDemo } from './demo/competency';
import { runDisciplineDemo } from './demo/discipline';
import { runEmployeeDemo } from './demo/employee';
import { runLeaveDemo } from './demo/leave';
import { runPerformanceDemo } from './demo/performance';
import { runServiceQualityDemo } from './demo/service-quality';
import { runWorkplanDemo } from './demo/workplan';

const sections: readonly (readonly [string, () => void])[] = [
  ['Pegawai / Employees (asn-kit/employee)', runEmployeeDemo],
  ['Kalender hari kerja / Working-day calendar (asn-kit/calendar)', runCalendarDemo],
  ['Cuti / Leave (asn-kit/leave)', runLeaveDemo],
  ['Kinerja / Performance (asn-kit/performance)', runPerformanceDemo],
  ['Kompetensi dan talenta / Competency and talent (asn-kit/competency)', runCompetencyDemo],
  ['Disiplin / Discipline (asn-kit/discipline)', runDisciplineDemo],
  ['Kualitas pelayanan publik / Public service quality (asn-kit/service-quality)', runServiceQualityDemo],
  ['Rencana kerja / Work plans (asn-kit/workplan)', runWorkplanDemo],
];

for (const [title, run] of sections) {
  console.log(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`);
  run();
}
