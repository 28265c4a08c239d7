import type { LedgerEntry } from './schemas';
import type { LeaveKind } from './rules/leave-rule';

/** The pools of one kind and year, after consumption (internal). */
export interface YearPools {
  readonly own: number;
  readonly carried: number;
  readonly deferred: number;
  readonly compensation: number;
  readonly carryableCompensation: number;
  readonly deferredOut: number;
  readonly taken: number;
  readonly returned: number;
  readonly lapsed: number;
  readonly hasGrant: boolean;
  readonly remaining: {
    readonly own: number;
    readonly carried: number;
    readonly deferred: number;
    readonly compensation: number;
    readonly carryableCompensation: number;
  };
  readonly available: number;
}

/** Which entries count: credits dated on or before `creditsUntil`, debits on or before `debitsUntil`. */
export interface FoldWindow {
  readonly creditsUntil: string;
  readonly debitsUntil: string;
}

/** Takes `amount` from the pools in order; returns what is left of each pool and of the amount. */
function drain(pools: readonly number[], amount: number): { pools: number[]; left: number } {
  let left = amount;
  const rest = pools.map((pool) => {
    const used = Math.min(pool, left);
    left -= used;
    return pool - used;
  });
  return { pools: rest, left };
}

const ALL: FoldWindow = { creditsUntil: '9999-12-31', debitsUntil: '9999-12-31' };

/**
 * Folds the entries of one kind and year into pools. Sums only, so the order of entries never matters. Days taken
 * are charged FIFO by expiry (R-L1): carried days first, then deferred, then compensation of the year, then the
 * year's own days, then compensation that may move to next year. Lapses remove own days first.
 */
export function foldYear(ledger: readonly LedgerEntry[], kind: LeaveKind, year: number, window: FoldWindow = ALL): YearPools {
  let own = 0, carried = 0, deferred = 0, compensation = 0, carryableCompensation = 0;
  let deferredOut = 0, taken = 0, returned = 0, lapsed = 0;
  let hasGrant = false;
  for (const entry of ledger) {
    if (entry.kind !== kind || entry.year !== year) continue;
    const credit = entry.type === 'grant' || entry.type === 'carry-over' || entry.type === 'deferral-in' ||
      entry.type === 'compensation' || entry.type === 'returned';
    if (entry.date > (credit ? window.creditsUntil : window.debitsUntil)) continue;
    switch (entry.type) {
      case 'grant': own += entry.days; hasGrant = hasGrant || entry.days > 0; break;
      case 'carry-over': carried += entry.days; break;
      case 'deferral-in': deferred += entry.days; break;
      case 'compensation':
        if (entry.carryable === true) carryableCompensation += entry.days;
        else compensation += entry.days;
        break;
      case 'returned': returned += entry.days; break;
      case 'taken': taken += entry.days; break;
      case 'deferral-out': deferredOut += entry.days; break;
      case 'lapse': lapsed += entry.days; break;
    }
  }
  // Charge the days taken to the pools in order of expiry, then remove lapsed days (own days first).
  const charged = drain([carried, deferred, compensation, Math.max(0, own - deferredOut), carryableCompensation], Math.max(0, taken - returned));
  const [remCarried = 0, remDeferred = 0, remCompensation = 0, ownLeft = 0, remCarryableLeft = 0] = charged.pools;
  const lapsedPools = drain([ownLeft, remCarried, remDeferred, remCompensation, remCarryableLeft], lapsed);
  const [remOwn = 0, carriedLeft = 0, deferredLeft = 0, compensationLeft = 0, remCarryable = 0] = lapsedPools.pools;
  const available = remOwn + carriedLeft + deferredLeft + compensationLeft + remCarryable - charged.left - lapsedPools.left;
  return {
    own, carried, deferred, compensation, carryableCompensation, deferredOut, taken, returned, lapsed, hasGrant,
    remaining: { own: remOwn, carried: carriedLeft, deferred: deferredLeft, compensation: compensationLeft, carryableCompensation: remCarryable },
    available,
  };
}
