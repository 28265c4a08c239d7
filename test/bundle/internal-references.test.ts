import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What users read — the built package (code, messages and the TSDoc in its .d.ts), the guides, the README and the
 * examples — cites regulations and asn-kit's documented interpretations, never the project's internal notes: no
 * ruling numbers ("R-L6"), no "RULINGS", no digest sections or questions ("digest §8 item 13", "Q14"), no
 * evidence grades ("[M]"). The pending changesets are read too: they become CHANGELOG.md. This runs after the build
 * (scripts/test.sh), so dist/ is the package as shipped.
 */
const INTERNAL = /RULINGS|\bR-(?:DS|[DLEPCQW])\d+\b|\b[Dd]igest\b|§\s?\d|\bQ\d{1,2}\b|\[[MSPVCDU]\]|\b[Oo]pen question \d/g;

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const SHIPPED = ['dist', 'docs', 'examples', 'README.md', 'CHANGELOG.md', '.changeset'].flatMap(filesUnder);

describe('no internal references in what users read', () => {
  it('covers the built package and the documentation', () => {
    expect(SHIPPED.some((file) => file.startsWith('dist/') && file.endsWith('.d.ts'))).toBe(true);
    expect(SHIPPED).toContain('docs/interpretations.md');
  });

  it.each(SHIPPED)('%s', (file) => {
    const found = [...readFileSync(file, 'utf8').matchAll(INTERNAL)].map((match) => match[0]);
    expect(found).toEqual([]);
  });
});
