/**
 * Reasons grouped for the report: one row per code and legal basis, with how often it came up and one example
 * message. The row shows the regulation and article (never asn-kit's own notes).
 */
import type { LegalBasis, LocalizedText } from 'asn-kit/core';
import { both, cite } from '../report/text';
import type { Cell, Table } from '../stage';

interface Grouped {
  readonly code: string;
  readonly basis: LegalBasis;
  readonly example: LocalizedText;
  count: number;
}

/** Collects reasons and turns them into a table. */
export function reasonTally(): {
  readonly add: (reason: { readonly code: string; readonly basis: LegalBasis; readonly message: LocalizedText }) => void;
  readonly table: (id: string, title: LocalizedText) => Table;
  readonly total: () => number;
} {
  const groups = new Map<string, Grouped>();
  return {
    add: (reason) => {
      const key = `${reason.code}|${cite(reason.basis)}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { code: reason.code, basis: reason.basis, example: reason.message, count: 1 });
      else group.count += 1;
    },
    table: (id, title) => ({
      id,
      title,
      columns: [both('Kode', 'Code'), both('Contoh alasan', 'Example'), both('Dasar hukum', 'Legal basis'), both('Jumlah', 'Count')],
      rows: [...groups.values()].sort((left, right) => right.count - left.count).map((group): Cell[] => [group.code, group.example, cite(group.basis), group.count]),
    }),
    total: () => [...groups.values()].reduce((sum, group) => sum + group.count, 0),
  };
}
