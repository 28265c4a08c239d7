/**
 * The perangkat daerah of the synthetic Pemerintah Kota Medan: real names of the city's agencies, invented staff.
 * `share` is the unit's part of the head count; `service` marks the units that run a public satisfaction survey;
 * `profile` says which positions the unit mostly has.
 */

/** What kind of staff a unit mostly has. */
export type UnitProfile = 'education' | 'health' | 'hospital' | 'service' | 'office';

/** One perangkat daerah. */
export interface DemoUnit {
  readonly id: string;
  readonly name: string;
  readonly share: number;
  readonly workWeek: 5 | 6;
  readonly profile: UnitProfile;
  readonly service: boolean;
}

/** Fourteen perangkat daerah of Kota Medan. */
export const UNITS: readonly DemoUnit[] = [
  { id: 'disdik', name: 'Dinas Pendidikan Kota Medan', share: 30, workWeek: 5, profile: 'education', service: false },
  { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan', share: 9, workWeek: 5, profile: 'health', service: false },
  { id: 'rsud-pirngadi', name: 'RSUD dr. Pirngadi Kota Medan', share: 11, workWeek: 6, profile: 'hospital', service: true },
  { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan', share: 5, workWeek: 5, profile: 'service', service: true },
  { id: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Medan', share: 3, workWeek: 5, profile: 'office', service: false },
  { id: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah Kota Medan', share: 3, workWeek: 5, profile: 'office', service: false },
  { id: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah Kota Medan', share: 4, workWeek: 5, profile: 'office', service: false },
  { id: 'inspektorat', name: 'Inspektorat Kota Medan', share: 3, workWeek: 5, profile: 'office', service: false },
  { id: 'dinas-pu', name: 'Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan', share: 6, workWeek: 5, profile: 'office', service: false },
  { id: 'dishub', name: 'Dinas Perhubungan Kota Medan', share: 6, workWeek: 5, profile: 'service', service: true },
  { id: 'satpol-pp', name: 'Satuan Polisi Pamong Praja Kota Medan', share: 6, workWeek: 5, profile: 'office', service: false },
  { id: 'dlh', name: 'Dinas Lingkungan Hidup Kota Medan', share: 4, workWeek: 5, profile: 'office', service: false },
  { id: 'kec-medan-baru', name: 'Kecamatan Medan Baru', share: 5, workWeek: 5, profile: 'service', service: true },
  { id: 'kec-medan-johor', name: 'Kecamatan Medan Johor', share: 5, workWeek: 5, profile: 'service', service: true },
];
