import type { SurveyKey, SurveyResponseStore } from '../ports';
import type { SkmAnswer } from '../service-quality';
import { uniqueNip } from './fixtures';
import { check, checkSame, errorWith, okValue, type MakeStore, type TestApi } from './test-api';

/**
 * Registers the contract of a {@link SurveyResponseStore} as tests: a survey with no questionnaires reads as an
 * empty list; batches come back in the order appended, equal (unanswered as `null`) and frozen; surveys of other
 * periods or schemes are apart; a batch with an invalid answer writes nothing (`ports/invalid-record`).
 *
 * @param makeStore - Gives the store under test (called once per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describeSurveyStoreContract } from 'asn-kit/testing';
 * describeSurveyStoreContract(() => createMemoryStores().surveys, { describe, it });
 * ```
 */
export function describeSurveyStoreContract(makeStore: MakeStore<SurveyResponseStore>, test: TestApi): void {
  const { describe, it } = test;
  const key = (): SurveyKey => ({ unitId: `unit-${uniqueNip().slice(8)}`, period: '2026-S1', scheme: '2017' });
  describe('survey response store (asn-kit contract)', () => {
    it('appends batches and reads them back in order, equal and frozen', async () => {
      const store = await makeStore();
      const survey = key();
      checkSame(okValue(await store.read(survey), 'read empty'), [], 'an empty survey');
      const batches: SkmAnswer[][][] = [[[4, 4, 3, 4, 3, 4, 4, 3, 4]], [[3, 3, null, 4, 3, 3, 4, 3, 3], [1, 2, 3, 4, 1, 2, 3, 4, 1]]];
      for (const batch of batches) okValue(await store.append(survey, batch), 'append');
      const read = okValue(await store.read(survey), 'read');
      checkSame(read, batches.flat(), 'the questionnaires');
      check(Object.isFrozen(read) && read.every((row) => Object.isFrozen(row)), 'the questionnaires are frozen');
      checkSame(okValue(await store.read({ ...survey, period: '2026-S2' }), 'read other period'), [], 'another period');
      okValue(await store.append({ ...survey, scheme: '2004' }, [[4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]]), 'append 2004');
      checkSame(okValue(await store.read({ ...survey, scheme: '2004' }), 'read 2004').length, 1, 'the 2004 survey');
    });

    it('writes none of a batch with an invalid answer (ports/invalid-record)', async () => {
      const store = await makeStore();
      const survey = key();
      errorWith(await store.append(survey, [[4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 5, 4, 4, 4, 4]] as never), 'ports/invalid-record', 'append');
      checkSame(okValue(await store.read(survey), 'read').length, 0, 'questionnaires written');
    });
  });
}
