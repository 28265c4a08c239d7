import type { LegalBasis, LocalizedText } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The seven BerAKHLAK core values (SE MenPANRB 20/2021; UU 20/2023 nilai dasar ASN) as short codes:
 * Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.
 *
 * @example
 * ```ts
 * import { BERAKHLAK_ORDER } from 'asn-kit/performance';
 * BERAKHLAK_ORDER.length; // => 7
 * ```
 */
export const BERAKHLAK_ORDER = /* @__PURE__ */ deepFrozen([
  'service-oriented',
  'accountable',
  'competent',
  'harmonious',
  'loyal',
  'adaptive',
  'collaborative',
] as const);

/**
 * One BerAKHLAK core value, e.g. `'accountable'` (Akuntabel).
 *
 * @example
 * ```ts
 * import type { BerakhlakValue } from 'asn-kit/performance';
 * const value: BerakhlakValue = 'collaborative';
 * ```
 */
export type BerakhlakValue = (typeof BERAKHLAK_ORDER)[number];

/**
 * One BerAKHLAK core value: its label, its definition and its three behaviour guides (panduan perilaku).
 *
 * @example
 * ```ts
 * import { BERAKHLAK_VALUES, type BerakhlakEntry } from 'asn-kit/performance';
 * const entry: BerakhlakEntry = BERAKHLAK_VALUES.loyal;
 * entry.label.id; // => 'Loyal'
 * ```
 */
export interface BerakhlakEntry {
  /** The official name and an English one. */
  readonly label: LocalizedText;
  /** The definition of the core value (Bahasa Indonesia). */
  readonly definition: string;
  /** The three behaviour guides (Bahasa Indonesia). */
  readonly guidance: readonly [string, string, string];
}

/**
 * The basis of the BerAKHLAK values: SE MenPANRB 20/2021, now the nilai dasar of UU 20/2023.
 *
 * @example
 * ```ts
 * import { BERAKHLAK_BASIS } from 'asn-kit/performance';
 * BERAKHLAK_BASIS.instrument; // => 'UU 20/2023'
 * ```
 */
export const BERAKHLAK_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 20/2023',
  article: 'nilai dasar ASN; SE MenPANRB 20/2021',
  note: 'wording of Adaptif and Kolaboratif not yet checked against the circular',
  evidence: 'unverified',
});

/**
 * The seven BerAKHLAK core values with their 21 behaviour guides: the behaviour standard of every
 * SKP under PermenPANRB 6/2022, without levels.
 *
 * @example
 * ```ts
 * import { BERAKHLAK_VALUES } from 'asn-kit/performance';
 * BERAKHLAK_VALUES['service-oriented'].guidance[0]; // => 'Memahami dan memenuhi kebutuhan masyarakat'
 * ```
 */
export const BERAKHLAK_VALUES: Readonly<Record<BerakhlakValue, BerakhlakEntry>> = /* @__PURE__ */ deepFrozen({
  'service-oriented': {
    label: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
    definition: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat',
    guidance: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  accountable: {
    label: { id: 'Akuntabel', en: 'Accountable' },
    definition: 'Bertanggung jawab atas kepercayaan yang diberikan',
    guidance: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  competent: {
    label: { id: 'Kompeten', en: 'Competent' },
    definition: 'Terus belajar dan mengembangkan kapabilitas',
    guidance: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  harmonious: {
    label: { id: 'Harmonis', en: 'Harmonious' },
    definition: 'Saling peduli dan menghargai perbedaan',
    guidance: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  loyal: {
    label: { id: 'Loyal', en: 'Loyal' },
    definition: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara',
    guidance: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  adaptive: {
    label: { id: 'Adaptif', en: 'Adaptive' },
    definition: 'Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan',
    guidance: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  collaborative: {
    label: { id: 'Kolaboratif', en: 'Collaborative' },
    definition: 'Membangun kerja sama yang sinergis',
    guidance: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
});
