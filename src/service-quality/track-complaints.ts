import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import { workingCalendarSchema, type WorkingCalendar } from '../calendar';
import {
  calendarDaysIn,
  compareDates,
  invalidInput,
  isoDateSchema,
  reason,
  validate,
  type LocalizedIssue,
  type IsoDate,
  type ParseableSchema,
  type Reason,
} from '../core';
import { withErrorData } from '../core/errors';
import { ownValue } from '../core/own';
import { isParsed } from '../core/parsed';
import { dueDateOf } from './complaint-due-date';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { complaintListIssues, policyListIssues } from './cross-checks';
import { KIND } from './kinds';
import { complaintPolicySchema, complaintSchema, type Complaint, type ComplaintPolicy, type ServiceUnit } from './schemas';
import { fieldsOf, isTrustedList, trustedListSchema } from './trusted';

/**
 * Where a complaint stands on the `asOf` date.
 *
 * @example
 * ```ts
 * import type { ComplaintStatus } from 'asn-kit/service-quality';
 * const status: ComplaintStatus = 'overdue';
 * ```
 */
export type ComplaintStatus = 'open' | 'overdue' | 'closed-on-time' | 'closed-late';

/**
 * A complaint with its due dates and status.
 *
 * @example
 * ```ts
 * import { trackComplaints, type TrackedComplaint } from 'asn-kit/service-quality';
 * const trackingResult = trackComplaints({
 *   asOf: '2024-03-20',
 *   complaints: [{ id: 'C-1', unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, channel: 'phone', received: '2024-03-01', subject: 'Antrean' }],
 * });
 * if (trackingResult.isOk()) {
 *   const tracking = trackingResult.value;
 *   const first: TrackedComplaint | undefined = tracking.overdue[0];
 *   first?.daysOverdue; // => 5
 * }
 * ```
 */
export interface TrackedComplaint {
  /** The complaint as given. */
  readonly complaint: Complaint;
  /** The due date under the unit's rule. */
  readonly due: IsoDate;
  /** The extended due date, when the rule allows an extension. */
  readonly extendedDue?: IsoDate;
  /** The date that counts (the extended one when the complaint was extended). */
  readonly deadline: IsoDate;
  /** Open, overdue, closed on time or closed late, as of `asOf`. */
  readonly status: ComplaintStatus;
  /** Calendar days past the deadline: to `asOf` while open, to the closing day once closed; 0 when in time. */
  readonly daysOverdue: number;
}

/**
 * The counts of one unit.
 *
 * @example
 * ```ts
 * import type { UnitComplaintCounts } from 'asn-kit/service-quality';
 * const counts: UnitComplaintCounts = {
 *   unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, received: 3, open: 1, overdue: 1, closedOnTime: 1, closedLate: 0,
 * };
 * ```
 */
export interface UnitComplaintCounts {
  /** The unit. */
  readonly unit: ServiceUnit;
  /** Complaints received up to `asOf`. */
  readonly received: number;
  /** Open and not yet due. */
  readonly open: number;
  /** Open past the deadline. */
  readonly overdue: number;
  /** Closed by the deadline. */
  readonly closedOnTime: number;
  /** Closed after the deadline. */
  readonly closedLate: number;
}

/**
 * The complaint register as of a date: every complaint with its deadline, the open and overdue lists, and counts
 * per unit.
 *
 * @example
 * ```ts
 * import { trackComplaints, type ComplaintTracking } from 'asn-kit/service-quality';
 * const trackingResult = trackComplaints({ complaints: [], asOf: '2026-03-31' });
 * if (trackingResult.isOk()) {
 *   const tracking: ComplaintTracking = trackingResult.value;
 *   tracking.open.length; // => 0
 * }
 * ```
 */
export interface ComplaintTracking {
  /** The date the register is read on. */
  readonly asOf: IsoDate;
  /** Every complaint received up to `asOf`, in the order given. */
  readonly complaints: readonly TrackedComplaint[];
  /** Complaints still open (overdue ones included), the nearest deadline first. */
  readonly open: readonly TrackedComplaint[];
  /** Complaints open past their deadline, the longest overdue first. */
  readonly overdue: readonly TrackedComplaint[];
  /** Complaints closed after their deadline. */
  readonly closedLate: readonly TrackedComplaint[];
  /** The counts per unit, in the order units first appear. */
  readonly byUnit: readonly UnitComplaintCounts[];
  /** A warning per overdue complaint and per complaint closed late. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

/**
 * The parameters of {@link trackComplaints}.
 *
 * @example
 * ```ts
 * import type { TrackComplaintsParams } from 'asn-kit/service-quality';
 * const params: TrackComplaintsParams = {
 *   complaints: [], policies: [{ unitId: 'dinkes', rule: { days: 14, count: 'calendar' } }], asOf: '2026-03-31',
 * };
 * ```
 */
export interface TrackComplaintsParams {
  /**
   * The complaints: best the list `parseComplaints` returned (or complaints `parseComplaint` returned), which are
   * used without a second check; anything else is checked first (see `complaintSchema`).
   */
  readonly complaints: readonly Complaint[];
  /**
   * The units' deadlines, one per unit, as each agency sets them; a unit without one gets the statutory 14 calendar days.
   * Parsed policies (`parseComplaintPolicies`) are used as they are.
   */
  readonly policies?: readonly ComplaintPolicy[];
  /** The day to read the register on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The working calendar for deadlines in working days. */
  readonly calendar?: WorkingCalendar;
  /** A calendar per unit id, for units with another working week (e.g. a 6-day service unit). */
  readonly unitCalendars?: Readonly<Record<string, WorkingCalendar>>;
}

/**
 * Another name of {@link TrackComplaintsParams}, kept for existing code.
 *
 * @example
 * ```ts
 * import type { TrackComplaintsInput } from 'asn-kit/service-quality';
 * const input: TrackComplaintsInput = { complaints: [], asOf: '2026-03-31' };
 * ```
 */
export type TrackComplaintsInput = TrackComplaintsParams;

/** The parameters once checked. */
interface CheckedParams {
  readonly complaints: readonly Complaint[];
  readonly policies?: readonly ComplaintPolicy[] | undefined;
  readonly asOf: IsoDate;
  readonly calendar?: WorkingCalendar | undefined;
  readonly unitCalendars?: Readonly<Record<string, WorkingCalendar>> | undefined;
}

const paramsSchemas: (ParseableSchema<CheckedParams> | undefined)[] = [];

/**
 * The schema of the parameters, strict (an unknown key is an issue), with the lists that are parsed already taken
 * as they are and the others checked record by record: four variants, each built once.
 */
function paramsSchema(trustComplaints: boolean, trustPolicies: boolean): ParseableSchema<CheckedParams> {
  const variant = (trustComplaints ? 1 : 0) + (trustPolicies ? 2 : 0);
  const built = paramsSchemas[variant];
  if (built !== undefined) return built;
  const schema: ParseableSchema<CheckedParams> = z.strictObject({
    complaints: trustComplaints ? trustedListSchema<Complaint>() : recordList(complaintSchema),
    policies: z.optional(trustPolicies ? trustedListSchema<ComplaintPolicy>() : recordList(complaintPolicySchema)),
    asOf: isoDateSchema,
    calendar: z.optional(workingCalendarSchema),
    unitCalendars: z.optional(z.record(z.string(), workingCalendarSchema)),
  });
  paramsSchemas[variant] = schema;
  return schema;
}

/** Complaints whose tier their unit's policy does not define. */
function tierIssues(complaints: readonly Complaint[], policyOf: ReadonlyMap<string, ComplaintPolicy>): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  for (const [c, complaint] of complaints.entries()) {
    if (complaint.tier === undefined || ownValue(policyOf.get(complaint.unit.id)?.tiers, complaint.tier) !== undefined) continue;
    issues.push({
      path: `complaints.${c}.tier`,
      message: {
        id: `Unit ${complaint.unit.id} tidak memiliki batas waktu untuk tingkat "${complaint.tier}"`,
        en: `Unit ${complaint.unit.id} has no deadline for tier "${complaint.tier}"`,
      },
    });
  }
  return issues;
}

function statusOf(complaint: Complaint, deadline: IsoDate, asOf: IsoDate): { status: ComplaintStatus; daysOverdue: number } {
  const closed = complaint.closed !== undefined && complaint.closed <= asOf ? complaint.closed : undefined;
  const until = closed ?? asOf;
  const daysOverdue = until > deadline ? calendarDaysIn({ from: deadline, to: until }) - 1 : 0;
  if (closed === undefined) return { status: daysOverdue > 0 ? 'overdue' : 'open', daysOverdue };
  return { status: daysOverdue > 0 ? 'closed-late' : 'closed-on-time', daysOverdue };
}

/**
 * Reads the complaint register on a date: the deadline of every complaint from its unit's configured rule
 * (days after receipt, working or calendar, an optional extension and tiers; docs/interpretations.md#complaint-deadlines) or, for a unit
 * without one, the statutory 14 calendar days (UU 25/2009); working days come from the unit's
 * calendar. Lists the open complaints (nearest deadline first), the overdue ones (longest overdue first) and those
 * closed late, with counts per unit. A complaint received after `asOf` is left out; one closed after `asOf`
 * is still open on `asOf`.
 *
 * @param params - {@link TrackComplaintsParams}: `complaints`, `policies`, `asOf`, `calendar`, `unitCalendars` (an
 *   unknown key is an error).
 * @returns `Ok(tracking)`; `Err` with `service-quality/invalid-input` (with paths, e.g. an unknown tier),
 *   `service-quality/due-date-unavailable` (no calendar for working days), `calendar/year-not-covered` (a date in a
 *   year the calendar holds no data for) or
 *   `service-quality/no-rule-in-force`.
 * @see Official: UU 25/2009 tentang Pelayanan Publik (pengelolaan pengaduan); Perpres 76/2013 (SP4N-LAPOR!)
 * @example
 * ```ts
 * import { parseComplaints, trackComplaints } from 'asn-kit/service-quality';
 * const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * // At the boundary (an HTTP body, a database read): parse once.
 * const complaints = parseComplaints([
 *   { id: 'C-1', unit, channel: 'lapor', received: '2024-03-01', subject: 'KTP-el belum dicetak' },
 *   { id: 'C-2', unit, channel: 'whatsapp', received: '2024-03-18', subject: 'Antrean' },
 *   { id: 'C-3', unit, channel: 'phone', received: '2024-03-01', subject: 'KK', closed: '2024-03-04' },
 * ]);
 * if (complaints.isOk()) {
 *   const tracking = trackComplaints({
 *     asOf: '2024-03-20',
 *     policies: [{ unitId: 'disdukcapil', rule: { days: 5, count: 'calendar' } }],
 *     complaints: complaints.value,
 *   });
 *   if (tracking.isOk()) {
 *     tracking.value.overdue.map((t) => [t.complaint.id, t.deadline, t.daysOverdue]); // => [['C-1', '2024-03-06', 14]]
 *     tracking.value.open.map((t) => t.complaint.id); // => ['C-1', 'C-2']
 *   }
 * }
 * ```
 */
export function trackComplaints(params: TrackComplaintsParams): Result<ComplaintTracking, ServiceQualityError> {
  const given = fieldsOf(params);
  const trustComplaints = isTrustedList(given.complaints, KIND.complaints, KIND.complaint);
  const trustPolicies = given.policies === undefined || isTrustedList(given.policies, KIND.policies, KIND.policy);
  const parsed = validate(paramsSchema(trustComplaints, trustPolicies), params, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { complaints, policies = [], asOf, calendar, unitCalendars } = parsed.value;
  const policyOf = new Map(policies.map((policy) => [policy.unitId, policy]));
  const issues = [
    ...(isParsed(policies, KIND.policies) ? [] : policyListIssues(policies, 'policies')),
    ...(isParsed(complaints, KIND.complaints) ? [] : complaintListIssues(complaints, 'complaints', !trustComplaints)),
    ...tierIssues(complaints, policyOf),
  ];
  if (issues.length > 0) return err(invalidInput('service-quality/invalid-input', issues));
  const tracked: TrackedComplaint[] = [];
  const counts = new Map<string, { unit: ServiceUnit; received: number; open: number; overdue: number; closedOnTime: number; closedLate: number }>();
  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  for (const complaint of complaints) {
    if (complaint.received > asOf) continue;
    const policy = policyOf.get(complaint.unit.id);
    const rule = complaint.tier === undefined ? policy?.rule : ownValue(policy?.tiers, complaint.tier);
    const due = dueDateOf(complaint.received, rule, complaint.extended, ownValue(unitCalendars, complaint.unit.id) ?? calendar, policy?.source);
    if (due.isErr()) return err(withErrorData(due.error, { complaint: complaint.id }));
    const { status, daysOverdue } = statusOf(complaint, due.value.deadline, asOf);
    const entry: TrackedComplaint = {
      complaint,
      due: due.value.due,
      ...(due.value.extendedDue === undefined ? {} : { extendedDue: due.value.extendedDue }),
      deadline: due.value.deadline,
      status,
      daysOverdue,
    };
    tracked.push(entry);
    const unitCounts = counts.get(complaint.unit.id) ?? { unit: complaint.unit, received: 0, open: 0, overdue: 0, closedOnTime: 0, closedLate: 0 };
    counts.set(complaint.unit.id, unitCounts);
    unitCounts.received += 1;
    if (status === 'open') unitCounts.open += 1;
    else if (status === 'overdue') unitCounts.overdue += 1;
    else if (status === 'closed-on-time') unitCounts.closedOnTime += 1;
    else unitCounts.closedLate += 1;
    if (status === 'overdue' || status === 'closed-late') {
      const late = status === 'overdue';
      reasons.push(
        reason(
          late ? 'service-quality/complaint-overdue' : 'service-quality/complaint-closed-late',
          'warning',
          due.value.basis,
          late
            ? {
                id: `Pengaduan ${complaint.id} (${complaint.unit.name}) melewati batas waktu ${entry.deadline} sebanyak ${daysOverdue} hari.`,
                en: `Complaint ${complaint.id} (${complaint.unit.name}) is ${daysOverdue} days past its deadline of ${entry.deadline}.`,
              }
            : {
                id: `Pengaduan ${complaint.id} (${complaint.unit.name}) diselesaikan ${daysOverdue} hari setelah batas waktu ${entry.deadline}.`,
                en: `Complaint ${complaint.id} (${complaint.unit.name}) was closed ${daysOverdue} days after its deadline of ${entry.deadline}.`,
              },
          { complaint: complaint.id, unit: complaint.unit.id, deadline: entry.deadline, daysOverdue },
        ),
      );
    }
  }
  const open = tracked
    .filter((entry) => entry.status === 'open' || entry.status === 'overdue')
    .sort((left, right) => compareDates(left.deadline, right.deadline));
  const overdue = tracked.filter((entry) => entry.status === 'overdue').sort((left, right) => right.daysOverdue - left.daysOverdue);
  return ok({
    asOf,
    complaints: tracked,
    open,
    overdue,
    closedLate: tracked.filter((entry) => entry.status === 'closed-late'),
    byUnit: [...counts.values()],
    reasons,
  });
}
