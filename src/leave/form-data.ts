import { ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { dateRangeSchema, isoDateSchema, validate, yearOf, type IsoDate, type LocalizedText } from '../core';
import { employeeSchema, serviceLength } from '../employee';
import { startOfService } from '../employee/service-start';
import type { LeaveOutcome, LeaveVerdict, LeaveWorkflowState } from './draft-leave-request';
import type { LeaveError } from './errors';
import type { LeaveDecision } from './evaluate-request';
import { foldYear } from './ledger-fold';
import type { LeaveKind } from './rules/leave-rule';
import { leaveRequestSchema, ledgerSchema, type LedgerEntry } from './schemas';

/**
 * The input of {@link leaveFormData}.
 *
 * @example
 * ```ts
 * import type { LeaveFormParams } from 'asn-kit/leave';
 * const keys: (keyof LeaveFormParams)[] = ['decision', 'state', 'ledger'];
 * ```
 */
export interface LeaveFormParams {
  /** The evaluated request. */
  readonly decision: LeaveDecision;
  /** The workflow state, for sections VII and VIII (absent: both blank). */
  readonly state?: LeaveWorkflowState;
  /** The ledger, for section V (the balances of the last three years). */
  readonly ledger?: unknown;
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

const KINDS: readonly { kind: LeaveKind; label: LocalizedText }[] = [
  { kind: 'annual', label: { id: 'Cuti Tahunan', en: 'Annual leave' } },
  { kind: 'major', label: { id: 'Cuti Besar', en: 'Major leave' } },
  { kind: 'sick', label: { id: 'Cuti Sakit', en: 'Sick leave' } },
  { kind: 'maternity', label: { id: 'Cuti Melahirkan', en: 'Maternity leave' } },
  { kind: 'important-reason', label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' } },
  { kind: 'unpaid', label: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave (CLTN)' } },
];

const OUTCOME_LABELS: Readonly<Record<LeaveOutcome, LocalizedText>> = {
  approved: { id: 'DISETUJUI', en: 'APPROVED' },
  changed: { id: 'PERUBAHAN', en: 'CHANGED' },
  deferred: { id: 'DITANGGUHKAN', en: 'DEFERRED' },
  rejected: { id: 'TIDAK DISETUJUI', en: 'NOT APPROVED' },
};

const verdictSchema = /* @__PURE__ */ z
  .object({ outcome: z.enum(['approved', 'changed', 'deferred', 'rejected']), date: isoDateSchema, note: z.string() })
  .nullable();

/** What the form reads of its input; a decision or state that is not one from this module is an input error. */
const formParamsSchema = /* @__PURE__ */ z.object({
  decision: z.object({
    employee: employeeSchema,
    request: leaveRequestSchema,
    period: dateRangeSchema,
    duration: z.object({ days: z.number().nonnegative(), unit: z.enum(['working-days', 'calendar-days', 'months', 'years']) }),
  }),
  state: z.object({ consideration: verdictSchema, verdict: verdictSchema }).optional(),
  ledger: ledgerSchema.default([]),
});

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
 * @param params - The decision, the workflow state and the ledger.
 * @returns `Ok(form)`, or `Err` with code `leave/invalid-input` when the ledger is malformed.
 * @example
 * ```ts
 * import { leaveFormData, type LeaveDecision } from 'asn-kit/leave';
 * declare const decision: LeaveDecision;
 * leaveFormData({ decision })._unsafeUnwrap().superiorConsideration.outcome; // => null
 * leaveFormData({ decision, ledger: 'x' })._unsafeUnwrapErr().code; // => 'leave/invalid-input'
 * ```
 */
export function leaveFormData(params: LeaveFormParams): Result<LeaveFormData, LeaveError> {
  return validate(formParamsSchema, params, 'leave/invalid-input').andThen((parsed) => {
    const ledger = parsed.ledger as readonly LedgerEntry[];
    const { decision, state } = parsed;
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
