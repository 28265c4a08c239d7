/**
 * For consumers' tests: contract suites that any storage adapter runs in its own test suite (given `describe` and
 * `it` of the test framework), fixtures (valid NIPs of both layouts, employees, ledgers, requests), fast-check
 * arbitraries, and the worked examples of the regulations as data with their expected results.
 *
 * @packageDocumentation
 * @module testing
 */
export { describeEmployeeStoreContract } from './describe-employee-store-contract';
export { describeLeaveLedgerContract } from './describe-leave-ledger-contract';
export { describeLeaveRequestStoreContract } from './describe-leave-request-store-contract';
export { describePerformanceStoreContract } from './describe-performance-store-contract';
export { describeStoresContract } from './describe-stores-contract';
export { describeSurveyStoreContract } from './describe-survey-store-contract';
export {
  fixtureCalendar,
  fixtureEmployee,
  fixtureLedger,
  fixtureLedgerEntry,
  fixtureLeaveState,
  uniqueNip,
  type FixtureEmployeeOptions,
  type FixtureEntryOptions,
  type FixtureLeaveOptions,
} from './fixtures';
export type { MakeStore, TestApi } from './test-api';
export {
  ABSENCE_SANCTION_EXAMPLES,
  ANNUAL_ENTITLEMENT_EXAMPLES,
  NIP_EXAMPLES,
  RETIREMENT_EXAMPLES,
  WORKING_DAY_EXAMPLES,
  type WorkedExample,
} from './worked-examples';
export { employeeArbitrary, ledgerArbitrary, leaveRequestArbitrary, nipArbitrary } from './arbitraries';
