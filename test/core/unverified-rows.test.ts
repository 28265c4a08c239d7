import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as asnKit from '../../src/index';
import { unverifiedRows, type IsoDate } from '../../src/core';

const since = { from: '2020-01-01' as IsoDate };

describe('unverifiedRows', () => {
  it('lists the rows whose evidence is not the primary text, with the table name and the row index', () => {
    const table = {
      name: 'example/table',
      rows: [
        { basis: { instrument: 'PP 1/2020' }, effective: since },
        { basis: { instrument: 'PP 1/2020', evidence: 'primary-text' as const }, effective: since },
        { basis: { instrument: 'PP 1/2020', evidence: 'secondary-source' as const }, effective: since },
        { basis: { instrument: 'asn-kit', evidence: 'interpretation' as const, interpretation: 'leave-year' as const }, effective: since },
      ],
    };
    expect(unverifiedRows([table])).toEqual([
      { table: 'example/table', index: 2, evidence: 'secondary-source', basis: { instrument: 'PP 1/2020', evidence: 'secondary-source' } },
      {
        table: 'example/table',
        index: 3,
        evidence: 'interpretation',
        basis: { instrument: 'asn-kit', evidence: 'interpretation', interpretation: 'leave-year' },
      },
    ]);
  });

  it('skips values that are not rule tables, looks into a record of tables and lists each table once', () => {
    const table = { name: 'x', rows: [{ basis: { instrument: 'A', evidence: 'unverified' as const }, effective: since }] };
    expect(unverifiedRows([1, 'text', null, () => 0, { name: 'no rows' }, { x: table }, table]).map((row) => row.table)).toEqual(['x']);
  });

  it('finds the rows of the whole package that do not rest on the primary text (the table in docs/legal-basis.md)', () => {
    const counts = new Map<string, number>();
    for (const row of unverifiedRows(Object.values(asnKit))) {
      const key = `${row.table} ${row.evidence}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual(PACKAGE_SUMMARY);
  });

  it('docs/legal-basis.md shows the same table', () => {
    const page = readFileSync('docs/legal-basis.md', 'utf8');
    for (const [key, count] of Object.entries(PACKAGE_SUMMARY)) {
      const [table, evidence] = key.split(' ');
      expect(page).toContain(`| \`${table}\` | ${count} | ${evidence} |`);
    }
  });
});

/** Table and evidence → rows, as docs/legal-basis.md lists them. */
const PACKAGE_SUMMARY = {
  'service-quality/complaint-response-deadlines unverified': 1,
  'performance/credit-point-coefficients secondary-source': 1,
  'performance/credit-point-coefficients unverified': 7,
  'performance/credit-point-percentages unverified': 4,
  'competency/default-standard-levels unverified': 14,
  'service-quality/krejcie-morgan secondary-source': 90,
  'employee/pppk-golongan secondary-source': 17,
  'performance/predikat-follow-up secondary-source': 5,
  'service-quality/skm-schemes secondary-source': 1,
};
