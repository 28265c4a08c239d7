import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { trustParsed, yearOf, type IsoDate, type LocalizedText } from '../core';
import { validate } from '../core/validate';
import { serviceLength } from '../employee';
import { startOfService } from '../employee/service-start';
import type { LeaveOutcome, LeaveVerdict, LeaveWorkflowState } from './draft-leave-request';
import type { LeaveError } from './errors';
import type { LeaveDecision } from './evaluate-request';
import { DECISION_KIND, invalidParts, NONE, STATE_KIND, type FailedPart } from './input';
import { foldYear } from './ledger-fold';
import { parseLeaveDecision } from './parse-leave-decision';
import { parseLeaveWorkflowState } from './parse-leave-workflow-state';
import { takeLedger } from './parse-ledger';
import type { LeaveKind } from './rules/leave-rule';
import type { Ledger } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The input of {@link leaveFormData}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { LeaveFormParams } from 'asn-kit/leave';
 * const keys: (keyof LeaveFormParams)[] = ['decision', 'state', 'ledger'];
 * ```
 */
export interface LeaveFormParams {
  /** The evaluated request, from `evaluateLeaveRequest` (or `parseLeaveDecision`). */
  readonly decision: LeaveDecision;
  /** The workflow state, for sections VII and VIII (absent: both blank). */
  readonly state?: LeaveWorkflowState;
  /** The ledger, from `parseLedger`, for section V (the balances of the last three years). */
  readonly ledger?: Ledger;
}

/**
 * A decision box of sections VII and VIII: the four options of the form, the one ticked and its reason.
 *
 * @example
 * ```ts
 * import type { LeaveFormVerdict } from 'asn-kit/leave';
 * const ticked = (box: LeaveFormVerdict) => box.outcome;
 * ```
 */
export interface LeaveFormVerdict {
  /** The outcome ticked, or `null` while blank. */
  readonly outcome: LeaveOutcome | null;
  /** The label of the outcome ticked (DISETUJUI, PERUBAHAN, DITANGGUHKAN, TIDAK DISETUJUI). */
  readonly label: LocalizedText | null;
  /** The reason written. */
  readonly note: string;
  /** The date signed. */
  readonly date: IsoDate | null;
}

/**
 * The fields of the official leave request form (Perban BKN 24/2017 Anak Lampiran I.b, sections I–VIII), ready to
 * be printed.
 *
 * @example
 * ```ts
 * import type { LeaveFormData } from 'asn-kit/leave';
 * const nip = (form: LeaveFormData) => form.employee.nip;
 * ```
 */
export interface LeaveFormData {
  /** I. Data pegawai. */
  readonly employee: {
    /** Nama. */
    readonly name: string;
    /** NIP (NI PPPK). */
    readonly nip: string;
    /** Jabatan. */
    readonly position: string;
    /** Golongan/ruang. */
    readonly golongan: string;
    /** Masa kerja (CLTN excluded). */
    readonly serviceLength: {
      /** Whole years. */
      readonly years: number;
      /** Months beyond the years. */
      readonly months: number;
    };
    /** Unit kerja. */
    readonly workUnit: string;
  };
  /** II. Jenis cuti yang diambil: the six boxes of the form, with the one ticked. */
  readonly kind: readonly {
    /** The box number on the form (1–6). */
    readonly number: number;
    /** The kind. */
    readonly kind: LeaveKind;
    /** Its label. */
    readonly label: LocalizedText;
    /** Whether it is ticked. */
    readonly checked: boolean;
  }[];
  /** III. Alasan cuti. */
  readonly reason: string;
  /** IV. Lamanya cuti. */
  readonly duration: {
    /** The number. */
    readonly amount: number;
    /** The unit as written on the form (hari kerja, hari). */
    readonly unit: LocalizedText;
    /** Mulai tanggal. */
    readonly from: IsoDate;
    /** s/d. */
    readonly to: IsoDate;
  };
  /** V. Catatan cuti: annual leave left in the last three years, and the kind requested. */
  readonly leaveRecord: {
    /** Cuti tahunan: N−2, N−1 and N with the days left. */
    readonly annual: readonly {
      /** The year. */
      readonly year: number;
      /** The working days left at its end (or now, for the current year). */
      readonly remaining: number;
    }[];
    /** The kind requested, with the days of this request. */
    readonly requested: {
      /** The kind requested. */
      readonly kind: LeaveKind;
      /** Its days. */
      readonly days: number;
    };
  };
  /** VI. Alamat selama menjalankan cuti. */
  readonly addressDuringLeave: {
    /** The address. */
    readonly address: string;
    /** The telephone number. */
    readonly phone: string;
  };
  /** VII. Pertimbangan atasan langsung. */
  readonly superiorConsideration: LeaveFormVerdict;
  /** VIII. Keputusan pejabat yang berwenang memberikan cuti. */
  readonly pybmcDecision: LeaveFormVerdict;
}

const KINDS: readonly { kind: LeaveKind; label: LocalizedText }[] = /* @__PURE__ */ deepFrozen([
  { kind: 'annual', label: { id: 'Cuti Tahunan', en: 'Annual leave' } },
  { kind: 'major', label: { id: 'Cuti Besar', en: 'Major leave' } },
  { kind: 'sick', label: { id: 'Cuti Sakit', en: 'Sick leave' } },
  { kind: 'maternity', label: { id: 'Cuti Melahirkan', en: 'Maternity leave' } },
  { kind: 'important-reason', label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' } },
  { kind: 'unpaid', label: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave (CLTN)' } },
]);

const OUTCOME_LABELS: Readonly<Record<LeaveOutcome, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  approved: { id: 'DISETUJUI', en: 'APPROVED' },
  changed: { id: 'PERUBAHAN', en: 'CHANGED' },
  deferred: { id: 'DITANGGUHKAN', en: 'DEFERRED' },
  rejected: { id: 'TIDAK DISETUJUI', en: 'NOT APPROVED' },
});

/** The parameter bag; its records are taken by their parsers. */
const paramsSchema = /* @__PURE__ */ (() => z.strictObject({ decision: z.optional(z.unknown()), state: z.optional(z.unknown()), ledger: z.optional(z.unknown()) }))();

function checkParams(params: unknown): Result<{ decision: LeaveDecision; state: LeaveWorkflowState | undefined; ledger: Ledger }, LeaveError> {
  const bag = validate(paramsSchema, params, 'leave/invalid-input');
  if (bag.isErr()) return err(bag.error);
  const failed: FailedPart[] = [];
  const { decision, state, ledger } = bag.value;
  const checkedDecision = trustParsed(decision, DECISION_KIND, parseLeaveDecision);
  if (checkedDecision.isErr()) failed.push({ path: 'decision', error: checkedDecision.error });
  const checkedState = state === undefined ? ok(undefined) : trustParsed(state, STATE_KIND, parseLeaveWorkflowState);
  if (checkedState.isErr()) failed.push({ path: 'state', error: checkedState.error });
  const checkedLedger = ledger === undefined ? ok(NONE) : takeLedger(ledger);
  if (checkedLedger.isErr()) failed.push({ path: 'ledger', error: checkedLedger.error });
  if (checkedDecision.isErr() || checkedState.isErr() || checkedLedger.isErr()) return err(invalidParts(failed));
  return ok({ decision: checkedDecision.value, state: checkedState.value, ledger: checkedLedger.value });
}

function box(verdict: LeaveVerdict | null): LeaveFormVerdict {
  if (verdict === null) return { outcome: null, label: null, note: '', date: null };
  return { outcome: verdict.outcome, label: OUTCOME_LABELS[verdict.outcome], note: verdict.note, date: verdict.date };
}

/**
 * Fills the official leave request form (Perban BKN 24/2017 Anak Lampiran I.b; the PPPK form of Perban BKN 7/2022
 * Lampiran II has the same layout) from an evaluated request, its workflow state and the ledger, so a consumer can
 * print the letter: I data pegawai, II jenis cuti, III alasan, IV lamanya, V catatan cuti, VI alamat, VII
 * pertimbangan atasan langsung, VIII keputusan PYBMC.
 *
 * The decision, the state and the ledger are used as they are when this module made or parsed them (a state from
 * `advanceLeaveRequest`, a ledger from `parseLedger`); anything else is checked first (`parseLeaveDecision`,
 * `parseLeaveWorkflowState`), so a stored or hand-made value is refused with coded issues, never trusted.
 *
 * @param params - The decision, the workflow state and the ledger; any other key is refused.
 * @returns `Ok(form)`, or `Err` with code `leave/invalid-input` when a part is malformed.
 * @example
 * ```ts
 * import { leaveFormData, type LeaveDecision } from 'asn-kit/leave';
 * declare const decision: LeaveDecision;
 * leaveFormData({ decision }).map((form) => form.superiorConsideration.outcome); // => Ok(null)
 * leaveFormData({ decision }).match((form) => form.duration.unit.id, (error) => error.code); // => 'hari kerja' for annual leave
 * ```
 */
export function leaveFormData(params: LeaveFormParams): Result<LeaveFormData, LeaveError> {
  return checkParams(params).andThen(({ decision, state, ledger }) => {
    const { employee, request } = decision;
    const from = startOfService(employee);
    const length = serviceLength(from, decision.period.from, { excluding: employee.cltn }).unwrapOr({ years: 0, months: 0, days: 0 });
    const year = yearOf(decision.period.from);
    const working = decision.duration.unit === 'working-days';
    return ok({
      employee: {
        name: employee.name,
        nip: employee.nip,
        position: employee.position.title ?? employee.position.type,
        golongan: employee.golongan,
        serviceLength: { years: length.years, months: length.months },
        workUnit: employee.workUnit.name,
      },
      kind: KINDS.map((entry, index) => ({ number: index + 1, kind: entry.kind, label: entry.label, checked: entry.kind === request.kind })),
      reason: request.reason,
      duration: {
        amount: decision.duration.days,
        unit: working ? { id: 'hari kerja', en: 'working days' } : { id: 'hari', en: 'calendar days' },
        from: decision.period.from,
        to: decision.period.to,
      },
      leaveRecord: {
        annual: [year - 2, year - 1, year].map((y) => ({ year: y, remaining: foldYear(ledger, 'annual', y).available })),
        requested: { kind: request.kind, days: decision.duration.days },
      },
      addressDuringLeave: { address: request.address, phone: request.phone },
      superiorConsideration: box(state?.consideration ?? null),
      pybmcDecision: box(state?.verdict ?? null),
    });
  });
}
