import type { Employee } from '../employee';
import { advanceLeaveRequest, type LeaveWorkflowState } from '../leave';
import type { Stores } from '../ports';
import { fixtureEmployee, fixtureLeaveState } from './fixtures';
import { check, checkSame, errorWith, okValue, type MakeStore, type TestApi } from './test-api';

const employee = (): Employee => okValue(fixtureEmployee(), 'fixture employee');
const submitted = (of: Employee, start = '2026-04-06'): LeaveWorkflowState => okValue(fixtureLeaveState(of, { start }), 'fixture request');
const step = (state: LeaveWorkflowState, type: 'consider' | 'decide'): LeaveWorkflowState =>
  okValue(advanceLeaveRequest(state, { type, date: '2026-03-03' as never, outcome: 'approved' }), type).state;

/**
 * Registers the contract of a {@link ports!LeaveRequestStore} (with the ledger it shares a database with) as tests: an
 * unknown id is `ports/not-found`; a new request is saved at version 1 and read back equal and frozen, in creation
 * order per employee; a taken id is `ports/already-exists`; a save on a stale version is a retryable
 * `ports/conflict`; a save with postings writes the state and the entries together, and writes **neither** when the
 * ledger moved on; of two saves on the same version exactly one wins; an invalid state is `ports/invalid-record`.
 *
 * @param makeStores - Gives the request store and the ledger it saves postings into, in one database (called once
 *   per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describeLeaveRequestStoreContract } from 'asn-kit/testing';
 * describeLeaveRequestStoreContract(() => createMemoryStores(), { describe, it });
 * ```
 */
export function describeLeaveRequestStoreContract(makeStores: MakeStore<Pick<Stores, 'requests' | 'ledger'>>, test: TestApi): void {
  const { describe, it } = test;
  describe('leave request store (asn-kit contract)', () => {
    it('reports an unknown id as ports/not-found', async () => {
      errorWith(await (await makeStores()).requests.get('no-such-request'), 'ports/not-found', 'get');
    });

    it('saves a new request at version 1 and reads it back equal and frozen, in creation order', async () => {
      const { requests } = await makeStores();
      const owner = employee();
      const states = [submitted(owner, '2026-04-06'), submitted(owner, '2026-05-04')];
      for (const state of states) {
        const stored = okValue(await requests.save({ state, expectedVersion: 0 }), 'save');
        checkSame([stored.id, stored.nip, stored.version], [state.decision.request.id, owner.nip, 1], 'id, nip and version');
      }
      const first = states[0] as LeaveWorkflowState;
      const read = okValue(await requests.get(first.decision.request.id), 'get');
      checkSame(read.state, first, 'the state read back');
      check(Object.isFrozen(read.state) && Object.isFrozen(read.state.decision.request), 'the state is frozen');
      checkSame(okValue(await requests.listByEmployee(owner.nip), 'list').map((stored) => stored.id), states.map((state) => state.decision.request.id), 'the ids in creation order');
      checkSame(okValue(await requests.listByEmployee(employee().nip), 'list other').length, 0, 'another employee\'s requests');
    });

    it('refuses a taken id (ports/already-exists) and a stale version (ports/conflict)', async () => {
      const { requests } = await makeStores();
      const state = submitted(employee());
      okValue(await requests.save({ state, expectedVersion: 0 }), 'save');
      errorWith(await requests.save({ state, expectedVersion: 0 }), 'ports/already-exists', 'second create');
      const considered = step(state, 'consider');
      check(errorWith(await requests.save({ state: considered, expectedVersion: 2 }), 'ports/conflict', 'save on version 2').retryable, 'retryable');
      checkSame(okValue(await requests.save({ state: considered, expectedVersion: 1 }), 'save on version 1').version, 2, 'version');
      checkSame(okValue(await requests.get(state.decision.request.id), 'get').state.status, 'considered', 'status');
    });

    it('writes a state and its postings together, and neither when the ledger moved on', async () => {
      const { requests, ledger } = await makeStores();
      const owner = employee();
      const state = submitted(owner);
      okValue(await requests.save({ state, expectedVersion: 0 }), 'save');
      const considered = step(state, 'consider');
      okValue(await requests.save({ state: considered, expectedVersion: 1 }), 'consider');
      const approved = step(considered, 'decide');
      const entries = approved.decision.postings;
      okValue(await ledger.append({ nip: owner.nip, expectedVersion: 0, entries: [] }), 'empty append');
      // The ledger is at version 0; a save that expects 1 must write nothing at all.
      errorWith(await requests.save({ state: approved, expectedVersion: 2, postings: { expectedLedgerVersion: 1, entries } }), 'ports/conflict', 'save on a stale ledger');
      checkSame(okValue(await requests.get(state.decision.request.id), 'get').state.status, 'considered', 'status after the refused save');
      checkSame(okValue(await ledger.read(owner.nip), 'read').version, 0, 'ledger version after the refused save');
      okValue(await requests.save({ state: approved, expectedVersion: 2, postings: { expectedLedgerVersion: 0, entries } }), 'approve');
      const snapshot = okValue(await ledger.read(owner.nip), 'read');
      checkSame([snapshot.version, snapshot.entries], [entries.length, entries], 'the postings in the ledger');
      checkSame(okValue(await requests.get(state.decision.request.id), 'get').state.status, 'approved', 'status');
    });

    it('lets exactly one of two saves on the same version win', async () => {
      const { requests } = await makeStores();
      const state = submitted(employee());
      okValue(await requests.save({ state, expectedVersion: 0 }), 'save');
      const results = await Promise.all([0, 1].map(() => requests.save({ state: step(state, 'consider'), expectedVersion: 1 })));
      checkSame(results.map((result) => result.isOk()).sort(), [false, true], 'one Ok and one Err');
    });

    it('refuses an invalid state (ports/invalid-record)', async () => {
      const { requests } = await makeStores();
      const state = submitted(employee());
      errorWith(await requests.save({ state: { ...state, status: 'lost' } as never, expectedVersion: 0 }), 'ports/invalid-record', 'save');
      errorWith(await requests.get(state.decision.request.id), 'ports/not-found', 'get');
    });
  });
}
