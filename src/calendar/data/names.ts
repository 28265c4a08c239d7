import type { LocalizedText } from '../../core';

// The names of the official days of every built-in year, each written once: `[Bahasa Indonesia, English]`, with `#`
// for the number a row gives (e.g. `2572` or `1442 Hijriah`) and `@` for the year. Each year's rows (./YYYY.ts)
// name a day by its key here; ./decode.ts writes the names out. The wording is the instrument's, as the year's SKB
// or Keppres prints it, so close variants (`Idul Fitri`, `Idulfitri`) are separate entries.

/** The name templates, by key. */
export const DAY_NAMES: Readonly<Record<string, readonly [id: string, en: string]>> = {
  ny: ['Tahun Baru @ Masehi', "New Year's Day @"],
  im: ['Isra Mikraj Nabi Muhammad SAW', 'Ascension of the Prophet Muhammad (Isra Mikraj)'],
  iM: ['Isra Mikraj Nabi Muhammad S.A.W. (#)', 'Ascension of the Prophet Muhammad (Isra Mikraj, #)'],
  cim: ['Cuti bersama Isra Mikraj Nabi Muhammad SAW', 'Collective leave for Isra Mikraj'],
  cn: ['Tahun Baru Imlek # Kongzili', 'Chinese New Year # Kongzili'],
  ccn: ['Cuti bersama Tahun Baru Imlek # Kongzili', 'Collective leave for Chinese New Year # Kongzili'],
  sa: ['Hari Suci Nyepi Tahun Baru Saka #', 'Day of Silence (Nyepi), Saka New Year #'],
  sA: ['Hari Suci Nyepi (Tahun Baru Saka #)', 'Day of Silence (Nyepi), Saka New Year #'],
  csa: ['Cuti bersama Nyepi', 'Collective leave for Nyepi'],
  csA: ['Cuti bersama Nyepi (Tahun Baru Saka #)', 'Collective leave for Nyepi (Saka New Year #)'],
  csH: ['Cuti bersama Hari Suci Nyepi Tahun Baru Saka #', 'Collective leave for the Day of Silence (Nyepi), Saka New Year #'],
  gf: ['Wafat Isa Al Masih', 'Good Friday'],
  gF: ['Wafat Isa Al Masih / Wafat Yesus Kristus', 'Good Friday'],
  ga: ['Wafat Isa Almasih', 'Good Friday'],
  gy: ['Wafat Yesus Kristus', 'Death of Jesus Christ (Good Friday)'],
  cgy: ['Cuti bersama Wafat Yesus Kristus', 'Collective leave for the Death of Jesus Christ (Good Friday)'],
  ea: ['Hari Paskah', 'Easter Sunday'],
  ey: ['Kebangkitan Yesus Kristus (Paskah)', 'Resurrection of Jesus Christ (Easter)'],
  fr: ['Hari Raya Idul Fitri #', 'Eid al-Fitr #'],
  fR: ['Hari Raya Idulfitri #', 'Eid al-Fitr #'],
  fi: ['Idulfitri #', 'Eid al-Fitr #'],
  cf: ['Cuti bersama Idul Fitri #', 'Collective leave for Eid al-Fitr #'],
  cfi: ['Cuti bersama Idulfitri #', 'Collective leave for Eid al-Fitr #'],
  cfr: ['Cuti bersama Hari Raya Idul Fitri #', 'Collective leave for Eid al-Fitr #'],
  cfR: ['Cuti bersama Hari Raya Idulfitri #', 'Collective leave for Eid al-Fitr #'],
  lb: ['Hari Buruh Internasional', 'International Labour Day'],
  as: ['Kenaikan Isa Al Masih', 'Ascension of Jesus Christ'],
  aS: ['Kenaikan Isa Al Masih / Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'],
  aa: ['Kenaikan Isa Almasih', 'Ascension of Jesus Christ'],
  ay: ['Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'],
  cas: ['Cuti bersama Kenaikan Isa Al Masih', 'Collective leave for the Ascension of Jesus Christ'],
  cay: ['Cuti bersama Kenaikan Yesus Kristus', 'Collective leave for the Ascension of Jesus Christ'],
  ve: ['Hari Raya Waisak #', 'Vesak Day #'],
  cve: ['Cuti bersama Waisak', 'Collective leave for Vesak'],
  cvr: ['Cuti bersama Hari Raya Waisak', 'Collective leave for Vesak'],
  cvR: ['Cuti bersama Hari Raya Waisak #', 'Collective leave for Vesak #'],
  pa: ['Hari Lahir Pancasila', 'Pancasila Day'],
  ad: ['Hari Raya Idul Adha #', 'Eid al-Adha #'],
  aD: ['Hari Raya Iduladha #', 'Eid al-Adha #'],
  ai: ['Iduladha #', 'Eid al-Adha #'],
  cad: ['Cuti bersama Idul Adha #', 'Collective leave for Eid al-Adha #'],
  caD: ['Cuti bersama Hari Raya Iduladha #', 'Collective leave for Eid al-Adha #'],
  cai: ['Cuti bersama Iduladha #', 'Collective leave for Eid al-Adha #'],
  is: ['Tahun Baru Islam #', 'Islamic New Year #'],
  iS: ['1 Muharam Tahun Baru Islam #', 'Islamic New Year # (1 Muharram)'],
  in: ['Hari Kemerdekaan RI', 'Independence Day'],
  iN: ['Hari Kemerdekaan Republik Indonesia', 'Independence Day'],
  ip: ['Proklamasi Kemerdekaan', 'Independence Day'],
  ci8: ['Cuti bersama HUT ke-80 RI', 'Collective leave for the 80th Independence anniversary'],
  mn: ['Maulid Nabi Muhammad SAW', 'Birthday of the Prophet Muhammad'],
  mN: ['Maulid Nabi Muhammad S.A.W.', 'Birthday of the Prophet Muhammad'],
  xm: ['Hari Raya Natal', 'Christmas Day'],
  cxm: ['Cuti bersama Natal', 'Collective leave for Christmas'],
  cxr: ['Cuti bersama Hari Raya Natal', 'Collective leave for Christmas'],
  xy: ['Kelahiran Yesus Kristus', 'Nativity of Jesus Christ (Christmas)'],
  xY: ['Kelahiran Yesus Kristus (Natal)', 'Nativity of Jesus Christ (Christmas)'],
  cxy: ['Cuti bersama Kelahiran Yesus Kristus', 'Collective leave for the Nativity of Jesus Christ'],
  cxY: ['Cuti bersama Kelahiran Yesus Kristus (Natal)', 'Collective leave for the Nativity of Jesus Christ (Christmas)'],
  el: ['Hari pemungutan suara Pemilu @', 'General election voting day @'],
  rl: ['Hari pemungutan suara Pilkada serentak', 'Simultaneous regional election voting day'],
};

/** The name of a row: the template of `key` with its number and year written in. */
export function dayName(key: string, number: string, year: number): LocalizedText {
  const [id, en] = DAY_NAMES[key] as readonly [string, string];
  const fill = (text: string): string => text.replace('#', number).replace('@', String(year));
  return { id: fill(id), en: fill(en) };
}
