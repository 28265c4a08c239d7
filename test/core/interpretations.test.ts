import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERPRETATION_IDS, interpretationUrl, legalBasisSchema } from '../../src/core';

const page = readFileSync('docs/interpretations.md', 'utf8');
/** GitHub's and TypeDoc's anchor of a heading: lower case, spaces to hyphens, other punctuation dropped. */
const anchors = [...page.matchAll(/^#{2,4} (.+)$/gm)].map((match) =>
  (match[1] ?? '').toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'),
);

describe('interpretations', () => {
  it('every interpretation id is the anchor of a section of docs/interpretations.md', () => {
    expect(INTERPRETATION_IDS.filter((id) => !anchors.includes(id))).toEqual([]);
  });

  it('every section of a question has an id (no undocumented id, no orphan section)', () => {
    const sections = [...page.matchAll(/^### (.+)$/gm)].length;
    expect(sections).toBe(INTERPRETATION_IDS.length);
    expect(new Set(INTERPRETATION_IDS).size).toBe(INTERPRETATION_IDS.length);
  });

  it('each section names the question, the sources, what asn-kit does and the option', () => {
    for (const section of page.split(/^### /m).slice(1)) {
      expect(section).toMatch(/\*\*Question\.\*\*[\s\S]*\*\*Sources\.\*\*[\s\S]*\*\*asn-kit\.\*\*[\s\S]*\*\*Option\.\*\*/);
    }
  });

  it('interpretationUrl points at the section', () => {
    expect(interpretationUrl('annual-carry-over')).toBe(
      'https://github.com/asn-kit/asn-kit/blob/main/docs/interpretations.md#annual-carry-over',
    );
  });

  it('legalBasisSchema accepts the evidence and interpretation fields and refuses unknown values', () => {
    expect(legalBasisSchema.safeParse({ instrument: 'UU 25/2009', evidence: 'unverified', interpretation: 'complaint-deadlines' }).success).toBe(true);
    expect(legalBasisSchema.safeParse({ instrument: 'UU 25/2009', evidence: 'guess' }).success).toBe(false);
    expect(legalBasisSchema.safeParse({ instrument: 'UU 25/2009', interpretation: 'R-Q3' }).success).toBe(false);
  });
});
