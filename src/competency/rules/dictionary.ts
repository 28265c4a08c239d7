import type { LegalBasis, LocalizedText } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The three kinds of competency of PermenPANRB 38/2017: managerial (manajerial), socio-cultural (sosial kultural)
 * and technical (teknis, defined per position by the instansi pembina or the agency).
 *
 * @example
 * ```ts
 * import type { CompetencyKind } from 'asn-kit/competency';
 * const kind: CompetencyKind = 'managerial';
 * ```
 */
export type CompetencyKind = 'managerial' | 'socio-cultural' | 'technical';

/**
 * One proficiency level of a competency, 1 (lowest) to 5, with its description.
 *
 * @example
 * ```ts
 * import type { CompetencyLevelDescription } from 'asn-kit/competency';
 * const level: CompetencyLevelDescription = {
 *   level: 2,
 *   description: { id: 'Menganalisis masalah secara mendalam', en: 'Analyses problems in depth' },
 * };
 * ```
 */
export interface CompetencyLevelDescription {
  /** The level, 1–5. */
  readonly level: number;
  /** What a person at this level does, in Bahasa Indonesia and English. */
  readonly description: LocalizedText;
}

/**
 * A competency of the dictionary: the 9 built-in ones of PermenPANRB 38/2017, or a technical one a consumer
 * defines in the same shape with {@link defineCompetency}.
 *
 * @example
 * ```ts
 * import { COMPETENCY_DICTIONARY } from 'asn-kit/competency';
 * COMPETENCY_DICTIONARY[0]?.name.id; // => 'Integritas'
 * ```
 */
export interface CompetencyDefinition {
  /** A stable kebab-case code, e.g. `'decision-making'`; this is the key used in standards and assessments. */
  readonly code: string;
  /** Managerial, socio-cultural or technical. */
  readonly kind: CompetencyKind;
  /** The competency's name, e.g. `{ id: 'Pengambilan Keputusan', en: 'Decision making' }`. */
  readonly name: LocalizedText;
  /** A one-sentence definition. */
  readonly description: LocalizedText;
  /** The five levels, 1 to 5 in order. */
  readonly levels: readonly CompetencyLevelDescription[];
  /** Where the competency is defined. */
  readonly basis: LegalBasis;
}

const BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 38/2017',
  article: 'Lampiran (Kamus Kompetensi)',
  note: 'level descriptions summarised; Pengambilan Keputusan L1–L4 checked against a copy of the Lampiran, the rest from secondary copies',
  evidence: 'secondary-source',
});

/**
 * The competency dictionary of PermenPANRB 38/2017 as data: the 8 managerial competencies and the socio-cultural
 * one (Perekat Bangsa), each with its levels 1–5. Technical competencies are defined by the consumer in the same
 * shape ({@link defineCompetency}).
 *
 * @example
 * ```ts
 * import { COMPETENCY_DICTIONARY } from 'asn-kit/competency';
 * COMPETENCY_DICTIONARY.map((entry) => entry.code);
 * // => ['integrity', 'cooperation', 'communication', 'results-orientation', 'public-service',
 * //     'developing-self-and-others', 'managing-change', 'decision-making', 'national-cohesion']
 * ```
 */
export const COMPETENCY_DICTIONARY: readonly CompetencyDefinition[] = /* @__PURE__ */ deepFrozen([
  {
    code: 'integrity',
    kind: 'managerial',
    name: { id: 'Integritas', en: 'Integrity' },
    description: {
      id: 'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, jujur, dan bertanggung jawab atas tindakan dan keputusannya.',
      en: 'Behaves consistently with the values, norms and ethics of the organisation, honestly, and answers for own actions and decisions.',
    },
    levels: [
      { level: 1, description: { id: 'Mampu bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi', en: 'Acts on the organisation’s values, norms and ethics in a personal capacity' } },
      { level: 2, description: { id: 'Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi', en: 'Reminds and invites colleagues to act on the organisation’s values, norms and ethics' } },
      { level: 3, description: { id: 'Mampu memastikan dan menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi', en: 'Makes sure the people led act on the organisation’s values, norms and ethics' } },
      { level: 4, description: { id: 'Mampu menciptakan situasi kerja yang membuat rekan kerja patuh pada nilai, norma, dan etika organisasi', en: 'Creates a working climate in which colleagues keep to the organisation’s values, norms and ethics' } },
      { level: 5, description: { id: 'Mampu menjadi teladan dalam penerapan standar keadilan dan etika di tingkat nasional', en: 'Is a role model for justice and ethics standards at national level' } },
    ],
    basis: BASIS,
  },
  {
    code: 'cooperation',
    kind: 'managerial',
    name: { id: 'Kerjasama', en: 'Cooperation' },
    description: {
      id: 'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, komitmen saling membantu dalam penyelesaian tugas.',
      en: 'Builds and keeps effective working relationships and a commitment to help one another complete tasks.',
    },
    levels: [
      { level: 1, description: { id: 'Berpartisipasi dalam kelompok kerja', en: 'Takes part in a working group' } },
      { level: 2, description: { id: 'Menumbuhkan tim kerja yang partisipatif dan efektif', en: 'Grows a participative and effective team' } },
      { level: 3, description: { id: 'Efektif membangun tim kerja untuk peningkatan kinerja organisasi', en: 'Builds teams effectively to raise the organisation’s performance' } },
      { level: 4, description: { id: 'Membangun komitmen tim dan sinergi', en: 'Builds team commitment and synergy' } },
      { level: 5, description: { id: 'Menciptakan hubungan kerja yang konstruktif di lingkup nasional', en: 'Creates constructive working relationships at national level' } },
    ],
    basis: BASIS,
  },
  {
    code: 'communication',
    kind: 'managerial',
    name: { id: 'Komunikasi', en: 'Communication' },
    description: {
      id: 'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis, dan meyakinkan, lisan maupun tertulis.',
      en: 'Explains views and ideas clearly, systematically and convincingly, orally and in writing.',
    },
    levels: [
      { level: 1, description: { id: 'Menyampaikan informasi dengan jelas, lengkap, dan dengan pemahaman yang sama', en: 'Passes on information clearly, completely and with a shared understanding' } },
      { level: 2, description: { id: 'Aktif menjalankan komunikasi secara formal dan informal; mendengarkan dan menanggapi dengan tepat', en: 'Communicates actively, formally and informally; listens and responds appropriately' } },
      { level: 3, description: { id: 'Berkomunikasi secara asertif; terampil menyampaikan informasi yang sensitif, rumit, atau kompleks', en: 'Communicates assertively; conveys sensitive, intricate or complex information skilfully' } },
      { level: 4, description: { id: 'Mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan', en: 'Puts multidimensional thinking into words and writing to build agreement' } },
      { level: 5, description: { id: 'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi', en: 'Initiates strategically open communication systems to find solutions' } },
    ],
    basis: BASIS,
  },
  {
    code: 'results-orientation',
    kind: 'managerial',
    name: { id: 'Orientasi pada Hasil', en: 'Results orientation' },
    description: {
      id: 'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, dan bertanggung jawab.',
      en: 'Keeps a high personal commitment to complete tasks; reliable and accountable.',
    },
    levels: [
      { level: 1, description: { id: 'Bertanggung jawab untuk memenuhi standar kerja', en: 'Takes responsibility for meeting work standards' } },
      { level: 2, description: { id: 'Berupaya meningkatkan hasil kerja pribadi di atas standar yang ditetapkan', en: 'Strives to raise own results above the set standard' } },
      { level: 3, description: { id: 'Menetapkan target kerja yang menantang bagi unit kerja', en: 'Sets challenging targets for the work unit' } },
      { level: 4, description: { id: 'Mendorong unit kerja mencapai atau melampaui target yang ditetapkan', en: 'Drives the work unit to reach or exceed its targets' } },
      { level: 5, description: { id: 'Menyusun kebijakan dengan target kinerja jangka panjang', en: 'Frames policy with long-term performance targets' } },
    ],
    basis: BASIS,
  },
  {
    code: 'public-service',
    kind: 'managerial',
    name: { id: 'Pelayanan Publik', en: 'Public service' },
    description: {
      id: 'Kemampuan melaksanakan tugas pemerintahan dan pelayanan publik secara profesional, transparan, dan mengikuti standar pelayanan.',
      en: 'Carries out government and public-service tasks professionally, transparently and to service standards.',
    },
    levels: [
      { level: 1, description: { id: 'Menjalankan tugas mengikuti standar pelayanan', en: 'Carries out tasks to the service standard' } },
      { level: 2, description: { id: 'Mengawasi dan menjelaskan proses pelaksanaan tugas pelayanan publik secara transparan', en: 'Supervises and explains public-service processes transparently' } },
      { level: 3, description: { id: 'Memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan di lingkup unit kerja', en: 'Uses the group’s strengths and improves service standards in the work unit' } },
      { level: 4, description: { id: 'Memonitor, mengevaluasi, dan mengantisipasi dampak isu jangka panjang pada pelayanan publik', en: 'Monitors, evaluates and anticipates the long-term effects of issues on public service' } },
      { level: 5, description: { id: 'Memastikan kebijakan pelayanan publik yang objektif, netral, dan tidak diskriminatif', en: 'Ensures public-service policy that is objective, neutral and non-discriminatory' } },
    ],
    basis: BASIS,
  },
  {
    code: 'developing-self-and-others',
    kind: 'managerial',
    name: { id: 'Pengembangan Diri dan Orang Lain', en: 'Developing self and others' },
    description: {
      id: 'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri, serta menginspirasi orang lain untuk mengembangkan dirinya.',
      en: 'Increases own knowledge and skills and inspires others to develop themselves.',
    },
    levels: [
      { level: 1, description: { id: 'Pengembangan diri', en: 'Develops self' } },
      { level: 2, description: { id: 'Meningkatkan kemampuan bawahan dengan memberi contoh dan penjelasan', en: 'Builds subordinates’ ability by example and explanation' } },
      { level: 3, description: { id: 'Memberikan umpan balik dan membimbing', en: 'Gives feedback and guidance' } },
      { level: 4, description: { id: 'Menyusun program pengembangan jangka panjang', en: 'Designs long-term development programmes' } },
      { level: 5, description: { id: 'Menciptakan situasi yang mendorong organisasi belajar secara berkelanjutan', en: 'Creates conditions for continuous organisational learning' } },
    ],
    basis: BASIS,
  },
  {
    code: 'managing-change',
    kind: 'managerial',
    name: { id: 'Mengelola Perubahan', en: 'Managing change' },
    description: {
      id: 'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama.',
      en: 'Adapts to new or changing situations without relying too much on old methods and processes.',
    },
    levels: [
      { level: 1, description: { id: 'Mengikuti perubahan dengan arahan', en: 'Follows change with direction' } },
      { level: 2, description: { id: 'Proaktif beradaptasi mengikuti perubahan', en: 'Adapts to change proactively' } },
      { level: 3, description: { id: 'Membantu orang lain mengikuti perubahan dan mengantisipasinya secara tepat', en: 'Helps others follow change and anticipates it well' } },
      { level: 4, description: { id: 'Memimpin perubahan pada unit kerja', en: 'Leads change in the work unit' } },
      { level: 5, description: { id: 'Mengarahkan perubahan di tingkat organisasi', en: 'Steers change at organisation level' } },
    ],
    basis: BASIS,
  },
  {
    code: 'decision-making',
    kind: 'managerial',
    name: { id: 'Pengambilan Keputusan', en: 'Decision making' },
    description: {
      id: 'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian.',
      en: 'Makes sound decisions on time and with confidence after weighing them with due care.',
    },
    levels: [
      { level: 1, description: { id: 'Mengumpulkan informasi untuk bertindak sesuai kewenangan', en: 'Gathers information to act within own authority' } },
      { level: 2, description: { id: 'Menganalisis masalah secara mendalam', en: 'Analyses problems in depth' } },
      { level: 3, description: { id: 'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi', en: 'Compares alternatives and balances the risks of implementation' } },
      { level: 4, description: { id: 'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko', en: 'Solves high-risk problems, anticipates the effects of decisions and takes safeguards; mitigates risk' } },
      { level: 5, description: { id: 'Menghasilkan solusi dan mengambil keputusan untuk permasalahan jangka panjang atau strategis yang berdampak nasional', en: 'Produces solutions and decides on long-term or strategic problems with national impact' } },
    ],
    basis: BASIS,
  },
  {
    code: 'national-cohesion',
    kind: 'socio-cultural',
    name: { id: 'Perekat Bangsa', en: 'National cohesion' },
    description: {
      id: 'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu dan kemajemukan masyarakat.',
      en: 'Promotes tolerance and openness, and is sensitive to individual differences and the plurality of society.',
    },
    levels: [
      { level: 1, description: { id: 'Peka memahami dan menerima kemajemukan', en: 'Understands and accepts plurality' } },
      { level: 2, description: { id: 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan', en: 'Actively fosters mutual respect, stressing common ground and unity' } },
      { level: 3, description: { id: 'Mempromosikan dan mengembangkan sikap toleransi dan persatuan', en: 'Promotes and develops tolerance and unity' } },
      { level: 4, description: { id: 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk efektivitas organisasi', en: 'Uses differences constructively and creatively for the organisation’s effectiveness' } },
      { level: 5, description: { id: 'Menjadi wakil pemerintah untuk membangun hubungan sosial psikologis', en: 'Represents the government in building social and psychological bonds' } },
    ],
    basis: BASIS,
  },
]);

const BUILT_IN_KIND: ReadonlyMap<string, CompetencyKind> = /* @__PURE__ */ (() => new Map<string, CompetencyKind>([
  ['integrity', 'managerial'],
  ['cooperation', 'managerial'],
  ['communication', 'managerial'],
  ['results-orientation', 'managerial'],
  ['public-service', 'managerial'],
  ['developing-self-and-others', 'managerial'],
  ['managing-change', 'managerial'],
  ['decision-making', 'managerial'],
  ['national-cohesion', 'socio-cultural'],
]))();

/** The kind of a competency code: built-in codes are managerial or socio-cultural, any other code is technical. */
export function kindOfCompetency(code: string): CompetencyKind {
  return BUILT_IN_KIND.get(code) ?? 'technical';
}

/** Whether a code is one of the 9 built-in competencies. */
export function isBuiltInCompetency(code: string): boolean {
  return BUILT_IN_KIND.has(code);
}

/** The built-in codes, in dictionary order. */
export const BUILT_IN_CODES: readonly string[] = /* @__PURE__ */ (() => Array.from(BUILT_IN_KIND.keys()))();
