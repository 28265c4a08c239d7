import type { LocalizedText, RuleRow, RuleTable } from '../../core';

/**
 * The seven kinds of leave (PP 11/2017 Pasal 310), as short codes: `annual` (cuti tahunan), `major` (cuti besar),
 * `sick` (cuti sakit), `maternity` (cuti melahirkan), `important-reason` (cuti karena alasan penting),
 * `collective` (cuti bersama) and `unpaid` (cuti di luar tanggungan negara, CLTN).
 *
 * @example
 * ```ts
 * import type { LeaveKind } from 'asn-kit/leave';
 * const kind: LeaveKind = 'annual';
 * ```
 */
export type LeaveKind = 'annual' | 'major' | 'sick' | 'maternity' | 'important-reason' | 'collective' | 'unpaid';

/**
 * The grounds a request may state; each kind accepts some of them and a ground can select a different rule row
 * (e.g. a first hajj waives the 5-year rule of cuti besar).
 *
 * @example
 * ```ts
 * import type { LeaveGround } from 'asn-kit/leave';
 * const ground: LeaveGround = 'first-hajj';
 * ```
 */
export type LeaveGround =
  | 'regular'
  | 'first-hajj'
  | 'fourth-birth'
  | 'extended'
  | 'miscarriage'
  | 'work-accident'
  | 'birth'
  | 'family-illness'
  | 'family-death'
  | 'family-rights'
  | 'marriage'
  | 'first-marriage'
  | 'spouse-birth'
  | 'disaster'
  | 'dangerous-posting'
  | 'extension';

/**
 * The unit a maximum is written in (docs/interpretations.md#leave-units): working days of the employee's calendar, calendar days,
 * months (the same day number next month, clamped, minus one day) or years.
 *
 * @example
 * ```ts
 * import type { LeaveUnit } from 'asn-kit/leave';
 * const unit: LeaveUnit = 'working-days';
 * ```
 */
export type LeaveUnit = 'working-days' | 'calendar-days' | 'months' | 'years';

/**
 * A document a request must carry.
 *
 * @example
 * ```ts
 * import type { LeaveDocument } from 'asn-kit/leave';
 * const document: LeaveDocument = 'doctor-certificate';
 * ```
 */
export type LeaveDocument =
  | 'doctor-certificate'
  | 'government-doctor-certificate'
  | 'health-team-certificate'
  | 'doctor-or-midwife-certificate'
  | 'hajj-schedule'
  | 'inpatient-certificate'
  | 'death-certificate'
  | 'marriage-certificate'
  | 'neighbourhood-letter'
  | 'supporting-evidence'
  | 'bkn-technical-approval';

/**
 * Who decides a request: the direct superior (a notice), the PYBMC (the PPK or the official it delegated to),
 * or the PPK itself (no delegation, e.g. CLTN).
 *
 * @example
 * ```ts
 * import type { LeaveDecider } from 'asn-kit/leave';
 * const decider: LeaveDecider = 'pybmc';
 * ```
 */
export type LeaveDecider = 'direct-superior' | 'pybmc' | 'ppk';

/**
 * A maximum: an amount and its unit; `amount: null` means "no fixed cap" (sick leave after a work accident).
 *
 * @example
 * ```ts
 * import type { LeaveMaximum } from 'asn-kit/leave';
 * const threeMonths: LeaveMaximum = { amount: 3, unit: 'months' };
 * ```
 */
export interface LeaveMaximum {
  /** The amount, or `null` when there is no cap. */
  readonly amount: number | null;
  /** The unit of the amount. */
  readonly unit: LeaveUnit;
}

/**
 * Extra documents needed when a request is longer than a number of calendar days (e.g. PPPK sick leave above
 * 14 days needs a government doctor).
 *
 * @example
 * ```ts
 * import type { DocumentTier } from 'asn-kit/leave';
 * const tier: DocumentTier = { aboveDays: 14, documents: ['government-doctor-certificate'] };
 * ```
 */
export interface DocumentTier {
  /** The tier applies when the request is longer than this many calendar days. */
  readonly aboveDays: number;
  /** The documents the tier requires beyond those of its row (none of them repeated). */
  readonly documents: readonly LeaveDocument[];
}

/**
 * One row of a leave rule table: who may take one kind of leave on one ground, under which conditions, with its
 * legal basis and the dates it is in force.
 *
 * @example
 * ```ts
 * import { ANNUAL_LEAVE_RULES } from 'asn-kit/leave';
 * ANNUAL_LEAVE_RULES.rows[0]?.maximum;
 * // => { amount: 12, unit: 'working-days' }
 * ```
 */
export interface LeaveRule extends RuleRow {
  /** The kind of leave. */
  readonly kind: LeaveKind;
  /** The grounds this row covers. */
  readonly grounds: readonly LeaveGround[];
  /** The employee kinds the row is for. */
  readonly employeeKinds: readonly ('PNS' | 'CPNS' | 'PPPK')[];
  /** When present, the row applies only to these position types (e.g. guru and dosen). */
  readonly positionTypes?: readonly string[];
  /** Whether the kind is available at all to these employees under this row. */
  readonly entitled: boolean;
  /** The official Indonesian name and an English one. */
  readonly label: LocalizedText;
  /** Years of continuous service needed (counted from TMT CPNS or the first contract, minus CLTN; docs/interpretations.md#eligibility-service). */
  readonly serviceYears: number;
  /** The maximum of one grant. */
  readonly maximum: LeaveMaximum;
  /** An extension possible on top of the maximum (e.g. 6 months of sick leave on a health-team certificate). */
  readonly extension?: {
    /** The amount of the extension. */
    readonly amount: number;
    /** Its unit. */
    readonly unit: LeaveUnit;
  };
  /** Extra calendar days for travel to a remote place (PNS 12, PPPK 6). */
  readonly remotePlaceDays?: number;
  /** Documents always required. */
  readonly documents: readonly LeaveDocument[];
  /** Documents required above a length. */
  readonly documentTiers?: readonly DocumentTier[];
  /** Up to this many calendar days, a written notice to the direct superior replaces the PYBMC decision. */
  readonly noticeUpToDays?: number;
  /** Who decides. */
  readonly decidedBy: LeaveDecider;
  /** Whether the decision may defer it. */
  readonly deferrable: boolean;
  /** Whether the employee may be recalled from it (PP 11/2017 Pasal 338, PP 49/2018 Pasal 92). */
  readonly recallable: boolean;
  /** What happens to income during the leave. */
  readonly income: 'kept' | 'none';
  /** What it does to annual leave: nothing, charged to it, or it removes the year's annual leave. */
  readonly annualLeave: 'none' | 'charged' | 'removes-year';
  /** Whether the period counts as service (CLTN does not; PP 11/2017 Pasal 337). */
  readonly countsAsService: boolean;
}

/**
 * The type of every leave rule table.
 *
 * @example
 * ```ts
 * import { SICK_LEAVE_RULES, type LeaveRuleTable } from 'asn-kit/leave';
 * const table: LeaveRuleTable = SICK_LEAVE_RULES;
 * ```
 */
export type LeaveRuleTable = RuleTable<LeaveRule>;
