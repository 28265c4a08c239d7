import { yearOf, type AsnError, type LegalBasis } from '../core';
import { SKP_BASIS, skpViolation, type SkpViolation, type SkpViolationCode, type SkpViolationData } from './errors';
import { PREDIKAT_LABELS } from './predikat';
import { BERAKHLAK_BASIS, BERAKHLAK_ORDER, BERAKHLAK_VALUES } from './rules/berakhlak';
import { PREDIKAT_MATRIX } from './rules/predikat-matrix';
import type { Skp } from './types';
import { deepFrozen } from '../core/frozen';

const PLAN_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ ...SKP_BASIS, interpretation: 'skp-plan' });

function violation<Code extends SkpViolationCode>(code: Code, basis: LegalBasis, id: string, en: string, data: SkpViolationData[Code]): AsnError<Code, SkpViolationData[Code]> {
  return skpViolation(code, basis, { id, en }, data);
}

/** Every rule of PermenPANRB 6/2022 (and docs/interpretations.md#skp-plan) that an SKP of the right shape can still break. */
export function skpViolations(skp: Skp): SkpViolation[] {
  const found: SkpViolation[] = [];
  const { period } = skp;
  const year = yearOf(period.from);
  if (yearOf(period.to) !== year) {
    found.push(violation('performance/period-crosses-year', PLAN_BASIS,
      `Periode SKP ${period.from} s.d. ${period.to} melewati satu tahun kalender.`,
      `The SKP period ${period.from} to ${period.to} spans two calendar years.`, { period }));
  }
  if (skp.employee.nip === skp.assessor.nip) {
    found.push(violation('performance/self-assessment', SKP_BASIS,
      'Pejabat penilai tidak boleh pegawai yang dinilai sendiri.', 'The assessor cannot be the employee assessed.',
      { nip: skp.employee.nip }));
  }
  const ids = new Set<string>();
  const groups = [
    { kind: 'mainResults', list: skp.mainResults },
    { kind: 'additionalResults', list: skp.additionalResults },
  ] as const;
  for (const { kind, list } of groups) {
    list.forEach((rhk, index) => {
      const path = `${kind}.${index}`;
      if (ids.has(rhk.id)) {
        found.push(violation('performance/duplicate-rhk-id', SKP_BASIS,
          `Id RHK "${rhk.id}" dipakai lebih dari sekali.`, `The RHK id "${rhk.id}" is used more than once.`, { rhkId: rhk.id, path }));
      }
      ids.add(rhk.id);
      rhk.indicators.forEach((indicator, at) => {
        if (indicator.target !== undefined) return;
        found.push(violation('performance/missing-target', SKP_BASIS,
          `Indikator "${indicator.text}" pada RHK "${rhk.id}" tidak memiliki target.`,
          `The indicator "${indicator.text}" of RHK "${rhk.id}" has no target.`,
          { rhkId: rhk.id, path: `${path}.indicators.${at}.target` }));
      });
      if (skp.jpt && rhk.perspective === undefined) {
        found.push(violation('performance/missing-perspective', SKP_BASIS,
          `RHK "${rhk.id}" pada SKP JPT harus memiliki perspektif.`, `RHK "${rhk.id}" of a JPT SKP needs a perspective.`,
          { rhkId: rhk.id, path: `${path}.perspective` }));
      }
      if (!skp.jpt && kind === 'mainResults' && rhk.intervenes === undefined) {
        found.push(violation('performance/missing-intervened-rhk', PLAN_BASIS,
          `RHK utama "${rhk.id}" harus mengintervensi RHK pejabat penilai.`,
          `Main RHK "${rhk.id}" must name the assessor's RHK it intervenes.`, { rhkId: rhk.id, path: `${path}.intervenes` }));
      }
    });
  }
  const seen = skp.behaviours.map((behaviour) => behaviour.value);
  const missing = BERAKHLAK_ORDER.filter((value) => !seen.includes(value));
  const repeated = BERAKHLAK_ORDER.filter((value) => seen.indexOf(value) !== seen.lastIndexOf(value));
  if (missing.length > 0 || repeated.length > 0) {
    found.push(violation('performance/behaviour-values', BERAKHLAK_BASIS,
      `Perilaku kerja harus memuat ketujuh nilai BerAKHLAK tepat satu kali (kurang: ${missing.map((v) => BERAKHLAK_VALUES[v].label.id).join(', ') || '-'}; ganda: ${repeated.map((v) => BERAKHLAK_VALUES[v].label.id).join(', ') || '-'}).`,
      `The behaviours must list each of the seven BerAKHLAK values exactly once (missing: ${missing.join(', ') || '-'}; repeated: ${repeated.join(', ') || '-'}).`,
      { missing, repeated }));
  }
  skp.evaluations.forEach((evaluation, index) => {
    const path = `evaluations.${index}`;
    if (evaluation.period.from < period.from || evaluation.period.to > period.to) {
      found.push(violation('performance/period-outside-skp', SKP_BASIS,
        `Periode evaluasi ${evaluation.period.from} s.d. ${evaluation.period.to} di luar periode SKP ${period.from} s.d. ${period.to}.`,
        `The evaluation period ${evaluation.period.from} to ${evaluation.period.to} is outside the SKP period ${period.from} to ${period.to}.`,
        { path: `${path}.period`, evaluation: evaluation.period, skp: period }));
    }
    evaluation.results.forEach((result, at) => {
      if (ids.has(result.rhkId)) return;
      found.push(violation('performance/unknown-rhk', SKP_BASIS,
        `Evaluasi menyebut RHK "${result.rhkId}" yang tidak ada di SKP.`, `The evaluation names RHK "${result.rhkId}", which the SKP lacks.`,
        { rhkId: result.rhkId, path: `${path}.results.${at}.rhkId` }));
    });
    const { workRating, behaviourRating, predikat } = evaluation;
    if (workRating === undefined || behaviourRating === undefined || predikat === undefined) return;
    const expected = PREDIKAT_MATRIX.cells[workRating][behaviourRating];
    if (expected === predikat) return;
    found.push(violation('performance/predikat-mismatch', PREDIKAT_MATRIX.basis,
      `Predikat tercatat ${PREDIKAT_LABELS[predikat].id}, sedangkan kuadran memberi ${PREDIKAT_LABELS[expected].id}.`,
      `The recorded predikat is ${PREDIKAT_LABELS[predikat].en.toLowerCase()}, but the matrix gives ${PREDIKAT_LABELS[expected].en.toLowerCase()}.`,
      { path: `${path}.predikat`, recorded: predikat, expected }));
  });
  return found;
}

/**
 * The SKP with the official BerAKHLAK guidance filled in where the input left it out. The official guidance is
 * shared, not copied: the parser freezes it with the SKP, and it is the library's own data.
 */
export function withGuidance(skp: Skp): Skp {
  if (skp.behaviours.every((behaviour) => behaviour.guidance !== undefined)) return skp;
  return {
    ...skp,
    behaviours: skp.behaviours.map((behaviour) =>
      behaviour.guidance === undefined ? { ...behaviour, guidance: BERAKHLAK_VALUES[behaviour.value].guidance } : behaviour,
    ),
  };
}
