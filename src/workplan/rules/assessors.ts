/**
 * Who assesses whom (pejabat penilai kinerja) in a regional agency, as e-Kinerja BKN applies PermenPANRB 6/2022.
 * A position without a row (JPT, guru, dosen, ahli utama) is not checked.
 */
import type { Position } from '../../employee';
import { deepFrozen } from '../../core/frozen';

/**
 * The positions an assessor may hold for an employee's position, keyed by the employee's position:
 * `administrator`, `pengawas`, `pelaksana`, or a functional level (`ahli-madya`, …); the assessor's keys are the
 * same, JPT as `jpt-pratama` and so on.
 *
 * @example
 * ```ts
 * import { ASSESSOR_POSITIONS } from 'asn-kit/workplan';
 * ASSESSOR_POSITIONS.pelaksana; // => ['pengawas']
 * ```
 */
export const ASSESSOR_POSITIONS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ deepFrozen({
  administrator: ['jpt-pratama'],
  pengawas: ['administrator'],
  pelaksana: ['pengawas'],
  'ahli-madya': ['jpt-pratama'],
  'ahli-muda': ['administrator', 'jpt-pratama'],
  'ahli-pertama': ['pengawas', 'administrator', 'jpt-pratama'],
  penyelia: ['pengawas', 'administrator', 'jpt-pratama'],
  mahir: ['pengawas', 'administrator', 'jpt-pratama'],
  terampil: ['pengawas', 'administrator', 'jpt-pratama'],
  pemula: ['pengawas', 'administrator', 'jpt-pratama'],
});

/** The key of a position in {@link ASSESSOR_POSITIONS}: `jpt-<level>`, the functional level, or the type. */
export function positionKey(position: Position): string {
  if (position.type === 'jpt') return `jpt-${position.level}`;
  if (position.type === 'fungsional') return position.level;
  return position.type;
}
