import { yearOf, type IsoDate } from '../core';
import type { LeaveKind } from './rules/leave-rule';
import type { Ledger, LedgerEntry } from './schemas';

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
  /** Own days left. */
  readonly remainingOwn: number;
  /** Carried days left. */
  readonly remainingCarried: number;
  /** Deferred days left. */
  readonly remainingDeferred: number;
  /** Compensation of the year left. */
  readonly remainingCompensation: number;
  /** Compensation that may move to next year, left. */
  readonly remainingCarryableCompensation: number;
  readonly available: number;
}

/** Entries dated after this are left out: no limit. */
export const NO_LIMIT = '9999-12-31';

/** The sums of one year's entries, then what is left of each pool: filled in place by the folds below. */
class Pools implements YearPools {
  own = 0;
  carried = 0;
  deferred = 0;
  compensation = 0;
  carryableCompensation = 0;
  deferredOut = 0;
  taken = 0;
  returned = 0;
  lapsed = 0;
  // Stryker disable next-line BooleanLiteral: read only by the entitlement's folds, which reset their pools first
  hasGrant = false;
  remainingOwn = 0;
  remainingCarried = 0;
  remainingDeferred = 0;
  remainingCompensation = 0;
  remainingCarryableCompensation = 0;
  available = 0;

  reset(): this {
    this.own = 0;
    this.carried = 0;
    this.deferred = 0;
    this.compensation = 0;
    this.carryableCompensation = 0;
    this.deferredOut = 0;
    this.taken = 0;
    this.returned = 0;
    this.lapsed = 0;
    this.hasGrant = false;
    return this;
  }

  /** Adds one entry of the pools' kind and year, when dated within the window. */
  add(entry: LedgerEntry, creditsUntil: string, debitsUntil: string): void {
    switch (entry.type) {
      case 'grant':
        if (entry.date > creditsUntil) return;
        this.own += entry.days;
        if (entry.days > 0) this.hasGrant = true;
        return;
      case 'carry-over':
        if (entry.date <= creditsUntil) this.carried += entry.days;
        return;
      case 'deferral-in':
        if (entry.date <= creditsUntil) this.deferred += entry.days;
        return;
      case 'compensation':
        if (entry.date > creditsUntil) return;
        if (entry.carryable === true) this.carryableCompensation += entry.days;
        else this.compensation += entry.days;
        return;
      case 'returned':
        if (entry.date <= creditsUntil) this.returned += entry.days;
        return;
      case 'taken':
        if (entry.date <= debitsUntil) this.taken += entry.days;
        return;
      case 'deferral-out':
        if (entry.date <= debitsUntil) this.deferredOut += entry.days;
        return;
      case 'lapse':
        if (entry.date <= debitsUntil) this.lapsed += entry.days;
        return;
    }
  }

  /**
   * Charges the days taken to the pools in order of expiry (docs/interpretations.md#annual-carry-over): carried days first, then deferred, then
   * compensation of the year, then the year's own days, then compensation that may move to next year; then removes
   * lapsed days, own days first.
   */
  settle(): this {
    let left = Math.max(0, this.taken - this.returned);
    let used = Math.min(this.carried, left);
    let carried = this.carried - used;
    left -= used;
    used = Math.min(this.deferred, left);
    let deferred = this.deferred - used;
    left -= used;
    used = Math.min(this.compensation, left);
    let compensation = this.compensation - used;
    left -= used;
    const ownPool = Math.max(0, this.own - this.deferredOut);
    used = Math.min(ownPool, left);
    let own = ownPool - used;
    left -= used;
    used = Math.min(this.carryableCompensation, left);
    let carryable = this.carryableCompensation - used;
    const overdrawn = left - used;
    let lapsing = this.lapsed;
    used = Math.min(own, lapsing);
    own -= used;
    lapsing -= used;
    used = Math.min(carried, lapsing);
    carried -= used;
    lapsing -= used;
    used = Math.min(deferred, lapsing);
    deferred -= used;
    lapsing -= used;
    used = Math.min(compensation, lapsing);
    compensation -= used;
    lapsing -= used;
    used = Math.min(carryable, lapsing);
    carryable -= used;
    lapsing -= used;
    this.remainingOwn = own;
    this.remainingCarried = carried;
    this.remainingDeferred = deferred;
    this.remainingCompensation = compensation;
    this.remainingCarryableCompensation = carryable;
    this.available = own + carried + deferred + compensation + carryable - overdrawn - lapsing;
    return this;
  }
}

/**
 * Folds the entries of one kind and year into pools (internal). Sums only, so the order of entries never matters.
 * Credits dated after `creditsUntil` and debits dated after `debitsUntil` are left out. The result is a new value.
 */
export function foldYear(ledger: Ledger, kind: LeaveKind, year: number, creditsUntil: string = NO_LIMIT, debitsUntil: string = NO_LIMIT): YearPools {
  const pools = new Pools();
  for (let index = 0; index < ledger.length; index += 1) {
    const entry = ledger[index] as LedgerEntry;
    if (entry.year === year && entry.kind === kind) pools.add(entry, creditsUntil, debitsUntil);
  }
  return pools.settle();
}

const SCRATCH = new Pools();
const LAST = new Pools();
const BEFORE_LAST = new Pools();

/**
 * {@link foldYear} into a pools value shared by every call (internal, for the hot paths): read it before the next
 * fold, never keep it.
 */
export function foldYearShared(ledger: Ledger, kind: LeaveKind, year: number, creditsUntil: string, debitsUntil: string): YearPools {
  const pools = SCRATCH.reset();
  for (let index = 0; index < ledger.length; index += 1) {
    const entry = ledger[index] as LedgerEntry;
    if (entry.year === year && entry.kind === kind) pools.add(entry, creditsUntil, debitsUntil);
  }
  return pools.settle();
}

/** What the annual entitlement of a year reads of its ledger, in one pass (internal). */
export interface EntitlementFold {
  /** Annual leave of the year before, settled (shared: read it before the next fold). */
  readonly last: YearPools;
  /** Annual leave two years before, settled (shared likewise). */
  readonly beforeLast: YearPools;
  /** The date of the first cuti besar taken in the year itself (ledger order), if any. */
  readonly majorLeaveStart: IsoDate | undefined;
}

const ENTITLEMENT_FOLD: { last: YearPools; beforeLast: YearPools; majorLeaveStart: IsoDate | undefined } = {
  last: LAST,
  beforeLast: BEFORE_LAST,
  majorLeaveStart: undefined,
};

/**
 * One pass over a ledger for the entitlement of `year`: the annual pools of the two years before and the first cuti
 * besar taken in the year (internal). The value returned is shared by every call.
 */
export function foldForEntitlement(ledger: Ledger, year: number): EntitlementFold {
  const last = LAST.reset();
  const beforeLast = BEFORE_LAST.reset();
  const lastYear = year - 1;
  const yearBefore = year - 2;
  let major: IsoDate | undefined;
  // Indexed loops: the ledgers are frozen arrays, which `for … of` walks more slowly.
  for (let index = 0; index < ledger.length; index += 1) {
    const entry = ledger[index] as LedgerEntry;
    if (entry.kind === 'annual') {
      if (entry.year === lastYear) last.add(entry, NO_LIMIT, NO_LIMIT);
      else if (entry.year === yearBefore) beforeLast.add(entry, NO_LIMIT, NO_LIMIT);
    } else if (major === undefined && entry.kind === 'major' && entry.type === 'taken' && yearOf(entry.date) === year) {
      major = entry.date;
    }
  }
  last.settle();
  beforeLast.settle();
  ENTITLEMENT_FOLD.majorLeaveStart = major;
  return ENTITLEMENT_FOLD;
}
