/**
 * One racing process: opens the store given on the command line (`sqlite:<file>` or a PostgreSQL URL), tries to
 * approve every request id it is given in an order of its own, and prints what happened as one JSON line.
 * Run by race.test.ts, several at once, over the same employees.
 */
import { readFileSync } from 'node:fs';
import { createCalendar } from '../../src/calendar';
import { decideLeaveRequest, retryOnConflict, type Stores } from '../../src/ports';
import { openPostgresStores } from '../../examples/adapters/postgres';
import { openSqliteStores } from '../../examples/adapters/sqlite';

const [target = '', idsFile = '', seedText = '1'] = process.argv.slice(2);
const ids = JSON.parse(readFileSync(idsFile, 'utf8')) as string[];

/** A seeded shuffle (mulberry32), so each worker has its own order. */
function shuffled(list: readonly string[], seed: number): string[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
  }
  return copy;
}

const stores: Stores & { close(): unknown } = target.startsWith('sqlite:')
  ? openSqliteStores(target.slice('sqlite:'.length))
  : await openPostgresStores(target, { max: 4 });
const calendar = createCalendar()._unsafeUnwrap();
const deps = { ...stores, calendarFor: () => calendar };

const tally = { attempts: 0, retries: 0, approved: [] as string[], refused: 0, alreadyDecided: 0, other: [] as string[] };
for (const requestId of shuffled(ids, Number(seedText))) {
  tally.attempts += 1;
  let runs = 0;
  const result = await retryOnConflict(() => {
    runs += 1;
    return decideLeaveRequest(deps, { requestId, date: '2026-03-04', outcome: 'approved' });
  }, 100);
  tally.retries += runs - 1;
  if (result.isOk()) tally.approved.push(requestId);
  else if (result.error.code === 'leave/request-refused') tally.refused += 1;
  else if (result.error.code === 'leave/invalid-transition') tally.alreadyDecided += 1;
  else tally.other.push(result.error.code);
}
await stores.close();
process.stdout.write(`${JSON.stringify(tally)}\n`);
