/** The command line of `npm run demo`: `--employees N`, `--seed S`, `--out DIR`, `--lang id|en`. */
import { parseArgs } from 'node:util';
import type { Lang } from './report/text';

/** The options of one run. */
export interface DemoOptions {
  readonly employees: number;
  readonly seed: number;
  readonly out: string;
  readonly lang: Lang;
}

/** The usage line, shown with `--help` and on a bad option. */
export const USAGE = 'npm run demo -- [--employees N (default 2000, at least 100)] [--seed S (default 2026)] [--out DIR (default out)] [--lang id|en (default id)]';

/** Reads the options; a message when they are wrong. */
export function parseDemoOptions(argv: readonly string[]): DemoOptions | { readonly error: string } | { readonly help: true } {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: { employees: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { help: true };
  const employees = Number(values.employees ?? '2000');
  const seed = Number(values.seed ?? '2026');
  const lang = values.lang ?? 'id';
  if (!Number.isInteger(employees) || employees < 100 || employees > 100_000) return { error: `--employees must be a whole number from 100 to 100000, not ${values.employees ?? ''}` };
  if (!Number.isInteger(seed) || seed < 0) return { error: `--seed must be a whole number of 0 or more, not ${values.seed ?? ''}` };
  if (lang !== 'id' && lang !== 'en') return { error: `--lang must be id or en, not ${lang}` };
  return { employees, seed, out: values.out ?? 'out', lang };
}
