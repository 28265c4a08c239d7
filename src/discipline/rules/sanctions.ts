/**
 * The sanction catalogue of PP 94/2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 8 (levels and sanctions).
 * Source: the primary text of PP 94/2021, data of 31 Aug 2021.
 */
import type { IsoDate, LegalBasis, LocalizedText, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The three levels of disciplinary sanction (tingkat hukuman disiplin, PP 94/2021 Pasal 8 ayat (1)):
 * `light` (ringan), `moderate` (sedang) and `severe` (berat).
 *
 * @example
 * ```ts
 * import type { SanctionLevel } from 'asn-kit/discipline';
 * const level: SanctionLevel = 'moderate';
 * ```
 */
export type SanctionLevel = 'light' | 'moderate' | 'severe';

/**
 * The codes of the nine sanctions of PP 94/2021 Pasal 8 ayat (2)–(4), lightest first.
 *
 * @example
 * ```ts
 * import type { PnsSanctionCode } from 'asn-kit/discipline';
 * const code: PnsSanctionCode = 'written-reprimand';
 * ```
 */
export type PnsSanctionCode =
  | 'oral-reprimand'
  | 'written-reprimand'
  | 'written-dissatisfaction'
  | 'allowance-cut-6-months'
  | 'allowance-cut-9-months'
  | 'allowance-cut-12-months'
  | 'demotion'
  | 'release-to-pelaksana'
  | 'dismissal';

/**
 * A disciplinary sanction: what is imposed, how heavy it is and for how long. Agency tables (e.g. PPPK discipline set by
 * each agency) describe their sanctions in the same shape.
 *
 * @example
 * ```ts
 * import type { SanctionDefinition } from 'asn-kit/discipline';
 * const warning: SanctionDefinition = {
 *   code: 'written-reprimand', level: 'light', rank: 2, dismissal: false,
 *   label: { id: 'Teguran tertulis', en: 'Written reprimand' },
 * };
 * ```
 */
export interface SanctionDefinition {
  /** A stable code, e.g. `'allowance-cut-6-months'`; the built-in codes are {@link PnsSanctionCode}. */
  readonly code: string;
  /** The level: `light` (ringan), `moderate` (sedang) or `severe` (berat). */
  readonly level: SanctionLevel;
  /** The weight within its table, 1 = lightest: a higher rank is a heavier sanction. */
  readonly rank: number;
  /** The official name in Bahasa Indonesia and an English one. */
  readonly label: LocalizedText;
  /** How long the sanction lasts, in months, when the regulation sets a period. */
  readonly months?: number;
  /** The cut of the performance allowance (tunjangan kinerja) in percent, for allowance cuts. */
  readonly allowanceCutPercent?: number;
  /** `true` when the sanction ends the employment (PDHTAPS). */
  readonly dismissal: boolean;
}

/**
 * A row of the sanction catalogue: a {@link SanctionDefinition} with its article and the dates it is in force.
 *
 * @example
 * ```ts
 * import { SANCTIONS, type SanctionRow } from 'asn-kit/discipline';
 * const first: SanctionRow | undefined = SANCTIONS.rows[0];
 * first?.code;
 * // => 'oral-reprimand'
 * ```
 */
export interface SanctionRow extends SanctionDefinition, RuleRow {}

const PP_94_2021 = 'PP 94/2021';
/** PP 94/2021 was signed and promulgated on 31 August 2021 and is in force from the day of its promulgation. */
const IN_FORCE: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2021-08-31' as IsoDate });

function article(text: string): LegalBasis {
  return { instrument: PP_94_2021, article: text };
}

/**
 * The nine disciplinary sanctions of PP 94/2021 Pasal 8, lightest first, with their level, duration and article:
 * light — teguran lisan, teguran tertulis, pernyataan tidak puas secara tertulis (ayat (2));
 * moderate — a 25 % cut of the tunjangan kinerja for 6, 9 or 12 months (ayat (3));
 * severe — demotion one level for 12 months, release to a jabatan pelaksana for 12 months, and honourable dismissal
 * not at own request, PDHTAPS (ayat (4)).
 *
 * @see Official: PP 94/2021 tentang Disiplin Pegawai Negeri Sipil
 * Pasal 8 ayat (1)–(4).
 * @example
 * ```ts
 * import { SANCTIONS } from 'asn-kit/discipline';
 * SANCTIONS.rows.map((row) => row.code);
 * // => ['oral-reprimand', 'written-reprimand', 'written-dissatisfaction', 'allowance-cut-6-months',
 * //     'allowance-cut-9-months', 'allowance-cut-12-months', 'demotion', 'release-to-pelaksana', 'dismissal']
 * ```
 */
export const SANCTIONS = /* @__PURE__ */ deepFrozen({
  name: 'discipline/sanctions',
  rows: [
    {
      code: 'oral-reprimand',
      level: 'light',
      rank: 1,
      label: { id: 'Teguran lisan', en: 'Oral reprimand' },
      dismissal: false,
      basis: article('Pasal 8 ayat (2) huruf a'),
      effective: IN_FORCE,
    },
    {
      code: 'written-reprimand',
      level: 'light',
      rank: 2,
      label: { id: 'Teguran tertulis', en: 'Written reprimand' },
      dismissal: false,
      basis: article('Pasal 8 ayat (2) huruf b'),
      effective: IN_FORCE,
    },
    {
      code: 'written-dissatisfaction',
      level: 'light',
      rank: 3,
      label: { id: 'Pernyataan tidak puas secara tertulis', en: 'Written statement of dissatisfaction' },
      dismissal: false,
      basis: article('Pasal 8 ayat (2) huruf c'),
      effective: IN_FORCE,
    },
    {
      code: 'allowance-cut-6-months',
      level: 'moderate',
      rank: 4,
      label: {
        id: 'Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan',
        en: 'Performance allowance cut by 25% for 6 months',
      },
      months: 6,
      allowanceCutPercent: 25,
      dismissal: false,
      basis: article('Pasal 8 ayat (3) huruf a'),
      effective: IN_FORCE,
    },
    {
      code: 'allowance-cut-9-months',
      level: 'moderate',
      rank: 5,
      label: {
        id: 'Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan',
        en: 'Performance allowance cut by 25% for 9 months',
      },
      months: 9,
      allowanceCutPercent: 25,
      dismissal: false,
      basis: article('Pasal 8 ayat (3) huruf b'),
      effective: IN_FORCE,
    },
    {
      code: 'allowance-cut-12-months',
      level: 'moderate',
      rank: 6,
      label: {
        id: 'Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan',
        en: 'Performance allowance cut by 25% for 12 months',
      },
      months: 12,
      allowanceCutPercent: 25,
      dismissal: false,
      basis: article('Pasal 8 ayat (3) huruf c'),
      effective: IN_FORCE,
    },
    {
      code: 'demotion',
      level: 'severe',
      rank: 7,
      label: {
        id: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
        en: 'Demotion to a position one level lower for 12 months',
      },
      months: 12,
      dismissal: false,
      basis: article('Pasal 8 ayat (4) huruf a'),
      effective: IN_FORCE,
    },
    {
      code: 'release-to-pelaksana',
      level: 'severe',
      rank: 8,
      label: {
        id: 'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
        en: 'Release from the position to a jabatan pelaksana for 12 months',
      },
      months: 12,
      dismissal: false,
      basis: article('Pasal 8 ayat (4) huruf b'),
      effective: IN_FORCE,
    },
    {
      code: 'dismissal',
      level: 'severe',
      rank: 9,
      label: {
        id: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
        en: 'Honourable dismissal not at own request (PDHTAPS)',
      },
      dismissal: true,
      basis: article('Pasal 8 ayat (4) huruf c'),
      effective: IN_FORCE,
    },
  ],
} as const satisfies RuleTable<SanctionRow & { readonly code: PnsSanctionCode }>);

/**
 * The official labels of the three sanction levels (PP 94/2021 Pasal 8 ayat (1)).
 *
 * @example
 * ```ts
 * import { SANCTION_LEVEL_LABELS } from 'asn-kit/discipline';
 * SANCTION_LEVEL_LABELS.moderate.id;
 * // => 'Hukuman disiplin sedang'
 * ```
 */
export const SANCTION_LEVEL_LABELS = /* @__PURE__ */ deepFrozen({
  light: { id: 'Hukuman disiplin ringan', en: 'Light disciplinary sanction' },
  moderate: { id: 'Hukuman disiplin sedang', en: 'Moderate disciplinary sanction' },
  severe: { id: 'Hukuman disiplin berat', en: 'Severe disciplinary sanction' },
} as const satisfies Record<SanctionLevel, LocalizedText>);
