/**
 * The legal bases the work-plan checks cite. The plan's own rules (ids, references, sums) have no article of law:
 * they cite the structure of a planning document as Permendagri 86/2017 describes it for regional plans.
 */
import type { LegalBasis } from '../../core';
import { deepFrozen } from '../../core/frozen';

/** The individual plan (SKP) of PermenPANRB 6/2022. */
export const SKP_PLAN_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' });

/** One SKP covers one calendar year at most: evaluation is periodic and annual (PermenPANRB 6/2022 Pasal 5). */
export const SKP_YEAR_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Pasal 5 (perencanaan kinerja; evaluasi periodik dan tahunan)',
  note: 'an SKP covers one calendar year at most; a main result of a non-JPT intervenes an RHK of the assessor',
});

/** The weighted indicators of the SKP of PermenPANRB 8/2021, replaced by PermenPANRB 6/2022 (no weights). */
export const LEGACY_WEIGHT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 8/2021',
  article: 'Lampiran (nilai tertimbang)',
  note: 'weights sum to 100 (±0.01); PermenPANRB 6/2022 SKPs carry no weights',
});

/** Who assesses whom in a regional agency, as e-Kinerja BKN applies PermenPANRB 6/2022. */
export const ASSESSOR_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Lampiran (pejabat penilai kinerja)',
  note: 'as applied by SE Kepala BKN 11/2023 (e-Kinerja) for regional agencies; another assessor is a warning',
});

/** Evidence and feedback on each period's realisation (PermenPANRB 6/2022 Pasal 5 huruf b). */
export const DOCUMENTATION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Pasal 5 huruf b (pendokumentasian kinerja, umpan balik berkelanjutan)',
});

/** The structure of a planning document: ids, references, targets with units, schedules and budgets that add up. */
export const PLAN_STRUCTURE_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Permendagri 86/2017',
  article: 'Pasal 153 (program, kegiatan, indikator kinerja, pendanaan)',
  note: 'applied to the agency plan for ASN management: every activity with its indicator, target, unit and budget',
});

/** Renja Perangkat Daerah: programmes, activities and sub-activities with indicators, targets and budgets. */
export const RENJA_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Permendagri 86/2017',
  article: 'Lampiran (Renja Perangkat Daerah: rencana tahun n dan prakiraan maju tahun n+1)',
  note: 'sub-activity codes after Permendagri 90/2019',
});

/** ASN management on the merit system: competency development, performance, information system (UU 20/2023). */
export const ASN_MANAGEMENT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 20/2023',
  article: 'Pasal 26 dan Pasal 49 (manajemen ASN; pengembangan kompetensi)',
});

/** Competency development through training: the forms of PP 11/2017 Pasal 210. */
export const TRAINING_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 11/2017', article: 'Pasal 210 (bentuk pengembangan kompetensi)' });

/** Performance evaluation and its follow-up (PermenPANRB 6/2022 Pasal 5 huruf c and d). */
export const EVALUATION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Pasal 5 huruf c dan d (penilaian kinerja; tindak lanjut)',
});

/** Technology: the electronic-government system (SPBE) and the ASN information system. */
export const TECHNOLOGY_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Perpres 95/2018',
  article: 'Pasal 1 angka 1 (Sistem Pemerintahan Berbasis Elektronik)',
  note: 'with the ASN information system of UU 20/2023',
});

/** Public engagement: the public takes part in public services (UU 25/2009 Pasal 39). */
export const ENGAGEMENT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 25/2009',
  article: 'Pasal 39 (peran serta masyarakat)',
  note: 'regular dialogue sessions and open forums on public services',
});

/** The public satisfaction survey whose grade marks the units that need engagement. */
export const SATISFACTION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 14/2017', article: 'Lampiran (nilai interval konversi)' });

/** The seven BerAKHLAK core values, each once in an SKP's behaviours. */
export const BERAKHLAK_VALUES_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 20/2023',
  article: 'nilai dasar ASN',
  note: 'the seven BerAKHLAK core values of SE MenPANRB 20/2021, each once in an SKP',
});

/** The matrix of the two ratings that gives the predikat (kuadran kinerja pegawai). */
export const PREDIKAT_MATRIX_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)' });

/** The distribution pattern of the employees' predikat for the unit's own predikat. */
export const DISTRIBUTION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'SE MenPANRB 3/2023',
  article: 'Lampiran (pola distribusi predikat kinerja pegawai)',
  note: 'a breach needs a justification',
});

/** The yearly minimum of competency development of a PNS. */
export const JP_MINIMUM_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PP 11/2017',
  article: 'Pasal 203 ayat (4)',
  note: 'at least 20 JP a year, applied to CPNS as well; PPPK are not counted',
});
