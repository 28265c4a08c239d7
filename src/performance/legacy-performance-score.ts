import { err, ok, type Result } from 'neverthrow';
import { reason, roundDecimal, ruleInForce, trustParsed, type LegalBasis, type Reason } from '../core';
import { performanceError, type PerformanceError } from './errors';
import { behaviourValue, combine, ikiAchievementValue, ikiConversion, onScale, pp30Band, pp46Band, pp46SkpValue } from './legacy-core';
import { LEGACY_RECORD_KIND, parseLegacyRecord } from './parse-legacy-record';
import { noNewIdeaReason } from './pp30-performance-score';
import { legacyScore, type LegacyScore } from './pp46-performance-score';
import { IKI_BASIS, LEGACY_REGIMES, PP30_REGIME, PP46_REGIME, type LegacyRegime, type LegacyRegimeRow } from './rules/legacy';
import type { LegacyRecord, Period } from './types';
import { deepFrozen } from '../core/frozen';

/**
 * A historical record's score, with the regulation that was chosen for it.
 *
 * @example
 * ```ts
 * import { legacyPerformanceScore, parseLegacyRecord, type LegacyRecordScore } from 'asn-kit/performance';
 * const result = parseLegacyRecord({ period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 })
 *   .andThen(legacyPerformanceScore);
 * if (result.isOk()) {
 *   const score: LegacyRecordScore = result.value;
 *   score.regime; // => 'pp-46-2011'
 * }
 * ```
 */
export interface LegacyRecordScore extends LegacyScore {
  /** The regulation applied. */
  readonly regime: LegacyRegime;
  /** The period of the record. */
  readonly period: Period;
}

const IKI_SINCE = '2021-01-01';
const WEIGHT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 8/2021', article: 'Lampiran (nilai tertimbang)' });

/**
 * Scores a historical performance record with the regulation its period falls under (by the period's first
 * day): PP 46/2011 with Perka BKN 1/2013 for 2014–2019 (60/40, bands (docs/interpretations.md#legacy-bands)), PP 30/2019 for 2020–2021
 * (70/30, or 60/40 with peer input; its bands). The SKP may be a value, PP 46/2011 activities (Perka BKN 1/2013
 * formulas; still the way many agencies computed the 2020 SKP), or weighted PermenPANRB 8/2021 indicators
 * (periods from 2021; weights must sum to 100 ± 0,01; SKP = Σ weight × value / 100). Under PP 30/2019 the
 * behaviour must be a value. A caller whose agency scored a year under the other regulation passes `regime`.
 *
 * @param record - The record as {@link parseLegacyRecord} returns it, used as it is; any other value is parsed
 *   first (a JavaScript caller still gets a coded `Err`).
 * @returns `Ok(score)`; `Err` with code `performance/invalid-input`, `performance/not-legacy-period` (a period
 *   before 2014 or from 2022, scored with the predikat matrix instead), `performance/no-rule-in-force`
 *   (8/2021 indicators before 2021) or `performance/weights-not-100`.
 * @example
 * ```ts
 * import { legacyPerformanceScore, parseLegacyRecord } from 'asn-kit/performance';
 * parseLegacyRecord({ period: { from: '2020-01-01', to: '2020-12-31' }, skp: 115, behaviour: 100 })
 *   .andThen(legacyPerformanceScore)
 *   .map((score) => score.score); // => Ok(110.5)
 * parseLegacyRecord({ period: { from: '2023-01-01', to: '2023-12-31' }, skp: 90, behaviour: 90 })
 *   .andThen(legacyPerformanceScore)
 *   .match(() => 'scored', (error) => error.code); // => 'performance/not-legacy-period'
 * ```
 */
export function legacyPerformanceScore(record: LegacyRecord): Result<LegacyRecordScore, PerformanceError> {
  return trustParsed(record, LEGACY_RECORD_KIND, parseLegacyRecord).andThen((checked) => {
    const { period } = checked;
    const picked: Result<LegacyRegimeRow, PerformanceError> =
      checked.regime === undefined
        ? ruleInForce(LEGACY_REGIMES, period.from).mapErr((error) =>
            performanceError('performance/not-legacy-period', { instrument: 'PermenPANRB 6/2022', interpretation: 'legacy-bands' }, {
              id: `Periode mulai ${period.from} tidak dinilai dengan ketentuan lama (PP 46/2011: 2014–2019; PP 30/2019: 2020–2021); sejak 2022 gunakan predikat PermenPANRB 6/2022.`,
              en: `A period starting ${period.from} is not scored under a legacy regulation (PP 46/2011: 2014–2019; PP 30/2019: 2020–2021); from 2022 use the PermenPANRB 6/2022 predikat.`,
            }, { ...error.data, from: period.from }),
          )
        : ok(checked.regime === 'pp-46-2011' ? PP46_REGIME : PP30_REGIME);
    return picked.andThen((row) => {
      const reasons: Reason[] = [];
      if (checked.regime !== undefined) {
        reasons.push(
          reason('performance/regime-chosen-by-caller', 'info', row.basis, {
            id: `Ketentuan ${row.basis.instrument} dipilih oleh pengguna untuk periode ${period.from} s.d. ${period.to}.`,
            en: `${row.basis.instrument} chosen by the caller for ${period.from} to ${period.to}.`,
          }),
        );
      }
      const { skp, behaviour } = checked;
      let skpScore: number;
      if (typeof skp === 'number' || 'activities' in skp) {
        skpScore = onScale(pp46SkpValue(skp), row.scale);
      } else {
        if (period.from < IKI_SINCE) {
          return err(
            performanceError('performance/no-rule-in-force', IKI_BASIS, {
              id: `Indikator kinerja individu PermenPANRB 8/2021 berlaku untuk SKP sejak 2021, bukan ${period.from}.`,
              en: `PermenPANRB 8/2021 indicators apply to SKPs from 2021, not ${period.from}.`,
            }, { from: period.from }),
          );
        }
        const totalWeight = skp.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
        if (roundDecimal(Math.abs(totalWeight - 100), 2) > 0.01) {
          return err(
            performanceError('performance/weights-not-100', WEIGHT_BASIS, {
              id: `Jumlah bobot indikator ${roundDecimal(totalWeight, 2)}, seharusnya 100.`,
              en: `The indicator weights sum to ${roundDecimal(totalWeight, 2)}, not 100.`,
            }, { totalWeight }),
          );
        }
        const weighted = skp.indicators.reduce(
          (sum, indicator) => sum + indicator.weight * ikiConversion(ikiAchievementValue(indicator), indicator.targetIsMaximum).score,
          0,
        );
        skpScore = roundDecimal(weighted / 100, 2);
      }
      if (row.regime === 'pp-30-2019' && typeof behaviour !== 'number') {
        return err(
          performanceError('performance/invalid-input', row.basis, {
            id: 'Di bawah PP 30/2019 nilai perilaku kerja diberikan sebagai angka, bukan aspek PP 46/2011.',
            en: 'Under PP 30/2019 the behaviour is given as a value, not as PP 46/2011 aspects.',
          }, { issues: [{ path: 'behaviour', message: 'Expected a number under PP 30/2019' }] }),
        );
      }
      const behaviourScore = behaviourValue(behaviour);
      const weights = checked.peerInput ? row.weights.withPeers : row.weights.withoutPeers;
      const score = combine(skpScore, behaviourScore, weights);
      if (row.regime === 'pp-30-2019' && score >= 110 && !checked.newIdea) reasons.push(noNewIdeaReason(score));
      const band = row.regime === 'pp-46-2011' ? pp46Band(score) : pp30Band(score, checked.newIdea);
      return ok({ ...legacyScore(skpScore, behaviourScore, weights, score, band, row, reasons), regime: row.regime, period });
    });
  });
}
