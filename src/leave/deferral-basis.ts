import type { LegalBasis } from '../core';
import type { EmployeeKind } from '../employee';
import type { LeaveKind } from './rules/leave-rule';
import { deepFrozen } from '../core/frozen';

/**
 * PPPK deferral: PP 49/2018 has no deferral article; the PYBMC's keputusan on the PPPK form offers the same four
 * outcomes as the PNS form, DITANGGUHKAN among them (docs/interpretations.md#leave-decisions).
 */
const PPPK_DEFERRAL_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Perban BKN 7/2022',
  article: 'Lampiran II, bagian VIII',
  note: 'the four outcomes apply to PPPK; the deferred days follow the PNS rule',
  interpretation: 'leave-decisions',
});

/**
 * The basis of a deferral (penangguhan) by the PYBMC, or of the deferred days arriving next year: PP 11/2017
 * Pasal 314 for a PNS's annual leave (ayat (2) for the days that arrive), Pasal 317 for cuti besar, and the PPPK form
 * for a PPPK.
 */
export function deferralBasis(employeeKind: EmployeeKind, leaveKind: LeaveKind, arriving = false): LegalBasis {
  if (employeeKind === 'PPPK') return PPPK_DEFERRAL_BASIS;
  if (leaveKind !== 'annual') return { instrument: 'PP 11/2017', article: 'Pasal 317', interpretation: 'annual-deferral' };
  return { instrument: 'PP 11/2017', article: arriving ? 'Pasal 314 ayat (2)' : 'Pasal 314', interpretation: 'annual-deferral' };
}
