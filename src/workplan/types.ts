/*
 * The types of the workplan module's inputs as the parsers return them: individual plans (SKP), the agency's
 * ASN-management work plan, the data it is checked against, the Renja and the tasks of a workload analysis. No
 * run-time code: the schemas in ./schemas.ts are the one definition of what valid input is; a type test checks
 * that their outputs are assignable to these types.
 */
import type { DateRange, IsoDate, LegalBasis, LocalizedText, Reason } from '../core';
import type { Position, WorkUnit } from '../employee';
import type { Assessment, CatalogueEntry, TrainingNeed } from '../competency';
import type { IndicatorAspect, Predikat, Rhk, Skp } from '../performance';
import type { ForumKind, ForumRequirement, SkmGrade } from '../service-quality';

/**
 * An indicator's target as a plan states it: a value or a range, and the unit (satuan). Every part is optional in
 * the type so that {@link validateSkpPlan} reports what is missing as an issue.
 *
 * @example
 * ```ts
 * import type { PlanTarget } from 'asn-kit/workplan';
 * const target: PlanTarget = { min: 95, max: 100, unit: '%' };
 * ```
 */
export interface PlanTarget {
  /** A single value to reach. */
  readonly value?: number;
  /** The lower bound of a range. */
  readonly min?: number;
  /** The upper bound of a range. */
  readonly max?: number;
  /** The unit, e.g. `'dokumen'` or `'%'`. */
  readonly unit?: string;
}

/**
 * An indicator (indikator kinerja individu) of an RHK in a plan.
 *
 * @example
 * ```ts
 * import type { PlanIndicator } from 'asn-kit/workplan';
 * const indicator: PlanIndicator = { text: 'Dokumen tepat waktu', aspect: 'time', target: { value: 12, unit: 'bulan' } };
 * ```
 */
export interface PlanIndicator {
  /** The indicator's text. */
  readonly text: string;
  /** The aspect it measures (required under the quantitative approach). */
  readonly aspect?: IndicatorAspect;
  /** The target. */
  readonly target?: PlanTarget;
  /** The weight in percent: only in a PermenPANRB 8/2021 SKP. */
  readonly weight?: number;
}

/**
 * A result plan (RHK) of an individual plan.
 *
 * @example
 * ```ts
 * import type { PlanRhk } from 'asn-kit/workplan';
 * const rhk: PlanRhk = { id: 'R1', text: 'Layanan KTP-el', intervenes: 'K1', indicators: [] };
 * ```
 */
export interface PlanRhk extends Omit<Rhk, 'indicators'> {
  /** The indicators (at least one for a valid plan). */
  readonly indicators: readonly PlanIndicator[];
  /** The Perjanjian Kinerja target the RHK of a JPT derives from. */
  readonly performanceAgreement?: string;
}

/**
 * The regulation an SKP follows: PermenPANRB 6/2022 (no weights, the default) or PermenPANRB 8/2021 (weighted
 * indicators, for 2021 records).
 *
 * @example
 * ```ts
 * import type { SkpRegulation } from 'asn-kit/workplan';
 * const regulation: SkpRegulation = 'permenpanrb-8-2021';
 * ```
 */
export type SkpRegulation = 'permenpanrb-6-2022' | 'permenpanrb-8-2021';

/**
 * An individual plan (SKP) as {@link parseSkpPlan} returns it: the SKP of the performance module, with targets
 * that may be incomplete, optional weights and, for the assessor check, the positions of the two people.
 *
 * @example
 * ```ts
 * import { parseSkpPlan, type SkpPlan } from 'asn-kit/workplan';
 * declare const input: unknown;
 * const plan: SkpPlan | undefined = parseSkpPlan(input).unwrapOr(undefined);
 * ```
 */
export interface SkpPlan extends Omit<Skp, 'mainResults' | 'additionalResults'> {
  /** The regulation the SKP follows. */
  readonly regulation: SkpRegulation;
  /** The main results (hasil kerja utama). */
  readonly mainResults: readonly PlanRhk[];
  /** The additional results (hasil kerja tambahan). */
  readonly additionalResults: readonly PlanRhk[];
  /** The employee's position, for the assessor check. */
  readonly employeePosition?: Position;
  /** The assessor's position, for the assessor check. */
  readonly assessorPosition?: Position;
}

/**
 * The four pillars of an agency's ASN-management work plan: competency development through training,
 * objective performance evaluation, technology, and public engagement.
 *
 * @example
 * ```ts
 * import type { Pillar } from 'asn-kit/workplan';
 * const pillar: Pillar = 'engagement';
 * ```
 */
export type Pillar = 'competency' | 'performance' | 'technology' | 'engagement';

/**
 * An objective (tujuan) of the plan.
 *
 * @example
 * ```ts
 * import type { PlanObjective } from 'asn-kit/workplan';
 * const objective: PlanObjective = { id: 'T1', text: 'Meningkatkan kualitas dan kinerja ASN' };
 * ```
 */
export interface PlanObjective {
  /** An id unique within the plan. */
  readonly id: string;
  /** The objective. */
  readonly text: string;
}

/**
 * A strategy of the plan, on one pillar, serving one or more objectives.
 *
 * @example
 * ```ts
 * import type { PlanStrategy } from 'asn-kit/workplan';
 * const strategy: PlanStrategy = { id: 'S1', pillar: 'competency', text: 'Pelatihan bersama perguruan tinggi', objectiveIds: ['T1'] };
 * ```
 */
export interface PlanStrategy {
  /** An id unique within the plan. */
  readonly id: string;
  /** Its pillar. */
  readonly pillar: Pillar;
  /** The strategy. */
  readonly text: string;
  /** The objectives it serves. */
  readonly objectiveIds: readonly string[];
}

/**
 * An activity's indicator: what is measured, from what baseline, to what target, in what unit.
 *
 * @example
 * ```ts
 * import type { ActivityIndicator } from 'asn-kit/workplan';
 * const indicator: ActivityIndicator = { text: 'Pegawai terlatih', baseline: 0, target: 120, unit: 'orang' };
 * ```
 */
export interface ActivityIndicator {
  /** What is measured. */
  readonly text: string;
  /** The value at the start. */
  readonly baseline?: number;
  /** The value to reach. */
  readonly target?: number;
  /** The unit. */
  readonly unit?: string;
}

/**
 * When an activity runs: its dates, and how often it recurs or the dates of its sessions.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { ActivitySchedule } from 'asn-kit/workplan';
 * const schedule: ActivitySchedule = { from: '2027-01-01' as IsoDate, to: '2027-12-31' as IsoDate, every: 'quarter' };
 * ```
 */
export interface ActivitySchedule {
  /** The first day. */
  readonly from: IsoDate;
  /** The last day. */
  readonly to: IsoDate;
  /** A session on the first day and then every month, quarter, half-year or year while inside the dates. */
  readonly every?: 'month' | 'quarter' | 'half-year' | 'year';
  /** The dates of the sessions, when known (they take precedence over `every`). */
  readonly sessions?: readonly IsoDate[];
}

/**
 * One line of an activity's budget.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from 'asn-kit/workplan';
 * const line: BudgetLine = { item: 'Honor narasumber', amount: 15_000_000 };
 * ```
 */
export interface BudgetLine {
  /** What the money is for. */
  readonly item: string;
  /** The amount in rupiah. */
  readonly amount: number;
}

/**
 * An activity's budget: the amount and, when itemised, the lines that add up to it.
 *
 * @example
 * ```ts
 * import type { ActivityBudget } from 'asn-kit/workplan';
 * const budget: ActivityBudget = { amount: 50_000_000, source: 'APBD', lines: [] };
 * ```
 */
export interface ActivityBudget {
  /** The amount in rupiah. */
  readonly amount: number;
  /** The source of funds, e.g. `'APBD'`. */
  readonly source?: string;
  /** The lines (none when not itemised). */
  readonly lines: readonly BudgetLine[];
}

/**
 * A partner of an activity, e.g. a university that runs a training.
 *
 * @example
 * ```ts
 * import type { Partner } from 'asn-kit/workplan';
 * const partner: Partner = { name: 'Universitas Sumatera Utara', kind: 'education' };
 * ```
 */
export interface Partner {
  /** The partner's name. */
  readonly name: string;
  /** Educational institution, government body, private company, community, or other. */
  readonly kind: 'education' | 'government' | 'private' | 'community' | 'other';
}

/**
 * A target group (kelompok sasaran) of an activity.
 *
 * @example
 * ```ts
 * import type { TargetGroup } from 'asn-kit/workplan';
 * const group: TargetGroup = { text: 'Pengawas dengan kesenjangan kompetensi pelayanan publik', count: 42 };
 * ```
 */
export interface TargetGroup {
  /** Who. */
  readonly text: string;
  /** How many, when counted. */
  readonly count?: number;
}

/**
 * Why a drafted activity is in the plan: the rule and the data that motivated it (a {@link Reason} with
 * severity `info`).
 *
 * @example
 * ```ts
 * import type { ActivityMotivation } from 'asn-kit/workplan';
 * const why: ActivityMotivation = {
 *   code: 'workplan/competency-shortfall', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 210' },
 *   message: { id: '12 pegawai di bawah standar.', en: '12 employees below standard.' }, data: { employees: 12 },
 * };
 * ```
 */
export interface ActivityMotivation extends Reason {
  /** The data that motivated the activity. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * An activity of the plan.
 *
 * @example
 * ```ts
 * import type { PlanActivity } from 'asn-kit/workplan';
 * type Units = PlanActivity['units']; // the unit ids it reaches; empty for the whole agency
 * ```
 */
export interface PlanActivity {
  /** An id unique within the plan. */
  readonly id: string;
  /** The activity's title. */
  readonly title: string;
  /** The objective it serves. */
  readonly objectiveId: string;
  /** The strategy it carries out (which gives its pillar). */
  readonly strategyId: string;
  /** Its indicator. */
  readonly indicator: ActivityIndicator;
  /** When it runs. */
  readonly schedule: ActivitySchedule;
  /** Its budget. */
  readonly budget: ActivityBudget;
  /** The unit responsible. */
  readonly responsibleUnit: WorkUnit;
  /** Its partners (none when left out). */
  readonly partners: readonly Partner[];
  /** Its target groups (none when left out). */
  readonly targetGroups: readonly TargetGroup[];
  /** The ids of the units it reaches; empty for the whole agency. */
  readonly units: readonly string[];
  /** Competency codes a training develops. */
  readonly competencies: readonly string[];
  /** The places (employees) it plans for. */
  readonly participants?: number;
  /** The JP each participant earns. */
  readonly jpPerParticipant?: number;
  /** The promised services a technology activity delivers. */
  readonly services: readonly string[];
  /** The kind of a public-engagement session (default `dialogue`). */
  readonly forumKind?: ForumKind;
  /** Why a drafted activity is in the plan. */
  readonly motivation?: ActivityMotivation;
}

/**
 * A service the plan promises (e.g. web and mobile leave requests), which technology activities must deliver.
 *
 * @example
 * ```ts
 * import type { PromisedService } from 'asn-kit/workplan';
 * const service: PromisedService = { id: 'leave-request', label: 'Pengajuan cuti daring' };
 * ```
 */
export interface PromisedService {
  /** An id unique within the plan. */
  readonly id: string;
  /** What it is. */
  readonly label: string;
}

/**
 * An agency's ASN-management work plan (rencana kerja pengelolaan ASN) as {@link parseAsnWorkPlan} returns it.
 *
 * @example
 * ```ts
 * import { parseAsnWorkPlan, type AsnWorkPlan } from 'asn-kit/workplan';
 * declare const input: unknown;
 * const plan: AsnWorkPlan | undefined = parseAsnWorkPlan(input).unwrapOr(undefined);
 * ```
 */
export interface AsnWorkPlan {
  /** The plan's id. */
  readonly id: string;
  /** The title. */
  readonly title: string;
  /** The agency. */
  readonly agency: WorkUnit;
  /** The period: one or more whole calendar years. */
  readonly period: DateRange;
  /** The objectives. */
  readonly objectives: readonly PlanObjective[];
  /** The strategies. */
  readonly strategies: readonly PlanStrategy[];
  /** The activities. */
  readonly activities: readonly PlanActivity[];
  /** The services the plan promises (none when left out). */
  readonly services: readonly PromisedService[];
  /** The plan's declared total budget, which its activities must add up to. */
  readonly budgetTotal?: number;
  /** How often public-engagement sessions must take place, e.g. `{ every: 'quarter', atLeast: 1 }`. */
  readonly engagementFrequency?: ForumRequirement;
}

/**
 * A roster member of a {@link WorkPlanContext}; an `Employee` of `asn-kit/employee` is one.
 *
 * @example
 * ```ts
 * import type { RosterEntry } from 'asn-kit/workplan';
 * const member: RosterEntry = { nip: '198503152010012003', kind: 'PNS', workUnit: { id: 'dinkes', name: 'Dinas Kesehatan' } };
 * ```
 */
export interface RosterEntry {
  /** The NIP. */
  readonly nip: string;
  /** The name. */
  readonly name?: string;
  /** PNS, CPNS or PPPK. */
  readonly kind: 'PNS' | 'CPNS' | 'PPPK';
  /** The position, for default competency standards. */
  readonly position?: Position;
  /** The work unit. */
  readonly workUnit: WorkUnit;
}

/**
 * The JP an employee has completed in the plan's first year so far.
 *
 * @example
 * ```ts
 * import type { CompletedJp } from 'asn-kit/workplan';
 * const done: CompletedJp = { nip: '198503152010012003', jp: 12 };
 * ```
 */
export interface CompletedJp {
  /** The NIP. */
  readonly nip: string;
  /** The JP completed. */
  readonly jp: number;
}

/**
 * An employee's latest performance result.
 *
 * @example
 * ```ts
 * import type { PerformanceResult } from 'asn-kit/workplan';
 * const result: PerformanceResult = { nip: '198503152010012003', predikat: 'needs-improvement' };
 * ```
 */
export interface PerformanceResult {
  /** The NIP. */
  readonly nip: string;
  /** The predikat. */
  readonly predikat: Predikat;
}

/**
 * A unit's public satisfaction index: the converted value (25–100) of PermenPANRB 14/2017.
 *
 * @example
 * ```ts
 * import type { SatisfactionResult } from 'asn-kit/workplan';
 * const result: SatisfactionResult = { unit: { id: 'disdukcapil', name: 'Disdukcapil' }, converted: 74.2 };
 * ```
 */
export interface SatisfactionResult {
  /** The unit. */
  readonly unit: WorkUnit;
  /** The converted index (IKM × 25). */
  readonly converted: number;
}

/**
 * The data a work plan is checked against and drafted from, as {@link parseWorkPlanContext} returns it.
 *
 * @example
 * ```ts
 * import { parseWorkPlanContext, type WorkPlanContext } from 'asn-kit/workplan';
 * const context: WorkPlanContext | undefined = parseWorkPlanContext({ roster: [] }).unwrapOr(undefined);
 * ```
 */
export interface WorkPlanContext {
  /** The agency's employees. */
  readonly roster: readonly RosterEntry[];
  /** Competency assessments. */
  readonly assessments: readonly Assessment[];
  /** Training offerings, which set the JP of a competency's training. */
  readonly catalogue: readonly CatalogueEntry[];
  /** JP completed so far in the plan's first year (an employee not listed has none). */
  readonly completedJp: readonly CompletedJp[];
  /** The latest performance results. */
  readonly performance: readonly PerformanceResult[];
  /** The units' satisfaction indexes. */
  readonly satisfaction: readonly SatisfactionResult[];
  /** The grade a unit must reach not to need a public-engagement activity (default `B`). */
  readonly minimumGrade: SkmGrade;
  /**
   * The competency shortfalls of the assessed employees, one need per competency: worked out once by the parser with
   * `trainingNeeds` of `asn-kit/competency` (latest assessment per employee, against its standard or the default
   * standard of the position), so that checking several plans against one context does not repeat it.
   */
  readonly trainingNeeds: readonly TrainingNeed[];
}

/**
 * One indicator of a Renja: the target and its unit (satuan).
 *
 * @example
 * ```ts
 * import type { RenjaIndicator } from 'asn-kit/workplan';
 * const indicator: RenjaIndicator = { text: 'Dokumen perencanaan', target: 4, unit: 'dokumen' };
 * ```
 */
export interface RenjaIndicator {
  /** The indicator. */
  readonly text: string;
  /** The target. */
  readonly target?: number;
  /** The unit. */
  readonly unit?: string;
}

/**
 * The forward estimate (prakiraan maju) of year n+1.
 *
 * @example
 * ```ts
 * import type { RenjaForward } from 'asn-kit/workplan';
 * const forward: RenjaForward = { target: 4, budget: 110_000_000 };
 * ```
 */
export interface RenjaForward {
  /** The target of year n+1. */
  readonly target?: number;
  /** The budget of year n+1. */
  readonly budget?: number;
}

/**
 * A sub-activity (sub kegiatan) of a Renja.
 *
 * @example
 * ```ts
 * import type { RenjaSubActivity } from 'asn-kit/workplan';
 * const sub: RenjaSubActivity = {
 *   code: '5.03.01.2.01.0001', name: 'Penyusunan Dokumen Perencanaan', location: 'Kota Medan',
 *   indicator: { text: 'Dokumen', target: 4, unit: 'dokumen' }, budget: 100_000_000,
 * };
 * ```
 */
export interface RenjaSubActivity {
  /** The code (Permendagri 90/2019 nomenclature). */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The output indicator (indikator keluaran). */
  readonly indicator: RenjaIndicator;
  /** The budget (pagu indikatif) in rupiah. */
  readonly budget: number;
  /** The location. */
  readonly location?: string;
  /** The forward estimate. */
  readonly forward?: RenjaForward;
}

/**
 * An activity (kegiatan) of a Renja.
 *
 * @example
 * ```ts
 * import type { RenjaActivity } from 'asn-kit/workplan';
 * type Budget = RenjaActivity['budget']; // number | undefined
 * ```
 */
export interface RenjaActivity {
  /** The code. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The output indicator. */
  readonly indicator: RenjaIndicator;
  /** The budget in rupiah, which its sub-activities must add up to. */
  readonly budget?: number;
  /** The sub-activities. */
  readonly subActivities: readonly RenjaSubActivity[];
}

/**
 * A programme (program) of a Renja.
 *
 * @example
 * ```ts
 * import type { RenjaProgramme } from 'asn-kit/workplan';
 * type Activities = RenjaProgramme['activities'];
 * ```
 */
export interface RenjaProgramme {
  /** The code. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The outcome indicator. */
  readonly indicator: RenjaIndicator;
  /** The budget in rupiah, which its activities must add up to. */
  readonly budget?: number;
  /** The activities. */
  readonly activities: readonly RenjaActivity[];
}

/**
 * A Renja Perangkat Daerah as {@link parseRenja} returns it.
 *
 * @example
 * ```ts
 * import type { Renja } from 'asn-kit/workplan';
 * type Year = Renja['year'];
 * ```
 */
export interface Renja {
  /** The Perangkat Daerah. */
  readonly unit: WorkUnit;
  /** The plan year (tahun n). */
  readonly year: number;
  /** The year of the forward estimate (tahun n+1). */
  readonly forwardYear: number;
  /** The programmes. */
  readonly programmes: readonly RenjaProgramme[];
}

/**
 * One task of a workload analysis: its yearly volume and the norm time of one unit of output.
 *
 * @example
 * ```ts
 * import type { WorkloadTask } from 'asn-kit/workplan';
 * const task: WorkloadTask = { name: 'Verifikasi berkas cuti', volume: 240, minutes: 60 };
 * ```
 */
export interface WorkloadTask {
  /** The task. */
  readonly name: string;
  /** The output a year. */
  readonly volume: number;
  /** The norm time of one output, in minutes. */
  readonly minutes: number;
}

/**
 * The options of {@link workforceNeed}.
 *
 * @example
 * ```ts
 * import type { WorkforceNeedOptions } from 'asn-kit/workplan';
 * const options: WorkforceNeedOptions = { hoursPerYear: 1200, staff: 1 };
 * ```
 */
export interface WorkforceNeedOptions {
  /** Effective working hours a year: 1,250 (PermenPANRB 1/2020, the default), 1,200 (Perka BKN 19/2011) or an agency's own. */
  readonly hoursPerYear?: number;
  /** The current staff of the position, for its job effectiveness. */
  readonly staff?: number;
}

/**
 * The options of {@link validateSkpPlan}.
 *
 * @example
 * ```ts
 * import type { ValidateSkpPlanOptions } from 'asn-kit/workplan';
 * const options: ValidateSkpPlanOptions = {};
 * ```
 */
export interface ValidateSkpPlanOptions {
  /** The assessor's SKP, against which the intervened RHK are checked. */
  readonly assessorSkp?: SkpPlan;
}

/**
 * The options of {@link validateRenja}.
 *
 * @example
 * ```ts
 * import type { ValidateRenjaOptions } from 'asn-kit/workplan';
 * const options: ValidateRenjaOptions = { year: 2027 };
 * ```
 */
export interface ValidateRenjaOptions {
  /** The plan year expected (tahun n). */
  readonly year?: number;
}

/**
 * The options of {@link checkUnitCascade}.
 *
 * @example
 * ```ts
 * import type { CheckUnitCascadeOptions } from 'asn-kit/workplan';
 * const options: CheckUnitCascadeOptions = { orgPredikat: 'good' };
 * ```
 */
export interface CheckUnitCascadeOptions {
  /** The unit's own predikat: when given, the annual predikat of its SKPs are checked against its distribution pattern. */
  readonly orgPredikat?: 'outstanding' | 'good' | 'needs-improvement' | 'poor' | 'very-poor';
}

/**
 * The options of {@link draftAsnWorkPlan}.
 *
 * @example
 * ```ts
 * import type { DraftAsnWorkPlanOptions } from 'asn-kit/workplan';
 * const options: DraftAsnWorkPlanOptions = {
 *   id: 'RK-ASN-2027', agency: { id: 'pemko-medan', name: 'Pemerintah Kota Medan' },
 *   period: { from: '2027-01-01', to: '2027-12-31' },
 * };
 * ```
 */
export interface DraftAsnWorkPlanOptions {
  /** The plan's id. */
  readonly id: string;
  /** The title (default: "Rencana Kerja Pengelolaan ASN" and the agency's name). */
  readonly title?: string;
  /** The agency. */
  readonly agency: WorkUnit;
  /** The period: one or more whole calendar years. */
  readonly period: { readonly from: string; readonly to: string };
  /** How often engagement sessions take place (default one a quarter). */
  readonly engagementFrequency?: ForumRequirement;
  /** The services the plan promises (default: online leave requests, performance reports and real-time information). */
  readonly services?: readonly PromisedService[];
  /** How many of the units with the lowest satisfaction index get an engagement activity even when graded well (default 1). */
  readonly lowestUnits?: number;
  /** The unit responsible for drafted activities (default: the agency). */
  readonly responsibleUnit?: WorkUnit;
}

/**
 * The label of a pillar and of what it checks, for reports.
 *
 * @example
 * ```ts
 * import type { PillarLabel } from 'asn-kit/workplan';
 * const label: PillarLabel = { pillar: 'engagement', label: { id: 'Keterlibatan publik', en: 'Public engagement' }, basis: { instrument: 'UU 25/2009' } };
 * ```
 */
export interface PillarLabel {
  /** The pillar. */
  readonly pillar: Pillar;
  /** Its name. */
  readonly label: LocalizedText;
  /** Its legal basis. */
  readonly basis: LegalBasis;
}
