/**
 * Stage 8: the ASN-management work plan. The data the plan is checked against is the demo's own, read back through
 * the ports or drawn the way the stages before did: the stored roster, each employee's competency assessment
 * (dataset/assessments.ts, the same as the competency stage's), the JP of training each PNS and CPNS completed in
 * the year (drawn here, as no stage keeps training records), the stored predikat, and the satisfaction index of
 * every service unit scored again from the questionnaires in the survey port. The index is the reason this stage
 * runs last: the satisfaction stage stores the questionnaires, and a work plan checked without them could not say
 * which units need an open forum.
 *
 * Against that data (`parseWorkPlanContext`) the stage validates the complete Medan 2027 plan of
 * examples/workplan/medan-2027.ts (`validateAsnWorkPlan`), drafts a plan from the same data (`draftAsnWorkPlan`)
 * and validates the draft in turn.
 */
import type { LocalizedText, Severity } from 'asn-kit/core';
import {
  PILLARS,
  parseWorkPlanContext,
  validateAsnWorkPlan,
  type AsnWorkPlan,
  type AsnWorkPlanValidation,
  type CoverageCheck,
  type WorkPlanContext,
} from 'asn-kit/workplan';
import { satisfactionIndex } from 'asn-kit/service-quality';
import { medan2027Draft, medan2027Plan } from '../../workplan/medan-2027';
import { assessmentDay, assessmentOf } from '../dataset/assessments';
import { UNITS } from '../dataset/units';
import { expectOk } from '../outcome';
import { both, cite, inEn, inId } from '../report/text';
import type { Cell, Stage, StageContext } from '../stage';
import { surveyKey } from './satisfaction';

/** Trainings the city runs with the universities and polytechnic of Medan. */
const CATALOGUE = [
  { competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24, provider: 'Universitas Sumatera Utara' },
  { competency: 'integrity', title: 'Coaching Integritas', form: 'coaching', jp: 16, provider: 'Universitas Negeri Medan' },
  { competency: 'decision-making', title: 'Pelatihan Pengambilan Keputusan', form: 'managerial-training', jp: 32, provider: 'Universitas Negeri Medan' },
  { competency: 'managing-change', title: 'Pelatihan Manajemen Perubahan', form: 'course', jp: 24, provider: 'Politeknik Negeri Medan' },
] as const;

const SEVERITY: Readonly<Record<Severity, LocalizedText>> = {
  error: both('galat', 'error'),
  warning: both('peringatan', 'warning'),
  info: both('catatan', 'note'),
};

const CHECKS: Readonly<Record<CoverageCheck['check'], LocalizedText>> = {
  'competency-shortfalls': both('tempat pelatihan bagi pegawai di bawah standar', 'training places for employees below standard'),
  'jp-minimum': both('JP menuju 20 JP setahun', 'JP towards 20 JP a year'),
  'unit-evaluations': both('perangkat daerah dievaluasi', 'perangkat daerah evaluated'),
  'low-satisfaction-units': both('unit ber-IKM rendah dengan forum', 'low-index units given a forum'),
  'promised-services': both('layanan yang dijanjikan', 'services promised'),
  'engagement-frequency': both('periode dengan sesi keterlibatan', 'periods with an engagement session'),
};

/** Each check of a pillar as "what: planned of required", in both languages. */
function checksOf(checks: readonly CoverageCheck[]): LocalizedText {
  return both(
    checks.map((check) => `${CHECKS[check.check].id}: ${inId(check.planned)} dari ${inId(check.required)}`).join('; '),
    checks.map((check) => `${CHECKS[check.check].en}: ${inEn(check.planned)} of ${inEn(check.required)}`).join('; '),
  );
}

/** The data of the demo year, parsed once. */
async function demoContext({ store, random, year }: StageContext): Promise<WorkPlanContext> {
  const employees = expectOk(await store.employees.list(), 'employees');
  const assessedOn = assessmentDay(year);
  const satisfaction = [];
  for (const unit of UNITS.filter((candidate) => candidate.service)) {
    const responses = expectOk(await store.surveys.read(surveyKey(unit.id, year)), `survey ${unit.id}`);
    satisfaction.push({ unit: { id: unit.id, name: unit.name }, converted: expectOk(satisfactionIndex({ responses }), `index ${unit.id}`).converted });
  }
  return expectOk(
    parseWorkPlanContext({
      roster: employees,
      assessments: employees.map((employee) => ({ nip: employee.nip, date: assessedOn, ...assessmentOf(employee, assessedOn) })),
      catalogue: CATALOGUE,
      completedJp: employees
        .filter((employee) => employee.kind !== 'PPPK')
        .map((employee) => ({ nip: employee.nip, jp: random.weighted([[0, 2], [6, 2], [12, 2], [20, 3], [32, 1]] as const) })),
      performance: expectOk(await store.performance.list({ year }), 'performance').map((record) => ({ nip: record.nip, predikat: record.predikat })),
      satisfaction,
    }),
    'work-plan context',
  );
}

/** The pillar of an activity, by its strategy. */
function pillarOf(plan: AsnWorkPlan, strategyId: string): LocalizedText {
  const pillar = plan.strategies.find((strategy) => strategy.id === strategyId)?.pillar;
  return PILLARS.find((row) => row.pillar === pillar)?.label ?? both('-', '-');
}

interface Checked {
  readonly name: LocalizedText;
  readonly plan: AsnWorkPlan;
  readonly result: AsnWorkPlanValidation;
}

function summary({ name, plan, result }: Checked): LocalizedText {
  const covered = result.coverage.filter((pillar) => pillar.covered).length;
  const met = result.coverage.flatMap((pillar) => pillar.checks).filter((check) => check.met).length;
  const checks = result.coverage.flatMap((pillar) => pillar.checks).length;
  return both(
    `${name.id}: ${inId(plan.activities.length)} kegiatan, ${result.valid ? 'valid' : 'tidak valid'}, ${inId(result.errors)} galat dan ${inId(result.warnings)} peringatan; ${inId(covered)} dari ${inId(result.coverage.length)} pilar berkegiatan, ${inId(met)} dari ${inId(checks)} pemeriksaan cakupan terpenuhi.`,
    `${name.en}: ${inEn(plan.activities.length)} activities, ${result.valid ? 'valid' : 'not valid'}, ${inEn(result.errors)} errors and ${inEn(result.warnings)} warnings; ${inEn(covered)} of ${inEn(result.coverage.length)} pillars with activities, ${inEn(met)} of ${inEn(checks)} coverage checks met.`,
  );
}

export const workPlanStage: Stage = {
  id: 'work-plan',
  title: both('Rencana kerja ASN', 'ASN work plan'),
  run: async (stageContext) => {
    const context = await demoContext(stageContext);
    const complete = medan2027Plan();
    const draft = medan2027Draft(context);
    const checked: Checked[] = [
      { name: both('Rencana lengkap Kota Medan 2027', 'The complete Medan 2027 plan'), plan: complete, result: expectOk(validateAsnWorkPlan(complete, context), 'validating the plan') },
      { name: both('Draf dari data demo', 'The draft from the demo data'), plan: draft, result: expectOk(validateAsnWorkPlan(draft, context), 'validating the draft') },
    ];
    const issues = checked.flatMap(({ name, result }) => result.issues.map((found): Cell[] => [name, SEVERITY[found.severity], found.code, found.message, cite(found.basis)]));
    return {
      counts: [
        [checked[0]?.result.issues.length ?? 0, both('temuan pada rencana lengkap', 'issues in the complete plan')],
        [draft.activities.length, both('kegiatan draf', 'drafted activities')],
        [checked[1]?.result.issues.length ?? 0, both('temuan pada draf', 'issues in the draft')],
      ],
      section: {
        id: 'rencana-kerja',
        title: both('Rencana kerja pengelolaan ASN', 'The ASN-management work plan'),
        lead: both(
          'Rencana kerja pengelolaan ASN Kota Medan 2027 pada empat pilar (pengembangan kompetensi, evaluasi kinerja, teknologi, keterlibatan publik) diperiksa terhadap data demo: kekurangan kompetensi terhadap standar jabatan (PermenPANRB 38/2017), 20 JP pengembangan kompetensi setahun bagi PNS dan CPNS (PP 11/2017 Pasal 203 ayat (4)), evaluasi kinerja setiap perangkat daerah, dan unit pelayanan dengan IKM di bawah mutu B (PermenPANRB 14/2017). Dari data yang sama disusun draf yang lalu diperiksa pula.',
          'The Medan ASN-management work plan for 2027 on its four pillars (competency development, performance evaluation, technology, public engagement) checked against the demo data: competency shortfalls against the position standard (PermenPANRB 38/2017), 20 JP of competency development a year for every PNS and CPNS (PP 11/2017 Pasal 203 ayat (4)), a performance evaluation of every perangkat daerah, and the service units whose satisfaction index is below grade B (PermenPANRB 14/2017). A plan drafted from the same data is checked in turn.',
        ),
        facts: checked.map(summary),
        charts: [],
        tables: [
          {
            id: 'rencana-kerja-cakupan',
            title: both('Cakupan per pilar', 'Coverage per pillar'),
            columns: [both('Rencana', 'Plan'), both('Pilar', 'Pillar'), both('Kegiatan', 'Activities'), both('Anggaran (Rp)', 'Budget (Rp)'), both('Pemeriksaan terpenuhi', 'Checks met'), both('Pemeriksaan', 'Checks')],
            rows: checked.flatMap(({ name, result }) => result.coverage.map((pillar): Cell[] => [
              name,
              pillar.label,
              pillar.activities,
              pillar.budget,
              `${String(pillar.checks.filter((check) => check.met).length)}/${String(pillar.checks.length)}`,
              checksOf(pillar.checks),
            ])),
          },
          {
            id: 'rencana-kerja-temuan',
            title: both('Temuan pemeriksaan rencana', 'Issues found in the plans'),
            columns: [both('Rencana', 'Plan'), both('Tingkat', 'Severity'), both('Kode', 'Code'), both('Temuan', 'Issue'), both('Dasar hukum', 'Legal basis')],
            rows: issues,
          },
          {
            id: 'rencana-kerja-draf-kegiatan',
            title: both('Kegiatan draf dan data yang memicunya', 'Drafted activities and the data behind them'),
            columns: [both('Pilar', 'Pillar'), both('Kegiatan', 'Activity'), both('Target', 'Target'), both('Satuan', 'Unit'), both('Data pemicu', 'Motivating data'), both('Dasar hukum', 'Legal basis')],
            rows: draft.activities.map((activity): Cell[] => [
              pillarOf(draft, activity.strategyId),
              activity.title,
              activity.indicator.target ?? '',
              activity.indicator.unit ?? '',
              activity.motivation?.message ?? '',
              activity.motivation === undefined ? '' : cite(activity.motivation.basis),
            ]),
          },
        ],
      },
    };
  },
};
