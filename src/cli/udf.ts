// `habil udf`: a long-lived row function for engines that run executables (ClickHouse's
// executable_pool): tickets on stdin as TSV or JSON lines, exactly one answer row per ticket on
// stdout, chosen result fields and errors as columns. See docs/clickhouse.md.

import { Command } from 'commander';
import { TicketError, problemAt } from '../errors';
import { isPlainField } from '../sla/fields';
import { findZone } from '../time/zone';
import { toEpochMs } from '../time/instant';
import type { CliIO } from './io';
import { policyArg } from './policy-arg';
import { jsonlCodec, type RowCodec, type RowValues, tsvCodec } from './udf-codec';
import { inputColumns, outputColumns, rowJudge } from './udf-rows';
import { answerLines, MAX_LINE } from './udf-stream';
import { oneOf, UsageError } from './usage';

interface UdfOptions {
  policy: string;
  contract?: string;
  now?: string;
  format: string;
  input: string;
  output: string;
  zone?: string;
  wrap?: string;
}

const EXAMPLES = `
Examples:
  $ printf 'T-1\\tUrgente\\t2024-03-01 16:00\\t\\\\N\\n' |
      habil udf --policy icg --now 2024-03-04T13:00:00Z --input id,priority,reportedAt,resolvedAt \\
        --output resolution.due,resolution.status,error
  2024-03-04T14:30:00.000Z	running	\\N

  $ habil udf --policy icg --format jsonl --zone UTC --input priority,reportedAt,now \\
      --output due=resolution.due,status=resolution.status --wrap result

Input columns: id, plan, priority, type, channel, reportedAt, respondedAt, resolvedAt,
pauses (JSON), now, or - to skip one. Output columns: a result field (response.due,
resolution.status, intake.status, ...) or error, error.code; name=field names a JSON key.
\\N (TSV) and null (JSON) are NULL. A row habil cannot judge answers NULLs and its error.`;

/**
 * The `udf` command, reading `io.stdin` until it ends.
 *
 * @example
 * program.addCommand(udfCommand(io));
 */
export function udfCommand(io: CliIO): Command {
  return new Command('udf')
    .description('a row function for SQL engines: tickets on stdin, one answer row per ticket on stdout')
    .requiredOption('-p, --policy <policy>', 'icg, websaas, hosting, itac, isys, or a policy file (.yaml, .json)')
    .option('--contract <file>', 'the support contract itac and isys take their targets from')
    .option('--now <instant>', 'judge every row at this instant (default: the row’s now column, else the clock)')
    .option('--format <format>', 'tsv or jsonl', 'tsv')
    .requiredOption('--input <columns>', 'the input columns, in order (tsv) or by key (jsonl)')
    .requiredOption('--output <columns>', 'the output columns, in order')
    .option('--zone <zone>', "where instants without an offset are wall times (default: the plan's zone)")
    .option('--wrap <key>', 'jsonl: write each answer as {"KEY": {...}}, as a ClickHouse Tuple result')
    .addHelpText('after', EXAMPLES)
    .action(async (options: UdfOptions) => {
      const format = oneOf('--format', options.format, ['tsv', 'jsonl'] as const);
      const input = inputColumns(options.input);
      const outputs = options.output.split(',').map((entry) => entry.trim().split('=') as [string, string?]);
      const output = outputColumns(outputs.map(([key, field]) => field ?? key).join(','));
      const zone = options.zone === undefined ? undefined : findZone(options.zone);
      if (options.zone !== undefined && zone === undefined)
        throw new UsageError(`--zone '${options.zone}' is not a zone`);
      if (options.wrap !== undefined && format !== 'jsonl')
        throw new UsageError('--wrap applies to --format jsonl only');
      const fixedNow = options.now === undefined ? undefined : fixedInstant('--now', options.now);
      if (io.stdin === undefined) throw new UsageError('udf reads its rows from standard input');
      const policy = await policyArg(options.policy, options.contract);
      const plain = output.map(isPlainField);
      const keys = outputs.map(([key]) => key);
      const codec: RowCodec = format === 'tsv' ? tsvCodec(input, plain) : jsonlCodec(input, keys, options.wrap, plain);
      const judge = rowJudge({ policy, input, output, zone, fixedNow, now: () => io.now() });
      const tooLong = new TicketError(undefined, [problemAt('row', `is longer than ${MAX_LINE} characters`)]);
      await answerLines(io.stdin, io.stdout, (line, overlong) =>
        codec.write(judge(overlong ? tooLong : read(codec, line))),
      );
    });
}

function read(codec: RowCodec, line: string): RowValues | Error {
  try {
    return codec.read(line);
  } catch (error) {
    return error as Error;
  }
}

/** An instant option, read once: as epoch ms when it carries an offset, else as given (a wall time). */
function fixedInstant(option: string, value: string): string | number {
  try {
    const utc = toEpochMs(value, findZone('UTC')!, option);
    return utc === toEpochMs(value, findZone('UTC+5')!, option) ? utc : value;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
