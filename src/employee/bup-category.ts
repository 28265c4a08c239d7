import { reason, type LegalBasis, type LocalizedText } from '../core';
import type { EmployeeReason } from './errors';
import type { BupCategory } from './rules/bup';
import type { Position } from './schemas';
import { deepFrozen } from '../core/frozen';

const LABELS: Readonly<Record<BupCategory, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  jpt: { id: 'Pejabat Pimpinan Tinggi', en: 'senior executive (JPT)' },
  administrator: { id: 'Pejabat Administrator', en: 'administrator' },
  pengawas: { id: 'Pejabat Pengawas', en: 'supervisor (pengawas)' },
  pelaksana: { id: 'Pelaksana', en: 'staff (pelaksana)' },
  'fungsional-ahli-utama': { id: 'Pejabat Fungsional Ahli Utama', en: 'functional official, ahli utama' },
  'fungsional-ahli-madya': { id: 'Pejabat Fungsional Ahli Madya', en: 'functional official, ahli madya' },
  'fungsional-other': {
    id: 'Pejabat Fungsional Ahli Pertama/Ahli Muda/Keterampilan',
    en: 'functional official, ahli pertama, ahli muda or skilled level',
  },
  guru: { id: 'Guru', en: 'teacher (guru)' },
  dosen: { id: 'Dosen', en: 'lecturer (dosen)' },
  'dosen-professor-extended': { id: 'Profesor (diperpanjang)', en: 'professor (extended)' },
});

const PROFESSOR_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'UU 14/2005', article: 'Pasal 67 ayat (5)', interpretation: 'retirement-age' });

/**
 * The retirement-age group of a position (docs/interpretations.md#retirement-age), with a reason when the professor extension is
 * available but not applied, or applied to a position it does not fit.
 *
 * @param position - The position.
 * @param professorExtension - Whether the caller asked for the professor extension to 70.
 * @returns The group and the reasons about the extension.
 */
export function bupCategory(
  position: Position,
  professorExtension: boolean,
): { readonly category: BupCategory; readonly reasons: readonly EmployeeReason[] } {
  const isProfessor = position.type === 'dosen' && position.professor === true;
  if (isProfessor && professorExtension) return { category: 'dosen-professor-extended', reasons: [] };
  const reasons: EmployeeReason[] = [];
  if (isProfessor) {
    reasons.push(
      reason('employee/professor-extension-available', 'info', PROFESSOR_BASIS, {
        id: 'Profesor yang berprestasi dapat diperpanjang hingga usia 70 tahun (opsi professorExtension).',
        en: 'A professor with achievements may be extended to 70 (the professorExtension option).',
      }),
    );
  } else if (professorExtension) {
    reasons.push(
      reason('employee/professor-extension-not-applicable', 'warning', PROFESSOR_BASIS, {
        id: 'Perpanjangan hingga 70 tahun hanya untuk dosen dengan jabatan profesor; BUP biasa berlaku.',
        en: 'The extension to 70 is only for a dosen who is a professor; the ordinary retirement age applies.',
      }),
    );
  }
  return { category: categoryOf(position), reasons };
}

function categoryOf(position: Position): BupCategory {
  switch (position.type) {
    case 'fungsional':
      return position.level === 'ahli-utama'
        ? 'fungsional-ahli-utama'
        : position.level === 'ahli-madya'
          ? 'fungsional-ahli-madya'
          : 'fungsional-other';
    default:
      return position.type;
  }
}

/**
 * The reason that states a retirement age and its basis.
 *
 * @param category - The position group.
 * @param age - The retirement age.
 * @param basis - The basis of the row that sets it.
 * @returns An `employee/bup` info reason.
 */
export function bupReason(category: BupCategory, age: number, basis: LegalBasis): EmployeeReason {
  const label = LABELS[category];
  return reason(
    'employee/bup',
    'info',
    basis,
    { id: `BUP ${label.id}: ${age} tahun.`, en: `Retirement age (BUP), ${label.en}: ${age}.` },
    { category, age },
  );
}
