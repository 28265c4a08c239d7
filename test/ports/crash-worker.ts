/**
 * A process that is killed in the middle of an approval: it approves one request, and inside the write
 * transaction, right after the ledger row is inserted, it says so on standard output and waits to be killed.
 * SQLite: a temporary trigger of this connection calls a function that blocks. PostgreSQL: crash.test.ts installs a
 * trigger that sleeps on the server, and watches for it.
 */
import { writeSync } from 'node:fs';
import { createCalendar } from '../../src/calendar';
import { decideLeaveRequest, type Stores } from '../../src/ports';
import { openPostgresStores } from '../../examples/adapters/postgres';
import { openSqliteStores } from '../../examples/adapters/sqlite';

const [target = '', requestId = ''] = process.argv.slice(2);
let stores: Stores;
if (target.startsWith('sqlite:')) {
  const sqlite = openSqliteStores(target.slice('sqlite:'.length));
  sqlite.db.function('pause_for_kill', () => {
    writeSync(1, 'in-transaction\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    return 0;
  });
  sqlite.db.exec('CREATE TEMP TRIGGER pause_after_posting AFTER INSERT ON main.leave_ledger BEGIN SELECT pause_for_kill(); END');
  stores = sqlite;
} else {
  stores = await openPostgresStores(target, { max: 1 });
}
const calendar = createCalendar()._unsafeUnwrap();
await decideLeaveRequest({ ...stores, calendarFor: () => calendar }, { requestId, date: '2026-03-04', outcome: 'approved' });
writeSync(1, 'finished\n');
