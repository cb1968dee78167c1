// When `habil audit` rejected every row of a file, the command line is what is wrong (the policy,
// the plan, the columns or the date format do not fit the file), not the rows: a usage error
// whose message says the likely fix, from the reason of the first rejected row.

import { UsageError } from '../errors';
import type { TermsSource } from '../policy/source';
import type { AuditErrorSample, AuditReport } from '../sla/report';

const DATE_FIELDS = ['reportedAt', 'respondedAt', 'resolvedAt', 'pauses'];

/**
 * The usage error for an audit of `file` whose rows were all rejected, if they were.
 *
 * @example
 * const misuse = everyRowRejected(file, report, policy, options);
 * if (misuse) throw misuse;
 */
export function everyRowRejected(
  file: string,
  report: AuditReport,
  policy: TermsSource & { id: string },
  given: { plan?: string | undefined; dateFormat?: string | undefined },
): UsageError | undefined {
  if (report.rows === 0 || report.evaluated > 0) return undefined;
  const sample = report.firstErrors[0];
  const head = `every row of ${file} (${report.rows}) was rejected, e.g. line ${sample?.line ?? '?'}: ${sample?.message ?? ''}`;
  return new UsageError(`${head}\n${fix(sample, policy, given)}`);
}

function fix(
  sample: AuditErrorSample | undefined,
  policy: TermsSource & { id: string },
  { plan, dateFormat }: { plan?: string | undefined; dateFormat?: string | undefined },
): string {
  const plans = policy.plans.map((p) => p.id);
  const field = sample?.field ?? '';
  if (field === 'plan' && plan === undefined)
    return `the tickets name no plan of policy '${policy.id}': pass --plan (one of ${plans.join(', ')}), map the column that holds it with --map 'column=plan', or check --policy`;
  if (field === 'plan')
    return `the tickets' plans are not those of policy '${policy.id}' (${plans.join(', ')}): check --policy and --plan`;
  if (field === 'priority') {
    const labels = [...new Set(policy.plans.flatMap((p) => p.priorities.map((q) => q.label)))];
    return `the tickets' priorities are not those of policy '${policy.id}' (${labels.join(', ')}): check --policy, or map the priority column with --map 'column=priority'`;
  }
  if (DATE_FIELDS.includes(field) && dateFormat !== undefined)
    return `the dates are not written as --date-format '${dateFormat}' says: check it against the file (luxon tokens, e.g. 'dd/MM/yyyy HH:mm')`;
  if (DATE_FIELDS.includes(field))
    return `the dates are not read as written: pass --date-format (e.g. --date-format 'dd/MM/yyyy HH:mm'), or map the columns with --map`;
  return 'check --policy, --plan and --map against the file';
}
