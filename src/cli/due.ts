// `habil due`: when a ticket reported at an instant is due, per target, under a policy: the
// intake decision, each target's clock and promise, and its due instant in the plan's zone.

import { Command } from 'commander';
import { HabilError } from '../errors';
import { evaluate } from '../sla/evaluate';
import type { TicketSla } from '../sla/types';
import { hm, local } from './format';
import type { CliIO } from './io';
import { businessZone, policyArg } from './policy-arg';
import { table, wrap } from './table';
import { blame, oneOf } from './usage';

interface DueOptions {
  policy: string;
  contract?: string;
  plan?: string;
  priority: string;
  type?: string;
  channel?: string;
  at: string;
  json?: boolean;
}

/** The ticket fields `due` fills from flags, for errors that name the flag. */
const FLAGS = {
  reportedAt: '--at',
  now: '--at',
  plan: '--plan',
  priority: '--priority',
  type: '--type',
  channel: '--channel',
};

const EXAMPLES = `
Examples:
  $ habil due --policy icg --priority urgent --at '2024-03-01 16:00'
  $ habil due --policy icg --priority Normal --at '2024-03-24 18:00'     # deferred to Tuesday
  $ habil due --policy hosting --plan level-3 --priority high --at 2024-03-02T10:00:00-05:00 --json

--at without an offset is a local time of the plan's business calendar.`;

/**
 * The `due` command, writing through `io`.
 *
 * @example
 * program.addCommand(dueCommand(io));
 */
export function dueCommand(io: CliIO): Command {
  return new Command('due')
    .description('when a ticket reported at an instant is due, per target')
    .requiredOption('-p, --policy <policy>', 'icg, websaas, hosting, itac, isys, or a policy file (.yaml, .json)')
    .option('--contract <file>', 'the support contract itac and isys take their targets from')
    .option('--plan <plan>', 'the plan (needed when the policy has several)')
    .requiredOption('--priority <priority>', "the priority: an id, label or alias ('urgent', 'Urgente', 'P1')")
    .option('--type <type>', 'incident or request')
    .option('--channel <channel>', 'the channel the ticket came through')
    .requiredOption('--at <instant>', "when the ticket was reported, e.g. '2024-03-01 16:00'")
    .option('--json', 'print the evaluation as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (options: DueOptions) => {
      const policy = await policyArg(options.policy, options.contract);
      const ticket = {
        priority: options.priority,
        reportedAt: options.at,
        ...(options.plan === undefined ? {} : { plan: options.plan }),
        ...(options.type === undefined
          ? {}
          : { type: oneOf('--type', options.type, ['incident', 'request'] as const) }),
        ...(options.channel === undefined ? {} : { channel: options.channel }),
      };
      let sla: TicketSla;
      try {
        sla = evaluate(policy, ticket, { now: options.at });
      } catch (error) {
        if (HabilError.is(error)) throw blame(error, FLAGS);
        throw error;
      }
      io.stdout.write(
        options.json ? `${JSON.stringify(sla, null, 2)}\n` : describe(sla, options.at, businessZone(policy, sla.plan)),
      );
    });
}

function describe(sla: TicketSla, at: string, zone: string): string {
  const head =
    `${sla.policy} · ${sla.plan} · ${sla.priority}, reported ${at}\n` +
    `intake: ${sla.intake.status}; clocks start ${local(sla.intake.clockStartsAt, zone, true)} (${zone})\n` +
    (sla.intake.reason ? `${wrap(sla.intake.reason, '  ')}\n` : '');
  const targets = Object.entries(sla.targets);
  if (targets.length === 0) return `${head}no targets: the policy promises none for this ticket\n`;
  const ranged = targets.some(([, t]) => t.expectedBy !== undefined);
  return (
    `${head}\n` +
    table(
      [
        { header: 'target' },
        { header: 'clock' },
        { header: 'promised', align: 'right' },
        ...(ranged ? [{ header: 'expected by' }] : []),
        { header: 'due' },
      ],
      targets.map(([kind, t]) => [
        kind,
        t.clock,
        `${t.bound === 'strict' ? '< ' : ''}${hm(t.target)}`,
        ...(ranged ? [t.expectedBy ? local(t.expectedBy, zone, true) : ''] : []),
        local(t.due, zone, true),
      ]),
    )
  );
}
