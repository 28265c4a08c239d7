/**
 * The mapping between asn-kit's values and table rows, shared by the SQLite and PostgreSQL adapters: what goes into
 * each column on the way in, and the plain object the library's parser reads on the way out. Employees and
 * workflow states are kept whole as JSON (with their keys in columns); ledger entries, performance records and
 * questionnaires are spread over columns so that reports can query them.
 */
import type { LedgerEntry } from 'asn-kit/leave';
import type { SkmAnswer } from 'asn-kit/service-quality';

/** A ledger row: one entry, numbered `seq` (1, 2, …) in the employee's ledger. */
export interface LedgerRow {
  readonly nip: string;
  readonly seq: number;
  readonly type: string;
  readonly kind: string;
  readonly year: number;
  readonly date: string;
  readonly days: number;
  readonly request_id: string | null;
  readonly ground: string | null;
  readonly carryable: number | boolean | null;
  /** JSON text on SQLite; PostgreSQL's jsonb comes back decoded. */
  readonly basis: string | object;
}

/** The row of the `seq`-th entry of an employee's ledger. */
export function ledgerRow(nip: string, seq: number, entry: LedgerEntry): LedgerRow {
  return {
    nip, seq, type: entry.type, kind: entry.kind, year: entry.year, date: entry.date, days: entry.days,
    request_id: entry.requestId ?? null, ground: entry.ground ?? null,
    carryable: entry.carryable === undefined ? null : entry.carryable, basis: JSON.stringify(entry.basis),
  };
}

/** The entry a ledger row holds, as raw input for `parseLedger` (absent columns are absent keys). */
export function entryOfRow(row: LedgerRow): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    type: row.type, kind: row.kind, year: row.year, date: row.date, days: row.days, basis: typeof row.basis === 'string' ? JSON.parse(row.basis) as unknown : row.basis,
  };
  if (row.request_id !== null) entry['requestId'] = row.request_id;
  if (row.ground !== null) entry['ground'] = row.ground;
  if (row.carryable !== null) entry['carryable'] = row.carryable === true || row.carryable === 1;
  return entry;
}

/** A questionnaire as a column value: one character per answer, `1`–`4`, or `-` when unanswered. */
export function answersText(answers: readonly SkmAnswer[]): string {
  return answers.map((answer) => (answer === null || answer === undefined ? '-' : String(answer))).join('');
}

/** The answers of a stored questionnaire, as raw input for `parseSkmResponses` (unanswered comes back as `null`). */
export function answersOfText(text: string): (number | null)[] {
  return Array.from({ length: text.length }, (_, index) => (text[index] === '-' ? null : Number(text[index])));
}
