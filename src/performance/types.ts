/*
 * The types of the performance module's inputs: the records a system stores (SKP, per-RHK ratings, lists of
 * predikat, legacy records), as the parsers return them, and the per-call parameters of the functions. No run-time
 * code: the schemas in ./schemas.ts are the one definition of what valid input is; a type test checks that their
 * outputs are assignable to these types.
 */
import type { DateRangeInput, IsoDate } from '../core';
import type { FungsionalLevel } from '../employee';
import type { Predikat } from './predikat';
import type { OrgPredikat, Rating } from './ratings';
import type { BerakhlakValue } from './rules/berakhlak';
import type { LegacyRegime } from './rules/legacy';

/**
 * A period as the parsers output it: two checked dates, inclusive.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { Period } from 'asn-kit/performance';
 * const year: Period = { from: '2025-01-01' as IsoDate, to: '2025-12-31' as IsoDate };
 * ```
 */
export interface Period {
  /** The first day. */
  readonly from: IsoDate;
  /** The last day (included). */
  readonly to: IsoDate;
}

/**
 * An indicator's single target value with its unit (satuan).
 *
 * @example
 * ```ts
 * import type { ValueTarget } from 'asn-kit/performance';
 * const target: ValueTarget = { value: 1200, unit: 'keping' };
 * ```
 */
export interface ValueTarget {
  /** The value to reach. */
  readonly value: number;
  /** The unit, e.g. `'dokumen'` or `'%'`. */
  readonly unit: string;
}

/**
 * An indicator's target range with its unit; the lower bound does not exceed the upper one.
 *
 * @example
 * ```ts
 * import type { RangeTarget } from 'asn-kit/performance';
 * const target: RangeTarget = { min: 95, max: 100, unit: '%' };
 * ```
 */
export interface RangeTarget {
  /** The lower bound. */
  readonly min: number;
  /** The upper bound. */
  readonly max: number;
  /** The unit. */
  readonly unit: string;
}

/**
 * An indicator's target: a value or a range, with its unit.
 *
 * @example
 * ```ts
 * import type { Target } from 'asn-kit/performance';
 * const target: Target = { min: 80, max: 90, unit: '%' };
 * ```
 */
export type Target = ValueTarget | RangeTarget;

/**
 * The aspect an indicator measures: quantity, quality, time or cost.
 *
 * @example
 * ```ts
 * import type { IndicatorAspect } from 'asn-kit/performance';
 * const aspect: IndicatorAspect = 'time';
 * ```
 */
export type IndicatorAspect = 'quantity' | 'quality' | 'time' | 'cost';

/**
 * An indicator (indikator kinerja individu) of an RHK. The target is optional in the type so that
 * {@link parseSkp} can report a missing one with its own code; a parsed SKP has one on every indicator.
 *
 * @example
 * ```ts
 * import type { Indicator } from 'asn-kit/performance';
 * const indicator: Indicator = { text: 'Persentase KTP-el terbit', target: { value: 100, unit: '%' } };
 * ```
 */
export interface Indicator {
  /** The indicator's text. */
  readonly text: string;
  /** The aspect it measures. */
  readonly aspect?: IndicatorAspect;
  /** The target. */
  readonly target?: Target;
}

/**
 * The perspective of a JPT's RHK (balanced-scorecard perspective of PermenPANRB 6/2022).
 *
 * @example
 * ```ts
 * import type { RhkPerspective } from 'asn-kit/performance';
 * const perspective: RhkPerspective = 'service-recipients';
 * ```
 */
export type RhkPerspective = 'service-recipients' | 'internal-business-process' | 'internal-strengthening' | 'budget';

/**
 * A result plan (rencana hasil kerja, RHK).
 *
 * @example
 * ```ts
 * import type { Rhk } from 'asn-kit/performance';
 * const rhk: Rhk = { id: 'R1', text: 'Layanan KTP-el', indicators: [{ text: 'KTP-el terbit', target: { value: 100, unit: '%' } }] };
 * ```
 */
export interface Rhk {
  /** An id unique within the SKP. */
  readonly id: string;
  /** The result's text. */
  readonly text: string;
  /** The assessor's RHK it intervenes (required for the main results of a non-JPT employee). */
  readonly intervenes?: string;
  /** The perspective (required on every RHK of a JPT). */
  readonly perspective?: RhkPerspective;
  /** The indicators, at least one. */
  readonly indicators: readonly Indicator[];
}

/**
 * One BerAKHLAK behaviour of an SKP.
 *
 * @example
 * ```ts
 * import type { Behaviour } from 'asn-kit/performance';
 * const behaviour: Behaviour = { value: 'adaptive' };
 * ```
 */
export interface Behaviour {
  /** The core value. */
  readonly value: BerakhlakValue;
  /** The behaviour guidance (panduan perilaku); {@link parseSkp} fills in the official three when left out. */
  readonly guidance?: readonly string[];
  /** The leader's expectation (ekspektasi khusus pimpinan). */
  readonly leaderExpectation?: string;
}

/**
 * One RHK's entry in an evaluation.
 *
 * @example
 * ```ts
 * import type { ResultEvaluation } from 'asn-kit/performance';
 * const entry: ResultEvaluation = { rhkId: 'R1', evidence: ['https://e-kinerja.example/bukti/1'], rating: 'meets' };
 * ```
 */
export interface ResultEvaluation {
  /** The RHK evaluated. */
  readonly rhkId: string;
  /** The realisation. */
  readonly realisation?: number | string;
  /** Evidence links (bukti dukung); none when left out. */
  readonly evidence: readonly string[];
  /** Feedback (umpan balik). */
  readonly feedback?: string;
  /** The assessor's rating of the result. */
  readonly rating?: Rating;
}

/**
 * A periodic or annual evaluation.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { Evaluation } from 'asn-kit/performance';
 * const annual: Evaluation = {
 *   kind: 'annual', period: { from: '2025-01-01' as IsoDate, to: '2025-12-31' as IsoDate }, results: [],
 * };
 * ```
 */
export interface Evaluation {
  /** Periodic (monthly, quarterly or semester, as the agency sets) or annual. */
  readonly kind: 'periodic' | 'annual';
  /** The period evaluated. */
  readonly period: Period;
  /** The per-RHK entries. */
  readonly results: readonly ResultEvaluation[];
  /** Feedback on behaviour. */
  readonly behaviourFeedback?: string;
  /** The rating of work results. */
  readonly workRating?: Rating;
  /** The rating of work behaviour. */
  readonly behaviourRating?: Rating;
  /** The predikat recorded. */
  readonly predikat?: Predikat;
}

/**
 * A person named in an SKP. The NIP (18 digits) is required for the employee; the assessor's superior of a top
 * JPT may be an elected official without one.
 *
 * @example
 * ```ts
 * import type { SkpPerson } from 'asn-kit/performance';
 * const person: SkpPerson = { nip: '198503122010012003', name: 'Siti Aisyah' };
 * ```
 */
export interface SkpPerson {
  /** The NIP, 18 digits without separators. */
  readonly nip?: string;
  /** The name. */
  readonly name: string;
  /** The rank (pangkat). */
  readonly rank?: string;
  /** The position (jabatan). */
  readonly position?: string;
  /** The unit. */
  readonly unit?: string;
}

/**
 * The employee of an SKP: an {@link SkpPerson} whose NIP is required.
 *
 * @example
 * ```ts
 * import type { SkpEmployee } from 'asn-kit/performance';
 * const employee: SkpEmployee = { nip: '199001012015031001', name: 'Rudi Hartono' };
 * ```
 */
export interface SkpEmployee extends SkpPerson {
  /** The NIP, 18 digits without separators. */
  readonly nip: string;
}

/**
 * An SKP's appendix (lampiran), each part a list of lines (empty when left out).
 *
 * @example
 * ```ts
 * import type { SkpAppendix } from 'asn-kit/performance';
 * const appendix: SkpAppendix = { resources: ['Aplikasi SIAK'], accountability: [], consequences: [] };
 * ```
 */
export interface SkpAppendix {
  /** Resource support (dukungan sumber daya). */
  readonly resources: readonly string[];
  /** Accountability scheme (skema pertanggungjawaban). */
  readonly accountability: readonly string[];
  /** Consequences (konsekuensi). */
  readonly consequences: readonly string[];
}

/**
 * A checked SKP under PermenPANRB 6/2022, as {@link parseSkp} returns it: deeply frozen, defaults applied, the
 * official behaviour guidance filled in.
 *
 * @example
 * ```ts
 * import { parseSkp, type Skp } from 'asn-kit/performance';
 * declare const input: unknown;
 * const skp: Skp | undefined = parseSkp(input).unwrapOr(undefined);
 * ```
 */
export interface Skp {
  /** The period, within one calendar year. */
  readonly period: Period;
  /** The approach. */
  readonly approach: 'quantitative' | 'qualitative';
  /** The periodicity of evaluation the agency chose (default `monthly`). */
  readonly periodicity: 'monthly' | 'quarterly' | 'semester';
  /** Whether the employee holds a JPT (default `false`). */
  readonly jpt: boolean;
  /** The employee evaluated. */
  readonly employee: SkpEmployee;
  /** The assessor (pejabat penilai kinerja). */
  readonly assessor: SkpPerson;
  /** The assessor's superior. */
  readonly assessorSuperior?: SkpPerson;
  /** The main results, at least one. */
  readonly mainResults: readonly Rhk[];
  /** The additional results. */
  readonly additionalResults: readonly Rhk[];
  /** The seven BerAKHLAK behaviours. */
  readonly behaviours: readonly Behaviour[];
  /** The appendix. */
  readonly appendix?: SkpAppendix;
  /** The evaluations. */
  readonly evaluations: readonly Evaluation[];
}

/**
 * Whether an RHK rated in {@link WorkRatings} is a main or an additional result.
 *
 * @example
 * ```ts
 * import type { RhkKind } from 'asn-kit/performance';
 * const kind: RhkKind = 'main';
 * ```
 */
export type RhkKind = 'main' | 'additional';

/**
 * The assessor's rating of one RHK.
 *
 * @example
 * ```ts
 * import type { RhkRating } from 'asn-kit/performance';
 * const row: RhkRating = { rhkId: 'R1', kind: 'main', rating: 'above' };
 * ```
 */
export interface RhkRating {
  /** The RHK. */
  readonly rhkId: string;
  /** Main or additional result. */
  readonly kind: RhkKind;
  /** The rating. */
  readonly rating: Rating;
}

/**
 * The per-RHK ratings of an evaluation with the assessor's override, as {@link parseWorkRatings} returns them and
 * {@link aggregateWorkRating} takes them.
 *
 * @example
 * ```ts
 * import type { WorkRatings } from 'asn-kit/performance';
 * const ratings: WorkRatings = { results: [{ rhkId: 'R1', kind: 'main', rating: 'meets' }], override: 'above' };
 * ```
 */
export interface WorkRatings {
  /** The rated results. */
  readonly results: readonly RhkRating[];
  /** The rating the assessor sets, whatever the advice. */
  readonly override?: Rating;
}

/**
 * The target of an IKI as a range (PermenPANRB 8/2021), both bounds above zero.
 *
 * @example
 * ```ts
 * import type { IkiRange } from 'asn-kit/performance';
 * const range: IkiRange = { min: 80, max: 90 };
 * ```
 */
export interface IkiRange {
  /** The lower bound. */
  readonly min: number;
  /** The upper bound, not below the lower one. */
  readonly max: number;
}

/**
 * Whether a higher or a lower realisation is better (`lower-is-better` is the "kondisi khusus").
 *
 * @example
 * ```ts
 * import type { IkiDirection } from 'asn-kit/performance';
 * const direction: IkiDirection = 'lower-is-better';
 * ```
 */
export type IkiDirection = 'higher-is-better' | 'lower-is-better';

/**
 * The parameters of {@link ikiScore}: one individual performance indicator (IKI) of PermenPANRB 8/2021.
 *
 * @example
 * ```ts
 * import type { IkiScoreParams } from 'asn-kit/performance';
 * const params: IkiScoreParams = { target: { min: 7, max: 8 }, realisation: 6.5, direction: 'lower-is-better' };
 * ```
 */
export interface IkiScoreParams {
  /** The target, above zero: a value or a range. */
  readonly target: number | IkiRange;
  /** The realisation, zero or more. */
  readonly realisation: number;
  /** The direction (default `higher-is-better`). */
  readonly direction?: IkiDirection;
  /** Whether the target is the most that can be reached (default `false`). */
  readonly targetIsMaximum?: boolean;
}

/**
 * A weighted IKI of a PermenPANRB 8/2021 SKP in a {@link LegacyRecord}, defaults applied.
 *
 * @example
 * ```ts
 * import type { WeightedIndicator } from 'asn-kit/performance';
 * const indicator: WeightedIndicator = {
 *   target: 100, realisation: 100, direction: 'higher-is-better', targetIsMaximum: false, weight: 60,
 * };
 * ```
 */
export interface WeightedIndicator {
  /** The target, above zero: a value or a range. */
  readonly target: number | IkiRange;
  /** The realisation, zero or more. */
  readonly realisation: number;
  /** The direction. */
  readonly direction: IkiDirection;
  /** Whether the target is the most that can be reached. */
  readonly targetIsMaximum: boolean;
  /** The weight in percent, above zero; the weights of an SKP sum to 100. */
  readonly weight: number;
}

/**
 * One measured quantity of the PP 46/2011 scoring: target (above zero) and realisation (zero or more).
 *
 * @example
 * ```ts
 * import type { Pp46Aspect } from 'asn-kit/performance';
 * const time: Pp46Aspect = { target: 12, realisation: 10 };
 * ```
 */
export interface Pp46Aspect {
  /** The target. */
  readonly target: number;
  /** The realisation. */
  readonly realisation: number;
}

/**
 * One activity (kegiatan tugas jabatan) of a PP 46/2011 SKP (Perka BKN 1/2013): quantity, quality, time in months
 * and, when budgeted, cost.
 *
 * @example
 * ```ts
 * import type { Pp46Activity } from 'asn-kit/performance';
 * const activity: Pp46Activity = {
 *   quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 90 }, time: { target: 12, realisation: 12 },
 * };
 * ```
 */
export interface Pp46Activity {
  /** Quantity (output). */
  readonly quantity: Pp46Aspect;
  /** Quality. */
  readonly quality: Pp46Aspect;
  /** Time, in months. */
  readonly time: Pp46Aspect;
  /** Cost, when budgeted. */
  readonly cost?: Pp46Aspect;
}

/**
 * The PP 46/2011 behaviour aspects (0–100 each); leadership only for structural officials.
 *
 * @example
 * ```ts
 * import type { Pp46Behaviour } from 'asn-kit/performance';
 * const behaviour: Pp46Behaviour = { service: 80, integrity: 85, commitment: 80, discipline: 85, cooperation: 80 };
 * ```
 */
export interface Pp46Behaviour {
  /** Orientasi pelayanan. */
  readonly service: number;
  /** Integritas. */
  readonly integrity: number;
  /** Komitmen. */
  readonly commitment: number;
  /** Disiplin. */
  readonly discipline: number;
  /** Kerja sama. */
  readonly cooperation: number;
  /** Kepemimpinan (structural officials only). */
  readonly leadership?: number;
}

/**
 * The level that acknowledged a creative contribution to a PP 46/2011 SKP (3, 6 or 12 points).
 *
 * @example
 * ```ts
 * import type { Pp46Creativity } from 'asn-kit/performance';
 * const creativity: Pp46Creativity = 'unit-head';
 * ```
 */
export type Pp46Creativity = 'none' | 'unit-head' | 'ppk' | 'president';

/**
 * A PP 46/2011 SKP given by its activities, as a caller writes it (defaults: no additional task, no creativity).
 *
 * @example
 * ```ts
 * import type { Pp46SkpActivitiesInput } from 'asn-kit/performance';
 * const skp: Pp46SkpActivitiesInput = {
 *   activities: [{ quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 100 }, time: { target: 12, realisation: 12 } }],
 *   additionalTasks: 2,
 * };
 * ```
 */
export interface Pp46SkpActivitiesInput {
  /** The activities, at least one. */
  readonly activities: readonly Pp46Activity[];
  /** The number of additional tasks (default 0). */
  readonly additionalTasks?: number;
  /** Who acknowledged a creative contribution (default `none`). */
  readonly creativity?: Pp46Creativity;
}

/**
 * A PP 46/2011 SKP given by its activities, defaults applied (as in a parsed {@link LegacyRecord}).
 *
 * @example
 * ```ts
 * import type { Pp46SkpActivities } from 'asn-kit/performance';
 * const skp: Pp46SkpActivities = {
 *   activities: [{ quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 100 }, time: { target: 12, realisation: 12 } }],
 *   additionalTasks: 0, creativity: 'none',
 * };
 * ```
 */
export interface Pp46SkpActivities {
  /** The activities, at least one. */
  readonly activities: readonly Pp46Activity[];
  /** The number of additional tasks. */
  readonly additionalTasks: number;
  /** Who acknowledged a creative contribution. */
  readonly creativity: Pp46Creativity;
}

/**
 * The parameters of {@link pp46PerformanceScore}: the SKP (a value or activities) and the behaviour (a value or
 * the aspects).
 *
 * @example
 * ```ts
 * import type { Pp46PerformanceScoreParams } from 'asn-kit/performance';
 * const params: Pp46PerformanceScoreParams = { skp: 85.5, behaviour: 83 };
 * ```
 */
export interface Pp46PerformanceScoreParams {
  /** The SKP value (zero or more), or its activities. */
  readonly skp: number | Pp46SkpActivitiesInput;
  /** The behaviour value (0–100), or the aspects. */
  readonly behaviour: number | Pp46Behaviour;
}

/**
 * The parameters of {@link pp30PerformanceScore}.
 *
 * @example
 * ```ts
 * import type { Pp30PerformanceScoreParams } from 'asn-kit/performance';
 * const params: Pp30PerformanceScoreParams = { skpScore: 80, behaviourScore: 70, peerInput: true };
 * ```
 */
export interface Pp30PerformanceScoreParams {
  /** The SKP value, 0–120. */
  readonly skpScore: number;
  /** The behaviour value, 0–120. */
  readonly behaviourScore: number;
  /** Whether the agency used peer and subordinate input: 60/40 instead of 70/30 (default `false`). */
  readonly peerInput?: boolean;
  /** Whether the employee created a new idea or method, needed for Sangat Baik (default `false`). */
  readonly newIdea?: boolean;
}

/**
 * A historical performance record, as {@link parseLegacyRecord} returns it (defaults applied) and
 * {@link legacyPerformanceScore} takes it.
 *
 * @example
 * ```ts
 * import { parseLegacyRecord, type LegacyRecord } from 'asn-kit/performance';
 * const record: LegacyRecord | undefined = parseLegacyRecord({
 *   period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83,
 * }).unwrapOr(undefined);
 * ```
 */
export interface LegacyRecord {
  /** The period; its first day picks the regulation. */
  readonly period: Period;
  /** A value, PP 46/2011 activities, or weighted PermenPANRB 8/2021 indicators. */
  readonly skp: number | Pp46SkpActivities | { readonly indicators: readonly WeightedIndicator[] };
  /** A value (0–120), or the PP 46/2011 aspects. */
  readonly behaviour: number | Pp46Behaviour;
  /** PP 30/2019: peer and subordinate input was used. */
  readonly peerInput: boolean;
  /** PP 30/2019: the employee created a new idea or method. */
  readonly newIdea: boolean;
  /** The regulation chosen by the caller, instead of the one of the period. */
  readonly regime?: LegacyRegime;
}

/**
 * The parameters of {@link creditPoints}.
 *
 * @example
 * ```ts
 * import type { CreditPointsParams } from 'asn-kit/performance';
 * const params: CreditPointsParams = { level: 'ahli-muda', predikat: 'very-good', months: 6, periodEnd: '2025-06-30' };
 * ```
 */
export interface CreditPointsParams {
  /** The functional level. */
  readonly level: FungsionalLevel;
  /** The annual (or periodic) predikat. */
  readonly predikat: Predikat;
  /** The months the period covers, 1–12 (default 12). */
  readonly months?: number;
  /** The last day of the period, `YYYY-MM-DD`; it picks the rule rows in force. */
  readonly periodEnd: string;
}

/**
 * A unit in a {@link UnitPerformanceReportParams}.
 *
 * @example
 * ```ts
 * import type { ReportUnit } from 'asn-kit/performance';
 * const unit: ReportUnit = { id: 'bkpsdm', name: 'BKPSDM Kota Medan' };
 * ```
 */
export interface ReportUnit {
  /** The unit's id. */
  readonly id: string;
  /** The unit's name. */
  readonly name: string;
}

/**
 * The parameters of {@link unitPerformanceReport}: the unit, the period reported, the unit's own predikat, the NIPs
 * expected to be evaluated (default: the SKP holders), their parsed SKPs and the strict flag.
 *
 * @example
 * ```ts
 * import type { UnitPerformanceReportParams } from 'asn-kit/performance';
 * const params: UnitPerformanceReportParams = {
 *   unit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' }, period: { from: '2025-01-01', to: '2025-12-31' },
 *   orgPredikat: 'good', employees: ['198503122010012003'], skps: [],
 * };
 * ```
 */
export interface UnitPerformanceReportParams {
  /** The unit. */
  readonly unit: ReportUnit;
  /** The period reported, `YYYY-MM-DD` dates. */
  readonly period: DateRangeInput;
  /** The unit's own predikat. */
  readonly orgPredikat: OrgPredikat;
  /** The NIPs expected to be evaluated (default: the holders of the SKPs). */
  readonly employees?: readonly string[];
  /** The SKPs, as {@link parseSkp} returns them (any other value is parsed first). */
  readonly skps: readonly Skp[];
  /** Fail on a distribution breach instead of warning (default `false`). */
  readonly strict?: boolean;
}

/**
 * The options of {@link allowedDistribution}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import type { AllowedDistributionOptions } from 'asn-kit/performance';
 * const options: AllowedDistributionOptions = { asOf: '2025-06-30' };
 * ```
 */
export interface AllowedDistributionOptions {
  /** The date whose rules apply, `YYYY-MM-DD` (default: the rules in force now). */
  readonly asOf?: string | undefined;
}

/**
 * The options of {@link checkDistribution}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import type { CheckDistributionOptions } from 'asn-kit/performance';
 * const options: CheckDistributionOptions = { strict: true, asOf: '2025-12-31' };
 * ```
 */
export interface CheckDistributionOptions {
  /** Fail on a breach instead of warning (default `false`). */
  readonly strict?: boolean | undefined;
  /** The date whose rules apply, `YYYY-MM-DD` (default: the rules in force now). */
  readonly asOf?: string | undefined;
}

/**
 * The options of {@link predikatFollowUp}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import type { PredikatFollowUpOptions } from 'asn-kit/performance';
 * const options: PredikatFollowUpOptions = { asOf: '2024-12-31' };
 * ```
 */
export interface PredikatFollowUpOptions {
  /** The date whose rules apply, `YYYY-MM-DD` (default: the rules in force now). */
  readonly asOf?: string | undefined;
}
