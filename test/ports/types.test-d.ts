import type { ResultAsync } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { LedgerEntry } from '../../src/leave';
import {
  createMemoryStores, decideLeaveRequest, retryOnConflict, submitLeaveRequest,
  type LeaveServiceDeps, type LeaveServiceError, type LeaveStep, type PortsError, type Stores,
} from '../../src/ports';
import type * as errors from '../../src/ports/errors';

describe('ports types', () => {
  it('every port returns a ResultAsync with a PortsError', () => {
    const stores: Stores = createMemoryStores();
    expectTypeOf(stores.ledger.append({ nip: 'x', expectedVersion: 0, entries: [] as LedgerEntry[] })).toEqualTypeOf<ResultAsync<number, PortsError>>();
    expectTypeOf<PortsError['retryable']>().toEqualTypeOf<boolean>();
  });

  it('the services take their deps and a strict input, and retryOnConflict keeps the types', () => {
    const deps = {} as LeaveServiceDeps;
    expectTypeOf(submitLeaveRequest(deps, { nip: 'x', date: '2026-03-02', request: { id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-06' } }))
      .toEqualTypeOf<ResultAsync<LeaveStep, LeaveServiceError>>();
    expectTypeOf(retryOnConflict(() => decideLeaveRequest(deps, { requestId: 'R', date: '2026-03-04', outcome: 'approved' })))
      .toEqualTypeOf<ResultAsync<LeaveStep, LeaveServiceError>>();
    // @ts-expect-error: the outcome is one of the four of the workflow
    void decideLeaveRequest(deps, { requestId: 'R', date: '2026-03-04', outcome: 'maybe' });
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const keyOf = (error: errors.PortsError) => {
      expectTypeOf(error.retryable).toEqualTypeOf<boolean>();
      if (error.code === 'ports/not-found') {
        expectTypeOf(error.data.key).toEqualTypeOf<string>();
        // @ts-expect-error: `cause` is a field of ports/storage-failure, not of ports/not-found
        expectTypeOf(error.data.cause).toBeUnknown();
      }
      if (error.code === 'ports/storage-failure') expectTypeOf(error.data.cause).toEqualTypeOf<string>();
    };
    expectTypeOf(keyOf).parameter(0).toEqualTypeOf<errors.PortsError>();
  });
});
