import { isInForce, type IsoDate, type LegalBasis } from '../core';
import type { Employee } from '../employee';
import { leaveError, type LeaveError } from './errors';
import type { LeaveGround, LeaveKind, LeaveRule } from './rules/leave-rule';
import { LEAVE_RULE_TABLES } from './rules/tables';

function kindsBasis(employee: Employee): LegalBasis {
  if (employee.kind === 'PPPK') return { instrument: 'PP 49/2018', article: 'Pasal 77' };
  return employee.kind === 'CPNS' ? { instrument: 'PP 11/2017', article: 'Pasal 340' } : { instrument: 'PP 11/2017', article: 'Pasal 310' };
}

function applies(row: LeaveRule, employee: Employee, date: IsoDate): boolean {
  return row.employeeKinds.includes(employee.kind) && isInForce(row.effective, date) &&
    (row.positionTypes === undefined || row.positionTypes.includes(employee.position.type));
}

/** A row for the employee's position type (guru, dosen) wins over a general one; among equals, the later one. */
function better(row: LeaveRule, chosen: LeaveRule): boolean {
  const rank = row.positionTypes === undefined ? 0 : 1;
  const chosenRank = chosen.positionTypes === undefined ? 0 : 1;
  return rank !== chosenRank ? rank > chosenRank : row.effective.from > chosen.effective.from;
}

/**
 * Picks the rule row for a kind, an employee and a ground on a date (internal). A row for the employee's position
 * type (guru, dosen) wins over a general one; among equals, the one that came into force last.
 */
export function leaveRuleRow(kind: LeaveKind, employee: Employee, ground: LeaveGround, date: IsoDate): LeaveRule | undefined {
  let best: LeaveRule | undefined;
  for (const row of LEAVE_RULE_TABLES[kind].rows) {
    if (applies(row, employee, date) && row.grounds.includes(ground) && (best === undefined || better(row, best))) best = row;
  }
  return best;
}

/** Why no row of a kind's table applies (internal): the kind is not available, or the ground is not one of it. */
export function noLeaveRule(kind: LeaveKind, employee: Employee, ground: LeaveGround, date: IsoDate): LeaveError {
  const rows = LEAVE_RULE_TABLES[kind].rows;
  if (!rows.some((row) => applies(row, employee, date))) {
    const cpns = employee.kind === 'CPNS';
    return leaveError('leave/kind-not-available', kindsBasis(employee), {
      id: `Jenis cuti ini tidak tersedia bagi ${employee.kind} pada ${date}${cpns ? ' (cuti besar dan CLTN tidak berlaku bagi CPNS)' : ''}.`,
      en: `This kind of leave is not available to a ${employee.kind} on ${date}${cpns ? ' (no cuti besar or CLTN for a CPNS)' : ''}.`,
    }, { kind, employeeKind: employee.kind, date });
  }
  const allowed = [...new Set(rows.filter((row) => applies(row, employee, date)).flatMap((row) => row.grounds))];
  return leaveError('leave/ground-not-available', kindsBasis(employee), {
    id: `Alasan "${ground}" tidak berlaku untuk jenis cuti ini.`,
    en: `The ground "${ground}" does not apply to this kind of leave.`,
  }, { kind, ground, allowed });
}
