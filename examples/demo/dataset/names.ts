/** Given names and family names common in Medan (Batak, Malay, Javanese, Minang, Nias, Chinese-Indonesian): invented people. */

/** Given names of men. */
export const MALE_NAMES = [
  'Ahmad', 'Budi', 'Rudi', 'Hendra', 'Fajar', 'Irfan', 'Rizky', 'Andi', 'Bima', 'Taufik', 'Syahrial', 'Hotman', 'Zulkarnain',
  'Muhammad', 'Dedi', 'Agus', 'Joko', 'Rahmat', 'Indra', 'Yusuf', 'Bonar', 'Parlindungan', 'Sahat', 'Ferdinand', 'Wahyu',
  'Darwin', 'Eko', 'Arif', 'Fikri', 'Gilang', 'Hasan', 'Imam', 'Kevin', 'Lukman', 'Mulyadi', 'Nanda', 'Oktavianus', 'Robert',
] as const;

/** Given names of women. */
export const FEMALE_NAMES = [
  'Rina', 'Maya', 'Sri', 'Nurhayati', 'Putri', 'Dewi', 'Lestari', 'Yuni', 'Fitri', 'Melati', 'Sarah', 'Erna', 'Siti', 'Ayu',
  'Rahmawati', 'Dian', 'Evi', 'Friska', 'Grace', 'Herlina', 'Intan', 'Juliana', 'Kartini', 'Lina', 'Mariani', 'Novita',
  'Oktaviani', 'Purnama', 'Ratna', 'Sondang', 'Tiur', 'Uli', 'Vera', 'Wulan', 'Yanti', 'Zahra', 'Debora', 'Elisabet',
] as const;

/** Family names (marga) and second names. */
export const FAMILY_NAMES = [
  'Nasution', 'Lubis', 'Siregar', 'Harahap', 'Tarigan', 'Sitompul', 'Daulay', 'Rangkuti', 'Pohan', 'Ginting', 'Sembiring',
  'Hasibuan', 'Panjaitan', 'Purba', 'Simanjuntak', 'Nainggolan', 'Saragih', 'Matondang', 'Batubara', 'Sitepu', 'Simatupang',
  'Situmorang', 'Manurung', 'Sinaga', 'Pardede', 'Hutagalung', 'Damanik', 'Zebua', 'Halawa', 'Santoso', 'Wibowo', 'Pratama',
  'Hidayat', 'Saputra', 'Rahman', 'Chandra', 'Wijaya', 'Putra', 'Syahputra', 'Hakim',
] as const;
