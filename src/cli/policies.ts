// `habil policies [policy]`: the built-in policies at a glance, or one policy (built-in or a
// file) as tables: its calendars, and per plan the priorities with their targets and clocks; or,
// with --format yaml|json, as an editable policy file (../node/policy-export).

import { Command } from 'commander';
import type { CalendarSpec, WeeklyCalendarSpec } from '../calendar/spec';
import type { DurationSpec, MoneySpec, PlanSpec, PolicyCalendarSpec, PolicySpec, TargetSpec } from '../policy';
import { policies } from '../policy';
import { isDayDuration, toBusinessDays } from '../time/days';
import { toDurationMs } from '../time/duration';
import { hm } from './format';
import { formatMoney } from '../policy/money';
import type { CliIO } from './io';
import { COMPLETE_POLICIES, CONTRACT_POLICIES, policyArg } from './policy-arg';
import { contractHint, contractNeeded, isContractPolicy } from './contract-hint';
import { exportTo } from './policies-export';
import { table } from './table';
import { oneOf, UsageError } from './usage';

interface PoliciesOptions {
  contract?: string;
  format: string;
  out?: string;
}

const FORMATS = ['table', 'yaml', 'json'] as const;

const EXAMPLES = `
Examples:
  $ habil policies
  $ habil policies icg
  $ habil policies itac --contract ./contract.yaml
  $ habil policies icg --format yaml --out my-icg.yaml
  $ habil policies ./acme.yaml`;

/**
 * The `policies` command, writing through `io`.
 *
 * @example
 * program.addCommand(policiesCommand(io));
 */
export function policiesCommand(io: CliIO): Command {
  return new Command('policies')
    .description('list the built-in policies, or print one policy as tables')
    .argument('[policy]', 'a built-in id or a policy file (.yaml, .json)')
    .option('--contract <file>', 'the support contract itac and isys take their targets from')
    .option('--format <format>', `${FORMATS.join(', ')}: yaml and json write an editable policy file`, 'table')
    .option('-o, --out <file>', 'with --format yaml|json: write the policy file here (atomically) instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (name: string | undefined, options: PoliciesOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      if (format === 'table' && options.out !== undefined)
        throw new UsageError('--out applies to --format yaml|json', '--out');
      if (name === undefined) {
        if (format !== 'table')
          throw new UsageError(
            `--format ${format} exports one policy: name it, e.g. 'habil policies icg --format ${format}'`,
            '--format',
          );
        return void io.stdout.write(listing());
      }
      if (isContractPolicy(name) && options.contract === undefined) {
        if (format !== 'table') throw new UsageError(contractNeeded(name, `--format ${format}`), '--contract');
        return void io.stdout.write(contractHint(name));
      }
      const policy = await policyArg(name, options.contract);
      if (format === 'table') return void io.stdout.write(describe(policy.toJSON()));
      await exportTo(policy, format, name, options, io);
    });
}

function listing(): string {
  const rows = [
    ...COMPLETE_POLICIES.map((id) => {
      const spec = policies[id].toJSON();
      return [id, clip(spec.name, 40), spec.plans.map((p) => p.id).join(', ')];
    }),
    ['itac', 'ITAC (needs --contract)', '8x5, 24x7'],
    ['isys', 'ISYS Informática (needs --contract)', 'standard, custom, per-event'],
  ];
  return `${table([{ header: 'id' }, { header: 'name' }, { header: 'plans' }], rows)}\n'habil policies <id>' prints one policy; ${CONTRACT_POLICIES.join(' and ')} need --contract.\n`;
}

function describe(spec: PolicySpec): string {
  const out = [`${spec.id} — ${spec.name}${spec.source ? `\ncharter: ${spec.source.file}` : ''}\n`];
  out.push(
    'Calendars\n' +
      table(
        [{ header: 'name' }, { header: 'hours' }],
        Object.entries(spec.calendars).map(([name, calendar]) => [name, calendarText(calendar)]),
      ),
  );
  for (const plan of spec.plans) {
    const intake =
      plan.offHoursIntake === undefined || plan.offHoursIntake === 'all'
        ? 'all priorities'
        : plan.offHoursIntake.join(', ');
    out.push(
      `Plan ${plan.id}${plan.label ? ` — ${plan.label}` : ''}\n` +
        `business hours: ${plan.business}${plan.coverage ? ` · coverage: ${plan.coverage}` : ''} · off-hours intake: ${intake}\n` +
        billingText(plan) +
        table(
          [{ header: 'priority' }, { header: 'also called' }, { header: 'response' }, { header: 'resolution' }],
          plan.priorities.map((p) => [
            p.id,
            clip((p.aliases ?? []).join(', '), 24),
            target(p.targets?.response),
            target(p.targets?.resolution),
          ]),
        ),
    );
  }
  if (spec.pauses?.length) {
    out.push(
      'Pauses (reasons that stop clocks)\n' +
        table(
          [{ header: 'reason' }, { header: 'also called' }, { header: 'stops' }],
          spec.pauses.map((p) => [
            p.reason,
            clip([p.label, ...(p.aliases ?? [])].filter(Boolean).join(', '), 40),
            (p.stops ?? ['resolution']).join(', '),
          ]),
        ),
    );
  }
  return out.join('\n');
}

/** '4:00', or '2 d' for business days. */
function length(duration: DurationSpec): string {
  return isDayDuration(duration) ? `${toBusinessDays(duration)} d` : hm(toDurationMs(duration as string | number));
}

/** '4:00 business', '3:00–5:00 business', '< 1:00 24/7', or '-' for none. */
function target(spec: TargetSpec | undefined): string {
  if (!spec) return '-';
  const amount = 'duration' in spec ? length(spec.duration) : `${length(spec.min)}–${length(spec.max)}`;
  return `${spec.bound === 'strict' ? '< ' : ''}${amount} ${spec.clock}`;
}

/** A calendar in one line: zone, weekly windows (equal days grouped), holidays. */
function calendarText(spec: PolicyCalendarSpec): string {
  if (spec === '24/7') return 'always open';
  if (!('zone' in spec)) return composite(spec);
  if (spec.hours === '24/7') return `${spec.zone} · always open`;
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const groups: { from: number; to: number; windows: string }[] = [];
  days.forEach((day, i) => {
    const windows = (spec.hours as Record<string, string[] | undefined>)[day]?.join(', ');
    if (!windows) return;
    const last = groups[groups.length - 1];
    if (last && last.to === i - 1 && last.windows === windows) last.to = i;
    else groups.push({ from: i, to: i, windows });
  });
  const hours = groups.map((g) => `${names[g.from]}${g.to > g.from ? `–${names[g.to]}` : ''} ${g.windows}`).join('; ');
  const countries = (spec.holidays ?? []).flatMap((h) => (typeof h === 'object' && 'country' in h ? [h.country] : []));
  const others = (spec.holidays ?? []).length - countries.length;
  const holidays = [
    ...(countries.length ? [`holidays ${countries.join(', ')}`] : []),
    ...(others ? [`${others} closures`] : []),
  ];
  return [spec.zone, hours || 'never open', ...holidays].join(' · ');
}

function composite(spec: Exclude<CalendarSpec, WeeklyCalendarSpec>): string {
  if ('intersect' in spec) return `intersection of ${spec.intersect.length} calendars`;
  if ('union' in spec) return `union of ${spec.union.length} calendars`;
  return `${calendarText(spec.base)} minus ${spec.without.length} intervals`;
}

function clip(text: string, width: number): string {
  return [...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text;
}

/** A plan's price and billable events as the listing shows them: 'price: COP 120.900 per month + IVA'. */
function billingText({ price, billing }: PlanSpec): string {
  const money = (m: MoneySpec) => formatMoney({ currency: m.currency, amount: String(m.amount) }, 'es');
  const note = (m: MoneySpec) => (m.note ? ` ${m.note}` : '');
  let text = price ? `price: ${money(price)} per ${price.period}${note(price)}\n` : '';
  if (billing) {
    const which =
      billing.events === 'every-ticket' ? 'every ticket solved' : `served outside coverage (${billing.on ?? 'served'})`;
    text += `billable events: ${which}, ${billing.rate ? `${money(billing.rate)} each${note(billing.rate)}` : 'priced case by case'}\n`;
  }
  return text;
}
