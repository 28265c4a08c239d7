import { err, ok, type Result } from 'neverthrow';
import { isInForce, type IsoDate, type LegalBasis } from '../core';
import type { Employee } from '../employee';
import { leaveError, type LeaveError } from './errors';
import type { LeaveGround, LeaveKind, LeaveRule } from './rules/leave-rule';
import { LEAVE_RULE_TABLES } from './rules/tables';

function kindsBasis(employee: Employee): LegalBasis {
  if (employee.kind === 'PPPK') return { instrument: 'PP 49/2018', article: 'Pasal 77' };
  return employee.kind === 'CPNS' ? { instrument: 'PP 11/2017', article: 'Pasal 340' } : { instrument: 'PP 11/2017', article: 'Pasal 310' };
}

/**
 * Picks the rule row for a kind, an employee and a ground on a date (internal). A row for the employee's position
 * type (guru, dosen) wins over a general one; among equals, the one that came into force last.
 */
export function findLeaveRule(kind: LeaveKind, employee: Employee, ground: LeaveGround, date: IsoDate): Result<LeaveRule, LeaveError> {
  const positionType: string = employee.position.type;
  const applicable = LEAVE_RULE_TABLES[kind].rows.filter((row) =>
    row.employeeKinds.includes(employee.kind) && isInForce(row.effective, date) &&
    (row.positionTypes === undefined || row.positionTypes.includes(positionType)));
  if (applicable.length === 0) {
    const cpns = employee.kind === 'CPNS';
    return err(leaveError('leave/kind-not-available', kindsBasis(employee), {
      id: `Jenis cuti ini tidak tersedia bagi ${employee.kind} pada ${date}${cpns ? ' (cuti besar dan CLTN tidak berlaku bagi CPNS)' : ''}.`,
      en: `This kind of leave is not available to a ${employee.kind} on ${date}${cpns ? ' (no cuti besar or CLTN for a CPNS)' : ''}.`,
    }, { kind, employeeKind: employee.kind, date }));
  }
  const withGround = applicable.filter((row) => row.grounds.includes(ground));
  const best = withGround.reduce<LeaveRule | undefined>((chosen, row) => {
    if (chosen === undefined) return row;
    const rank = (candidate: LeaveRule) => (candidate.positionTypes === undefined ? 0 : 1);
    if (rank(row) !== rank(chosen)) return rank(row) > rank(chosen) ? row : chosen;
    return row.effective.from > chosen.effective.from ? row : chosen;
  }, undefined);
  if (best === undefined) {
    return err(leaveError('leave/ground-not-available', kindsBasis(employee), {
      id: `Alasan "${ground}" tidak berlaku untuk jenis cuti ini.`,
      en: `The ground "${ground}" does not apply to this kind of leave.`,
    }, { kind, ground, allowed: [...new Set(applicable.flatMap((row) => row.grounds))] }));
  }
  return ok(best);
}
