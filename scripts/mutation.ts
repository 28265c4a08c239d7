/**
 * Mutation testing of the rule modules (`npm run mutation`): Stryker with the vitest runner, per-test coverage and
 * incremental mode, then a break threshold per module. See "Mutation testing" in docs/quality.md.
 *
 *   npm run mutation                    re-tests only what changed since .stryker/incremental.json, then checks
 *   npm run mutation -- --full          re-tests every mutant (a refresh of the incremental file)
 *   npm run mutation -- --module leave  re-tests one module's changes (or several: --module core,employee), merged
 *                                       into the incremental file
 *   npm run mutation -- --file src/leave/balance.ts,src/leave/workflow.ts
 *                                       the same for some files
 *   npm run mutation -- --full --module leave
 *                                       re-tests every mutant of those modules (or of the --file files)
 *   npm run mutation -- --check         no run: the scores recorded in the incremental file, checked
 *   npm run mutation -- --docs          also writes the score table into docs/quality.md
 *   npm run mutation -- --gate          as npm test runs it: the plain run, refusing to start a full run for a module
 *                                       the incremental file has no results for
 *   npm run mutation -- --concurrency 1 any run, with that many test runners (default: stryker.config.json's)
 *
 * When every file the incremental file records (mutated sources and test files) is unchanged, Stryker would re-test
 * nothing, so it is not started: the recorded results are checked as they are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBPATHS } from './modules';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INCREMENTAL = '.stryker/incremental.json';
const DOCS = 'docs/quality.md';
const DOCS_START = '<!-- mutation-scores:start -->';
const DOCS_END = '<!-- mutation-scores:end -->';

/**
 * The break threshold of each module (and of `asn-kit/testing`, whose contract suite judges adapters), in percent:
 * 90 for the modules that decide leave, working days and pay.
 */
const THRESHOLDS: Readonly<Record<(typeof SUBPATHS)[number], number>> = {
  core: 85, employee: 85, calendar: 90, leave: 90, performance: 90, competency: 85, discipline: 85, 'service-quality': 85, workplan: 85, ports: 85,
  testing: 85,
};

/** The parts of Stryker's mutation-testing report (and incremental file) read here. */
interface Mutant {
  readonly status: string;
  readonly coveredBy?: readonly string[];
  readonly killedBy?: readonly string[];
  readonly [key: string]: unknown;
}
interface TestFile {
  readonly source?: string;
  readonly tests: readonly { readonly id: string; readonly name: string; readonly [key: string]: unknown }[];
}
interface Report {
  readonly files: Readonly<Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>>;
  readonly testFiles?: Readonly<Record<string, TestFile>>;
  readonly [key: string]: unknown;
}

interface Score {
  readonly module: string;
  readonly files: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  readonly score: number;
  readonly threshold: number;
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const readReport = (path: string): Report => JSON.parse(read(path)) as Report;

/** A glob of stryker.config.json (`**` any folders, `*` any name part) as a regular expression. */
function globPattern(glob: string): RegExp {
  const parts = glob.split('/').map((part, index, all) => {
    if (part === '**') return index === all.length - 1 ? '.*' : '(?:[^/]+/)*';
    const name = part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
    return index === all.length - 1 ? name : `${name}/`;
  });
  return new RegExp(`^${parts.join('')}$`);
}

/** The files under a folder, as `/`-separated paths from the root, sorted. */
const filesUnder = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(ROOT.length + 1).split('\\').join('/'))
    .sort();

/** The files Stryker mutates (the `mutate` globs of stryker.config.json), sorted. */
function mutatedFiles(): string[] {
  const { mutate } = JSON.parse(read('stryker.config.json')) as { mutate: string[] };
  const include = mutate.filter((glob) => !glob.startsWith('!')).map(globPattern);
  const exclude = mutate.filter((glob) => glob.startsWith('!')).map((glob) => globPattern(glob.slice(1)));
  return filesUnder('src').filter((path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path)));
}

const moduleOf = (path: string): string => path.split('/')[1] ?? '';

/** Why Stryker would re-test something, or `undefined` when every file it records is as recorded. */
function changeSince(report: Report): string | undefined {
  const recorded = Object.keys(report.files).sort();
  const current = mutatedFiles();
  const added = current.filter((path) => !(path in report.files));
  if (added.length > 0) return `new source files: ${added.join(', ')}`;
  const removed = recorded.filter((path) => !current.includes(path));
  if (removed.length > 0) return `removed source files: ${removed.join(', ')}`;
  const changed = recorded.filter((path) => report.files[path]?.source !== read(path));
  if (changed.length > 0) return `changed source files: ${changed.join(', ')}`;
  // A new test file can only kill more mutants: the recorded scores stand until the next refresh counts it.
  const changedTests = Object.entries(report.testFiles ?? {})
    .filter(([path, file]) => !existsSync(join(ROOT, path)) || (file.source !== undefined && file.source !== read(path)))
    .map(([path]) => path);
  return changedTests.length > 0 ? `changed test files: ${changedTests.join(', ')}` : undefined;
}

/** The modules with files to mutate of which the incremental file records none. */
function unmeasuredModules(report: Report | undefined): string[] {
  const measured = new Set(Object.keys(report?.files ?? {}).map(moduleOf));
  return [...new Set(mutatedFiles().map(moduleOf))].filter((name) => !measured.has(name));
}

/** `--concurrency N` of this script's arguments, passed on to Stryker. */
let passedOn: readonly string[] = [];

function stryker(args: readonly string[]): void {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/stryker'), ['run', ...args, ...passedOn], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`stryker exited with ${String(run.status ?? run.signal)}`);
}

/**
 * Records every mutated file in the incremental file, with an empty list for a file in which Stryker found nothing
 * to mutate (only types): Stryker leaves such files out, and the next check would take them for new files.
 */
function recordEveryFile(): void {
  const report = readReport(INCREMENTAL);
  const missing = mutatedFiles().filter((path) => !(path in report.files));
  if (missing.length === 0) return;
  const files = Object.fromEntries(Object.entries({
    ...report.files,
    ...Object.fromEntries(missing.map((path) => [path, { language: 'typescript', source: read(path), mutants: [] }])),
  }).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(ROOT, `${INCREMENTAL}.tmp`), JSON.stringify({ ...report, files }));
  renameSync(join(ROOT, `${INCREMENTAL}.tmp`), join(ROOT, INCREMENTAL));
}

/**
 * The report without the results Stryker would no longer give: a mutant of code that runs only when a module loads
 * (static) and that no test covers is ignored (`ignoreStatic`), so a result recorded for it (by a run before a test
 * that loaded the module inside its body was changed) is stale. Left out, such a mutant is new to the next run,
 * which ignores it at once; otherwise incremental mode would keep the stale result.
 */
function withoutStaleStatic(report: Report): Report {
  const stale = (mutant: Mutant): boolean => mutant['static'] === true && (mutant.coveredBy ?? []).length === 0 && mutant.status !== 'Ignored';
  return { ...report, files: Object.fromEntries(Object.entries(report.files).map(([path, file]) => [path, { ...file, mutants: file.mutants.filter((mutant) => !stale(mutant)) }])) };
}

/** One module's mutated files. */
function moduleFiles(name: string): string[] {
  return mutatedFiles().filter((path) => moduleOf(path) === name);
}

/**
 * Runs Stryker on some of the mutated files (one module's, or those named by `--file`) with its own incremental file
 * seeded from the shared one, then merges their results back into it.
 */
function runPart(label: string, paths: readonly string[], everyMutant: boolean): void {
  if (paths.length === 0) throw new Error(`no mutated files in ${label}`);
  const part = new Set(paths);
  // One run at a time in a tree: a fixed name (a name built from a long file list would exceed the file-name limit).
  const scratch = '.stryker/part.json';
  if (existsSync(join(ROOT, INCREMENTAL))) {
    const whole = withoutStaleStatic(readReport(INCREMENTAL));
    const files = Object.fromEntries(Object.entries(whole.files).filter(([path]) => part.has(path)));
    writeFileSync(join(ROOT, scratch), JSON.stringify({ ...whole, files }));
  }
  try {
    stryker(['--mutate', paths.join(','), '--incrementalFile', scratch, ...(everyMutant ? ['--force'] : [])]);
    const measured = readReport(scratch);
    const whole: Report = existsSync(join(ROOT, INCREMENTAL)) ? readReport(INCREMENTAL) : measured;
    // The files of the other modules stay as recorded, except those no longer mutated (stryker.config.json).
    const mutated = new Set(mutatedFiles());
    const files = Object.fromEntries(Object.entries({
      ...Object.fromEntries(Object.entries(whole.files).filter(([path]) => !part.has(path) && mutated.has(path))),
      ...measured.files,
    }).sort(([a], [b]) => a.localeCompare(b)));
    const merged = mergeTests(whole, measured);
    const keptFiles = Object.fromEntries(Object.entries(files).map(([path, file]) =>
      [path, path in measured.files ? file : { ...file, mutants: file.mutants.map(merged.renumber) }]));
    writeFileSync(join(ROOT, `${INCREMENTAL}.tmp`), JSON.stringify({ ...measured, files: keptFiles, testFiles: merged.testFiles }));
    renameSync(join(ROOT, `${INCREMENTAL}.tmp`), join(ROOT, INCREMENTAL));
  } finally {
    rmSync(join(ROOT, scratch), { force: true });
  }
}

/**
 * The tests of a part run merged with those recorded before it, in one numbering. Stryker numbers the tests afresh in
 * every run and a mutant names the tests that cover and kill it by those numbers, so the mutants kept from earlier
 * runs are renumbered: a test is the same test when its file and name are (the tests of a file the part run ran are
 * the part run's; a test recorded before that it no longer has is gone, and leaves the mutants it covered).
 */
function mergeTests(whole: Report, measured: Report): {
  testFiles: Record<string, TestFile>;
  renumber: (mutant: Mutant) => Mutant;
} {
  const key = (path: string, name: string): string => `${path}\n${name}`;
  const idByKey = new Map<string, string>();
  const testFiles: Record<string, TestFile> = {};
  for (const [path, file] of Object.entries(measured.testFiles ?? {})) {
    testFiles[path] = file;
    for (const test of file.tests) idByKey.set(key(path, test.name), test.id);
  }
  let next = Math.max(0, ...[...idByKey.values()].map(Number).filter(Number.isFinite)) + 1;
  const keyById = new Map<string, string | undefined>();
  for (const [path, file] of Object.entries(whole.testFiles ?? {})) {
    for (const test of file.tests) keyById.set(test.id, keyById.has(test.id) ? undefined : key(path, test.name)); // an id named twice is no one's
    if (path in testFiles || !existsSync(join(ROOT, path))) continue;
    testFiles[path] = {
      ...file,
      tests: file.tests.map((test) => {
        const id = String(next++);
        idByKey.set(key(path, test.name), id);
        return { ...test, id };
      }),
    };
  }
  const ids = (old: readonly string[]): string[] => old.flatMap((id) => {
    const found = idByKey.get(keyById.get(id) ?? '');
    return found === undefined ? [] : [found];
  });
  return {
    testFiles: Object.fromEntries(Object.entries(testFiles).sort(([a], [b]) => a.localeCompare(b))),
    renumber: (mutant) => ({
      ...mutant,
      ...(mutant.coveredBy === undefined ? {} : { coveredBy: ids(mutant.coveredBy) }),
      ...(mutant.killedBy === undefined ? {} : { killedBy: ids(mutant.killedBy) }),
    }),
  };
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The score of each module: detected mutants over detected and undetected ones (Stryker's mutation score). */
function scores(report: Report): Score[] {
  return SUBPATHS.flatMap((name) => {
    const files = Object.entries(report.files).filter(([path]) => moduleOf(path) === name);
    if (files.length === 0) return [];
    const mutants = files.flatMap(([, file]) => file.mutants);
    const count = (status: string): number => mutants.filter((mutant) => mutant.status === status).length;
    const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
    const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length;
    const valid = detected + undetected;
    return [{
      module: name, files: files.length, killed: count('Killed'), timeout: count('Timeout'), survived: count('Survived'),
      noCoverage: count('NoCoverage'), ignored: count('Ignored'), score: valid === 0 ? 100 : (100 * detected) / valid,
      threshold: THRESHOLDS[name],
    }];
  });
}

function table(rows: readonly Score[], unmeasured: readonly string[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(['Module', 'Files', 'Killed', 'Timed out', 'Survived', 'No coverage', 'Ignored (static)', 'Score', 'Break below', '']),
    line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    ...rows.map((row) => line([
      `\`${row.module}\``, row.files, row.killed, row.timeout, row.survived, row.noCoverage, row.ignored,
      `${row.score.toFixed(1)} %`, `${String(row.threshold)} %`, row.score >= row.threshold ? 'ok' : '**below**',
    ])),
    ...unmeasured.map((name) => line([`\`${name}\``, '', '', '', '', '', '', 'not measured', `${String(THRESHOLDS[name as keyof typeof THRESHOLDS])} %`, '**no results**'])),
  ].join('\n');
}

function writeDocs(rows: readonly Score[], unmeasured: readonly string[]): void {
  const text = read(DOCS);
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`${DOCS} has no ${DOCS_START} … ${DOCS_END} block`);
  writeFileSync(join(ROOT, DOCS), `${text.slice(0, start + DOCS_START.length)}\n${table(rows, unmeasured)}\n${text.slice(end)}`);
}

function main(args: readonly string[]): number {
  const flag = (name: string): boolean => args.includes(name);
  const moduleIndex = args.indexOf('--module');
  const moduleName = moduleIndex < 0 ? undefined : args[moduleIndex + 1];
  const fileIndex = args.indexOf('--file');
  const fileList = fileIndex < 0 ? undefined : (args[fileIndex + 1] ?? '').split(',').filter((path) => path !== '');
  const concurrencyIndex = args.indexOf('--concurrency');
  if (concurrencyIndex >= 0) passedOn = ['--concurrency', args[concurrencyIndex + 1] ?? ''];
  mkdirSync(join(ROOT, '.stryker'), { recursive: true });
  if (moduleName !== undefined) {
    const names = moduleName.split(',').filter((name) => name !== '');
    const unknown = names.filter((name) => !(SUBPATHS as readonly string[]).includes(name));
    if (names.length === 0 || unknown.length > 0) throw new Error(`unknown module ${unknown.join(', ') || '(none named)'}`);
    runPart(moduleName, names.flatMap(moduleFiles), flag('--full'));
  } else if (fileList !== undefined) {
    const mutated = mutatedFiles();
    const unknown = fileList.filter((path) => !mutated.includes(path));
    if (unknown.length > 0) throw new Error(`not mutated (see stryker.config.json): ${unknown.join(', ')}`);
    runPart(fileList.join(','), fileList, flag('--full'));
  } else if (flag('--full')) {
    stryker(['--force']);
  } else if (!flag('--check')) {
    const recorded = existsSync(join(ROOT, INCREMENTAL)) ? readReport(INCREMENTAL) : undefined;
    const unmeasured = unmeasuredModules(recorded);
    if (flag('--gate') && unmeasured.length > 0) {
      // A module never measured means a full run (hours on a small machine): the gate asks for it instead.
      console.log(`✗ ${INCREMENTAL} has no results for ${unmeasured.join(', ')}: refresh it with \`npm run mutation -- --full --docs\` and commit it.`);
      return 1;
    }
    const change = recorded === undefined ? 'no incremental file' : changeSince(recorded);
    if (change === undefined) console.log(`Nothing changed since ${INCREMENTAL}: its results stand.`);
    else {
      console.log(`Re-testing (${change}).`);
      if (recorded !== undefined) writeFileSync(join(ROOT, INCREMENTAL), JSON.stringify(withoutStaleStatic(recorded)));
      stryker([]);
    }
  }
  if (!flag('--check')) recordEveryFile();
  const report = readReport(INCREMENTAL);
  const rows = scores(report);
  const unmeasured = unmeasuredModules(report);
  console.log(table(rows, unmeasured));
  if (flag('--docs')) writeDocs(rows, unmeasured);
  const below = rows.filter((row) => row.score < row.threshold);
  for (const row of below) console.log(`✗ ${row.module}: ${row.score.toFixed(1)} % is below its break threshold of ${String(row.threshold)} %`);
  for (const name of unmeasured) console.log(`✗ ${name}: no results in ${INCREMENTAL}`);
  return below.length === 0 && unmeasured.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
