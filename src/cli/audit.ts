// `habil audit <file>`: reads an export, evaluates every ticket against a policy at `--now`,
// and writes the report (or every row) in the chosen format. Bad rows are listed, never fatal,
// unless --strict; the exit code says whether breaches were found under --fail-on-breach.

import { existsSync, statSync } from 'node:fs';
import { Command } from 'commander';
import { HabilError, show, terminalText } from '../errors';
import { auditFile } from '../node/audit-file';
import { readTickets, type ReadTicketsOptions } from '../node/read-tickets';
import { formatOf } from '../node/source-text';
import type { Policy } from '../policy';
import { zoneOf } from '../policy/source';
import { auditRows } from '../sla/audit';
import { toEpochMs } from '../time/instant';
import type { AuditReport } from '../sla/report';
import { AUDIT_HELP } from './audit-help';
import { auditWriter, FORMATS, type OutputFormat } from './audit-output';
import type { CliIO } from './io';
import { openOutput, type Output } from './out-file';
import { businessZone, policyArg } from './policy-arg';
import { progressBar } from './progress';
import { everyRowRejected } from './audit-rejected';
import { blame, collectMap, EXIT, oneOf, UsageError, wholeNumber } from './usage';

interface AuditOptions {
  policy: string;
  contract?: string;
  plan?: string;
  map: Record<string, string>;
  events?: string;
  eventsMap: Record<string, string>;
  dateFormat?: string;
  delimiter?: string;
  encoding?: string;
  now?: string;
  format: string;
  out?: string;
  worst: string;
  workers?: string;
  strict?: boolean;
  failOnBreach?: boolean;
  rawCells?: boolean;
  lang?: string;
  csvDelimiter?: string;
  keep?: string;
  bom?: boolean;
}

/**
 * The `audit` command, writing through `io`.
 *
 * @example
 * program.addCommand(auditCommand(io));
 */
export function auditCommand(io: CliIO): Command {
  return new Command('audit')
    .description('audit historical tickets from a CSV, JSON or NDJSON export against a policy')
    .argument('<file>', 'the export: .csv (`,` or `;`), .json (an array) or .ndjson')
    .requiredOption('-p, --policy <policy>', 'icg, websaas, hosting, itac, isys, or a policy file (.yaml, .json)')
    .option('--contract <file>', 'the support contract (YAML or JSON) itac and isys take their targets from')
    .option('--plan <plan>', 'the plan of tickets that name none')
    .option(
      '--map <column=field>',
      "read a column as a ticket field (repeatable); 'column=' ignores it",
      collectMap,
      {},
    )
    .option('--events <file>', 'an event log joined by ticket id: ticket, at, kind (status, priority, message), value')
    .option(
      '--events-map <column=field>',
      'read an event log column as an event field: ticket, at, kind or value (repeatable)',
      collectMap,
      {},
    )
    .option('--date-format <format>', "luxon format of date cells, e.g. 'dd/MM/yyyy HH:mm' (default: ISO 8601)")
    .option('--delimiter <char>', 'CSV separator (default: detected from the header line)')
    .option('--encoding <name>', "text encoding of the file, e.g. 'windows-1252'", 'utf-8')
    .option('--now <instant>', 'the instant of the audit; events after it are not known (default: now)')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--worst <n>', 'how many worst breaches and rejected rows the report lists', '10')
    .option('--workers <n>', 'worker threads for a large CSV (default: one per CPU from 8 MB; 1: none)')
    .option('--lang <lang>', "language of the html report: es or en (default: the policy's)")
    .option('--strict', 'stop at the first rejected row (exit 3)')
    .option('--fail-on-breach', 'exit 1 when any target was breached')
    .option('--csv-delimiter <char>', "csv: the cell separator, e.g. ';' for Spanish Excel (default: ',')")
    .option('--bom', "csv: start with a UTF-8 byte-order mark (default: with --csv-delimiter ';')")
    .option('--no-bom', 'csv: no byte-order mark')
    .option('--keep <columns>', "csv: the export's own columns to pass through, e.g. --keep cliente,asunto")
    .option(
      '--raw-cells',
      "csv: write cells starting with = + - @ as they are (default: prefixed with ' against CSV injection)",
    )
    .addHelpText('after', AUDIT_HELP)
    .action(async (file: string, options: AuditOptions) => {
      io.exitCode = await runAudit(file, options, io);
    });
}

async function runAudit(file: string, options: AuditOptions, io: CliIO): Promise<number> {
  const format = oneOf('--format', options.format, FORMATS);
  const worst = wholeNumber('--worst', options.worst);
  const workers = options.workers === undefined ? undefined : wholeNumber('--workers', options.workers, 1);
  const lang = options.lang === undefined ? undefined : oneOf('--lang', options.lang, ['es', 'en'] as const);
  if (lang !== undefined && format !== 'html')
    throw new UsageError(`--lang applies to --format html only (the ${format} output is in English)`, '--lang');
  if (!existsSync(file) || !statSync(file).isFile())
    throw new UsageError(`cannot read ${file}: no such file`, '<file>');
  if (options.events !== undefined && !(existsSync(options.events) && statSync(options.events).isFile()))
    throw new UsageError(`cannot read --events ${options.events}: no such file`, '--events');
  const policy = await policyArg(options.policy, options.contract);
  if (options.plan !== undefined && !policy.planIds.includes(options.plan)) {
    const plans = policy.planIds.join(', ');
    throw new UsageError(`--plan ${show(options.plan)} is not a plan of ${policy.id} (plans: ${plans})`, '--plan');
  }
  const now = options.now ?? io.now();
  const at = new Date(toEpochMs(now, zoneOf(policy), '--now')); // a bad --now blames the flag, not the file
  const csv = csvOptions(format, options, at);
  if (csv.keep.length > 0 && formatOf(file) !== 'csv')
    throw new UsageError(`--keep passes through the columns of a CSV export; ${file} is not one`, '--keep');
  const progress = progressBar(io.progress, statSync(file).size);
  const read = {
    map: options.map,
    events: options.events,
    eventsMap: options.eventsMap,
    dateFormat: options.dateFormat,
    delimiter: options.delimiter,
    encoding: options.encoding,
    plan: options.plan,
    keep: csv.keep,
    onProgress: progress.bytes,
  };
  const out = openOutput(options.out, io);
  try {
    const report = await auditInto(out, file, policy, { ...options, format, worst, workers, lang, read, now, csv }, io);
    progress.stop();
    if (report === undefined) {
      out.discard();
      return EXIT.rejected;
    }
    const misuse = everyRowRejected(file, report, policy, options);
    if (misuse) throw misuse;
    await out.commit();
    const breached = report.targets.reduce((sum, t) => sum + t.breached, 0);
    if (format !== 'table' || options.out !== undefined) {
      io.stderr.write(
        `${report.rows} rows read: ${report.evaluated} evaluated, ${report.errors} rejected; ${breached} targets breached\n`,
      );
    }
    return options.failOnBreach && breached > 0 ? EXIT.breaches : EXIT.ok;
  } catch (error) {
    progress.stop();
    out.discard();
    if (error instanceof UsageError) throw error;
    if (HabilError.is(error) && error.path === 'keep') throw blame(error, { keep: '--keep' });
    if (HabilError.is(error)) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The command line, checked. */
/** `--csv-delimiter` and `--bom` checked: csv only; the BOM on by default with `;` (Spanish Excel). */
function csvOptions(format: OutputFormat, options: AuditOptions, now: Date): Run['csv'] {
  const given = options.csvDelimiter;
  for (const [flag, set] of [
    ['--csv-delimiter', given !== undefined],
    ['--bom', options.bom !== undefined],
    ['--keep', options.keep !== undefined],
  ] as const)
    if (set && format !== 'csv') throw new UsageError(`${flag} applies to --format csv only`, flag);
  const delimiter = given === 'tab' || given === '\\t' ? '\t' : (given ?? ',');
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter))
    throw new UsageError(
      `--csv-delimiter '${given}': expected one character such as ';' or ',' (or 'tab')`,
      '--csv-delimiter',
    );
  const keep =
    options.keep === undefined
      ? []
      : options.keep
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
  return { delimiter, bom: options.bom ?? delimiter === ';', now, keep };
}

interface Run extends Pick<AuditOptions, 'plan' | 'strict' | 'rawCells'> {
  csv: { delimiter: string; bom: boolean; now: Date; keep: readonly string[] };
  format: OutputFormat;
  worst: number;
  workers: number | undefined;
  lang: 'es' | 'en' | undefined;
  read: ReadTicketsOptions;
  now: string | Date;
}

/** Audits into `out`; undefined when --strict stopped at a rejected row (said on stderr). */
async function auditInto(
  out: Output,
  file: string,
  policy: Policy,
  run: Run,
  io: CliIO,
): Promise<AuditReport | undefined> {
  const { format, now, worst } = run;
  const writer = auditWriter(format, out, {
    zone: businessZone(policy, run.plan),
    worst,
    html: { policy, now, lang: run.lang },
    rawCells: run.rawCells,
    csv: run.csv,
  });
  let report: AuditReport;
  if (REPORT_ONLY.includes(format) && !run.strict) {
    // Only the report is wanted: auditFile may spread a large CSV over worker threads.
    report = await auditFile(file, policy, { ...run.read, now, worst, workers: run.workers });
  } else {
    const rows = auditRows(policy, readTickets(file, run.read), { now, worst });
    for (let next = await rows.next(); ; next = await rows.next()) {
      if (next.done) {
        report = next.value;
        break;
      }
      writer.row(next.value);
      await out.drained();
      if (run.strict && next.value.kind === 'error') {
        io.stderr.write(
          `habil: line ${next.value.line} rejected (--strict): ${terminalText(next.value.error.message)}\n`,
        );
        return undefined;
      }
    }
  }
  writer.end(report);
  return report;
}

const REPORT_ONLY: readonly OutputFormat[] = ['table', 'json'];
