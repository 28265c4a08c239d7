/**
 * `npx tsx examples/workplan.ts`: the Medan 2027 ASN-management work plan validated against the agency's data,
 * then a plan drafted from the same data and validated in turn (examples/workplan/medan-2027.ts holds both).
 */
import { validateAsnWorkPlan } from 'asn-kit/workplan';
import { medan2027Context, medan2027Draft, medan2027Plan } from './workplan/medan-2027';

const context = medan2027Context();
for (const [title, plan] of [['Medan 2027', medan2027Plan()], ['Medan 2027 (draft)', medan2027Draft(context)]] as const) {
  const result = validateAsnWorkPlan(plan, context);
  if (result.isErr()) throw new Error(result.error.message.en);
  console.log(`${title}: ${String(plan.activities.length)} activities, valid ${String(result.value.valid)}, ${String(result.value.warnings)} warnings`);
  for (const found of result.value.issues) console.log(`  ${found.severity} ${found.code} ${found.path}: ${found.message.en}`);
  if (!result.value.valid) process.exitCode = 1;
}
