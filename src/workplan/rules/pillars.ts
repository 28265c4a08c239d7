/**
 * The four pillars of an agency's ASN-management work plan, as the Medan work plan names them (pengembangan
 * kompetensi, evaluasi kinerja, teknologi, keterlibatan publik), each with the regulation it rests on.
 */
import type { PillarLabel } from '../types';
import { ENGAGEMENT_BASIS, EVALUATION_BASIS, TECHNOLOGY_BASIS, TRAINING_BASIS } from './bases';
import { deepFrozen } from '../../core/frozen';

/**
 * The pillars in the plan's order, with their names and legal bases.
 *
 * @example
 * ```ts
 * import { PILLARS } from 'asn-kit/workplan';
 * PILLARS.map((row) => row.pillar); // => ['competency', 'performance', 'technology', 'engagement']
 * ```
 */
export const PILLARS: readonly PillarLabel[] = /* @__PURE__ */ deepFrozen([
  { pillar: 'competency', label: { id: 'Pengembangan kompetensi', en: 'Competency development' }, basis: TRAINING_BASIS },
  { pillar: 'performance', label: { id: 'Evaluasi kinerja', en: 'Performance evaluation' }, basis: EVALUATION_BASIS },
  { pillar: 'technology', label: { id: 'Teknologi', en: 'Technology' }, basis: TECHNOLOGY_BASIS },
  { pillar: 'engagement', label: { id: 'Keterlibatan publik', en: 'Public engagement' }, basis: ENGAGEMENT_BASIS },
]);
