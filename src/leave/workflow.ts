import { err, ok, type Result } from 'neverthrow';
import { calendarDaysIn, reason, trustParsed, yearOf, type IsoDate, type Reason } from '../core';
import { markParsed } from '../core/parsed';
import { validate } from '../core/validate';
import { countWorkingDays, type WorkingCalendar } from '../calendar';
import { provisionalReasons } from '../calendar/provisional-warnings';
import { workflowEventSchema } from './decision-schemas';
import type { LeaveOutcome, LeaveWorkflowState } from './draft-leave-request';
import { calendarError } from './calendar-error';
import { deferralBasis } from './deferral-basis';
import { leaveError, type LeaveError } from './errors';
import type { LeaveDecision } from './evaluate-request';
import { DECISION_KIND, invalidParts, STATE_KIND, type FailedPart } from './input';
import { parseLeaveDecision } from './parse-leave-decision';
import { parseLeaveWorkflowState } from './parse-leave-workflow-state';
import type { LedgerEntry, LeaveStatus } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * An event in a request's life.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { LeaveWorkflowEvent } from 'asn-kit/leave';
 * const event: LeaveWorkflowEvent = { type: 'consider', date: '2026-03-02' as IsoDate, outcome: 'approved' };
 * ```
 */
export type LeaveWorkflowEvent =
  | {
      /** The employee submits the request. */
      readonly type: 'submit';
      /** The day. */
      readonly date: IsoDate;
    }
  | {
      /** The direct superior gives a pertimbangan. */
      readonly type: 'consider';
      /** The day. */
      readonly date: IsoDate;
      /** The pertimbangan. */
      readonly outcome: LeaveOutcome;
      /** The reason (required unless approved). */
      readonly note?: string;
    }
  | {
      /** The PYBMC decides. */
      readonly type: 'decide';
      /** The day. */
      readonly date: IsoDate;
      /** The keputusan. */
      readonly outcome: LeaveOutcome;
      /** The reason (required unless approved). */
      readonly note?: string;
      /** For `changed`: the request re-evaluated with its new dates. */
      readonly changed?: LeaveDecision;
    }
  | {
      /** The request is cancelled (before the leave starts, once approved). */
      readonly type: 'cancel';
      /** The day. */
      readonly date: IsoDate;
    }
  | {
      /** The employee is recalled during the leave. */
      readonly type: 'recall';
      /** The day the employee is back at work. */
      readonly date: IsoDate;
      /** Needed for annual leave, to count the unused working days. */
      readonly calendar?: WorkingCalendar;
    };

/**
 * The result of a transition: the new state, the ledger entries it posts, and why.
 *
 * @example
 * ```ts
 * import type { LeaveTransition } from 'asn-kit/leave';
 * const toPost = (transition: LeaveTransition) => transition.postings;
 * ```
 */
export interface LeaveTransition {
  /** The new state. */
  readonly state: LeaveWorkflowState;
  /** The ledger entries to append. */
  readonly postings: readonly LedgerEntry[];
  /** The explanation (e.g. the docs/interpretations.md#leave-decisions warning on a rejection). */
  readonly reasons: readonly Reason[];
}

const WORKFLOW_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'Perban BKN 24/2017', article: 'Anak Lampiran I.b, bagian VII–VIII', interpretation: 'leave-decisions' } as const);

function invalid(state: LeaveWorkflowState, event: LeaveWorkflowEvent): Result<LeaveTransition, LeaveError> {
  return err(leaveError('leave/invalid-transition', WORKFLOW_BASIS, {
    id: `Langkah "${event.type}" tidak dapat dilakukan pada status "${state.status}".`,
    en: `The step "${event.type}" is not possible in status "${state.status}".`,
  }, { status: state.status, event: event.type }));
}

function move(state: LeaveWorkflowState, status: LeaveStatus, date: IsoDate, postings: readonly LedgerEntry[], reasons: readonly Reason[],
  patch: Partial<LeaveWorkflowState> = {}): Result<LeaveTransition, LeaveError> {
  const next: LeaveWorkflowState = { ...state, ...patch, status, posted: [...state.posted, ...postings], history: [...state.history, { status, date }] };
  return ok({ state: markParsed(next, STATE_KIND), postings, reasons });
}

function needsNote(outcome: LeaveOutcome, note: string | undefined): LeaveError | null {
  if (outcome === 'approved' || (note !== undefined && note.trim() !== '')) return null;
  return leaveError('leave/invalid-input', WORKFLOW_BASIS, {
    id: 'Alasan wajib diisi untuk perubahan, penangguhan atau penolakan.',
    en: 'A reason is required for a change, a deferral or a rejection.',
  }, { outcome });
}

/** The entries that undo what the workflow posted (a cancellation restores exactly what was taken). */
function reversal(posted: readonly LedgerEntry[]): LedgerEntry[] {
  return posted
    .filter((entry) => entry.type === 'taken' || entry.type === 'lapse')
    .map((entry) => ({ ...entry, type: 'returned',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 310', note: 'cancelled before it started' } }));
}

/**
 * Moves a request one step through the workflow (docs/interpretations.md#leave-decisions): `submit` (draft → submitted; a 1-day sick notice is
 * approved at once), `consider` (the direct superior's pertimbangan: submitted → considered), `decide` (the
 * PYBMC's keputusan: approved, changed with new dates, deferred, or rejected), `cancel` (before the leave starts;
 * an approved request gets its days back) and `recall` (during annual leave, cuti besar, CAP or cuti bersama:
 * the unused days remain the employee's, PP 11/2017 Pasal 338). Rejecting a PNS request other than CLTN is allowed
 * with a warning (BKN, 2020). Every transition returns the ledger entries it posts.
 *
 * The state is used as it is when this module returned it (every transition returns a new, frozen state); a state
 * from `draftLeaveRequest`, from storage or from elsewhere is checked first (`parseLeaveWorkflowState`), and so is
 * the event (strict: an unknown key is refused).
 *
 * @param state - The current state (from {@link draftLeaveRequest} or an earlier transition).
 * @param event - What happens.
 * @returns `Ok(transition)`, or `Err` with code `leave/invalid-transition`, `leave/not-deferrable`,
 *   `leave/not-recallable` or `leave/invalid-input` (a missing reason, a malformed state or event).
 * @example
 * ```ts
 * import { advanceLeaveRequest, draftLeaveRequest, type LeaveDecision } from 'asn-kit/leave';
 * import type { IsoDate } from 'asn-kit/core';
 * declare const decision: LeaveDecision;
 * const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2026-03-02' as IsoDate });
 * submitted.map((transition) => transition.state.status); // => Ok('submitted')
 * advanceLeaveRequest(draftLeaveRequest(decision), { type: 'recall', date: '2026-03-02' as IsoDate })
 *   .match(() => 'moved', (error) => error.code); // => 'leave/invalid-transition'
 * ```
 */
export function advanceLeaveRequest(state: LeaveWorkflowState, event: LeaveWorkflowEvent): Result<LeaveTransition, LeaveError> {
  const checked = checkTransition(state, event);
  return checked.andThen((input) => transition(input.state, input.event));
}

/** The state (parsed unless it is one this module returned) and the event (with a `changed` decision parsed). */
function checkTransition(state: unknown, event: unknown): Result<{ state: LeaveWorkflowState; event: LeaveWorkflowEvent }, LeaveError> {
  const failed: FailedPart[] = [];
  const checkedState = trustParsed(state, STATE_KIND, parseLeaveWorkflowState);
  if (checkedState.isErr()) failed.push({ path: 'state', error: checkedState.error });
  const checkedEvent = validate(workflowEventSchema, event, 'leave/invalid-input');
  if (checkedEvent.isErr()) failed.push({ path: 'event', error: checkedEvent.error });
  let checkedChanged: Result<LeaveDecision | undefined, LeaveError> = ok(undefined);
  if (checkedEvent.isOk() && checkedEvent.value.type === 'decide' && checkedEvent.value.changed !== undefined) {
    checkedChanged = trustParsed(checkedEvent.value.changed, DECISION_KIND, parseLeaveDecision);
    if (checkedChanged.isErr()) failed.push({ path: 'event.changed', error: checkedChanged.error });
  }
  if (checkedState.isErr() || checkedEvent.isErr() || checkedChanged.isErr()) return err(invalidParts(failed));
  const changed = checkedChanged.value;
  const checked = (changed === undefined ? checkedEvent.value : { ...checkedEvent.value, changed }) as LeaveWorkflowEvent;
  return ok({ state: checkedState.value, event: checked });
}

function transition(state: LeaveWorkflowState, event: LeaveWorkflowEvent): Result<LeaveTransition, LeaveError> {
  const decision = state.decision;
  switch (event.type) {
    case 'submit': {
      if (state.status !== 'draft') return invalid(state, event);
      if (decision.route.notice) {
        return move(state, 'approved', event.date, decision.postings, [reason('leave/notice-recorded', 'info',
          { instrument: 'Perban BKN 7/2021', article: 'Lampiran III.C.2', interpretation: 'sick-leave' },
          { id: 'Pemberitahuan sakit 1 hari dicatat oleh atasan langsung.', en: 'The 1-day sick notice is recorded by the direct superior.' })],
          { verdict: { outcome: 'approved', date: event.date, note: '' } });
      }
      return move(state, 'submitted', event.date, [], []);
    }
    case 'consider': {
      if (state.status !== 'submitted') return invalid(state, event);
      const missing = needsNote(event.outcome, event.note);
      if (missing !== null) return err(missing);
      return move(state, 'considered', event.date, [], [], { consideration: { outcome: event.outcome, date: event.date, note: event.note ?? '' } });
    }
    case 'decide': {
      if (state.status !== 'considered') return invalid(state, event);
      const missing = needsNote(event.outcome, event.note);
      if (missing !== null) return err(missing);
      const verdict = { outcome: event.outcome, date: event.date, note: event.note ?? '' };
      if (event.outcome === 'approved') return move(state, 'approved', event.date, decision.postings, [], { verdict });
      if (event.outcome === 'changed') {
        const changed = event.changed;
        if (changed?.request.id !== decision.request.id) {
          return err(leaveError('leave/invalid-input', WORKFLOW_BASIS, {
            id: 'Perubahan memerlukan permintaan yang sama yang dievaluasi ulang dengan tanggal baru.',
            en: 'A change needs the same request re-evaluated with its new dates.',
          }, { requestId: decision.request.id }));
        }
        return move(state, 'approved', event.date, changed.postings, [], { verdict, decision: changed });
      }
      if (event.outcome === 'deferred') {
        if (!decision.rule.deferrable) {
          return err(leaveError('leave/not-deferrable', decision.rule.basis, {
            id: `${decision.rule.label.id} tidak dapat ditangguhkan.`, en: `${decision.rule.label.en} cannot be deferred.`,
          }, { kind: decision.request.kind, ground: decision.ground }));
        }
        const postings: LedgerEntry[] = decision.request.kind === 'annual'
          ? [{ type: 'deferral-out', kind: 'annual', year: yearOf(decision.period.from), date: event.date, days: decision.duration.days,
              requestId: decision.request.id, basis: deferralBasis(decision.employee.kind, 'annual') }]
          : [];
        return move(state, 'deferred', event.date, postings, [reason('leave/deferred', 'info', deferralBasis(decision.employee.kind, decision.request.kind), {
          id: 'Ditangguhkan karena kepentingan dinas mendesak, paling lama 1 tahun.', en: 'Deferred for pressing service needs, for at most 1 year.',
        })], { verdict });
      }
      const warnings: Reason[] = decision.employee.kind !== 'PPPK' && decision.request.kind !== 'unpaid'
        ? [reason('leave/rejection-discouraged', 'warning', { instrument: 'PP 17/2020', note: 'BKN statement, July 2020', interpretation: 'leave-decisions' }, {
            id: 'Menurut BKN (2020) permintaan cuti PNS selain CLTN tidak dapat ditolak, hanya ditangguhkan.',
            en: 'According to BKN (2020) a PNS leave request other than CLTN cannot be refused, only deferred.',
          })]
        : [];
      return move(state, 'rejected', event.date, [], warnings, { verdict });
    }
    case 'cancel': {
      if (state.status === 'draft' || state.status === 'submitted' || state.status === 'considered') {
        return move(state, 'cancelled', event.date, [], []);
      }
      if (state.status !== 'approved' || event.date >= decision.period.from) return invalid(state, event);
      return move(state, 'cancelled', event.date, reversal(state.posted), []);
    }
    case 'recall': {
      if (state.status !== 'approved' || event.date < decision.period.from || event.date > decision.period.to) return invalid(state, event);
      if (!decision.rule.recallable) {
        return err(leaveError('leave/not-recallable', { instrument: 'PP 11/2017', article: 'Pasal 338; PP 49/2018 Pasal 92' }, {
          id: `${decision.rule.label.id} tidak dapat dipanggil kembali.`, en: `An employee cannot be recalled from ${decision.rule.label.en.toLowerCase()}.`,
        }, { kind: decision.request.kind }));
      }
      let unused = calendarDaysIn({ from: event.date, to: decision.period.to });
      // Working days counted in a provisional year rest on a table that may still change: say so, as a decision does.
      const provisional: Reason[] = [];
      if (decision.request.kind === 'annual') {
        if (event.calendar === undefined) {
          return err(leaveError('leave/invalid-input', WORKFLOW_BASIS, {
            id: 'Pemanggilan kembali dari cuti tahunan memerlukan kalender kerja.', en: 'A recall from annual leave needs the working calendar.',
          }, {}));
        }
        const counted = countWorkingDays(event.calendar, event.date, decision.period.to);
        if (counted.isErr()) return err(calendarError(counted.error));
        unused = counted.value;
        provisional.push(...provisionalReasons(event.calendar, yearOf(event.date), yearOf(decision.period.to)));
      }
      const year = decision.postings.reduce((found, entry) => (entry.type === 'taken' ? entry.year : found), yearOf(decision.period.from));
      const postings: LedgerEntry[] = unused === 0 ? [] : [{
        type: 'returned', kind: decision.request.kind, year, date: event.date, days: unused, requestId: decision.request.id,
        basis: { instrument: 'PP 11/2017', article: 'Pasal 338; PP 49/2018 Pasal 92' },
      }];
      return move(state, 'recalled', event.date, postings, [reason('leave/recalled', 'info', { instrument: 'PP 11/2017', article: 'Pasal 338' }, {
        id: `Dipanggil kembali pada ${event.date}: ${String(unused)} hari yang belum dijalankan tetap menjadi hak pegawai.`,
        en: `Recalled on ${event.date}: the ${String(unused)} unused days remain the employee's.`,
      }, { unused }), ...provisional]);
    }
  }
}
