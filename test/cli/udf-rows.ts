// Seeded random rows for `habil udf`: tickets of the built-in policies, well-formed and not
// (unknown priorities, impossible instants, resolved before reported, bad pause JSON, wrong
// column counts, non-JSON lines), with each row's expected answer computed by evaluate().
import { mulberry32 } from '../../scripts/lib/prng.mjs';
import { evaluate, HabilError, policies, type Policy, type TicketSla } from '../../src/index';

export const INPUT = ['id', 'plan', 'priority', 'reportedAt', 'respondedAt', 'resolvedAt', 'pauses', 'now'] as const;
export const OUTPUT = [
  'ticketId',
  'priority',
  'intake.status',
  'intake.clockStartsAt',
  'response.due',
  'response.status',
  'response.elapsed',
  'resolution.due',
  'resolution.status',
  'resolution.remaining',
  'resolution.consumed',
  'resolution.expectedBy',
  'resolution.metAt',
  'nextChangeAt',
  'error.code',
  'error',
] as const;

export type Cell = string | number | null;
export interface RandomRow {
  /** The row's input values (INPUT order), null for NULL; undefined when the row is malformed. */
  values?: Cell[];
  /** A malformed line, as sent. */
  raw?: { tsv: string; jsonl: string };
  /** OUTPUT values, or only an error code when the row cannot be judged. */
  expected: Cell[] | { code: string; mentions: string };
}

const PLANS: Record<string, (string | null)[]> = {
  icg: [null, 'standard', 'gold'],
  websaas: [null, 'standard'],
  hosting: ['level-1', 'level-2', 'level-3', 'level-1', 'level-3', null],
};
const PRIORITIES: Record<string, string[]> = {
  icg: ['urgent', 'Urgente', 'important', 'Importante', 'normal', 'Normal', 'P9', ''],
  websaas: ['urgent', 'important', 'normal', 'Crítica'],
  hosting: ['high', 'medium', 'low', 'Alta', 'nope'],
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `count` rows for one built-in policy, the same for the same seed. */
export function randomRows(policyId: 'icg' | 'websaas' | 'hosting', count: number, seed: number): RandomRow[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const policy = policies[policyId];
  const instant = (base: number): string => {
    const t = new Date(base);
    const wall = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
    const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
    const kind = random();
    if (kind < 0.5) return `${wall} ${time}`;
    if (kind < 0.7) return `${wall}T${time}:${pad(t.getUTCSeconds())}-05:00`;
    if (kind < 0.9) return t.toISOString();
    return pick(['2024-13-01 10:00', 'yesterday', '2024-02-30', ' ', '2024-03-01 25:00']);
  };
  const rows: RandomRow[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.03) {
      rows.push(malformed(i, random));
      continue;
    }
    const reported = Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365 * 86_400_000);
    const later = (max: number) => reported + Math.floor((random() - 0.05) * max);
    const id = random() < 0.1 ? pick([`T-${i}\twith tab`, `T-${i}\\back`, `T-${i}\nnewline`, `T-${i} ñ`]) : `T-${i}`;
    const pauses =
      random() < 0.15
        ? random() < 0.1
          ? '[{"from": oops}]'
          : JSON.stringify([
              { from: instant(later(86_400_000)), to: random() < 0.3 ? null : instant(later(3 * 86_400_000)) },
            ])
        : null;
    const values: Cell[] = [
      random() < 0.05 ? null : id,
      pick(PLANS[policyId]!),
      pick(PRIORITIES[policyId]!),
      instant(reported),
      random() < 0.5 ? null : instant(later(2 * 3_600_000)),
      random() < 0.5 ? null : instant(later(10 * 86_400_000)),
      pauses,
      random() < 0.2 ? null : new Date(later(20 * 86_400_000)).toISOString(),
    ];
    rows.push({ values, expected: expectedOf(policy, values) });
  }
  return rows;
}

/** What `habil udf --now NOW` must answer for a row, by evaluate(); `now` of a NULL cell is NOW. */
export const NOW = '2025-06-30T12:00:00Z';

function expectedOf(policy: Policy, values: Cell[]): RandomRow['expected'] {
  const [id, plan, priority, reportedAt, respondedAt, resolvedAt, pauses, now] = values;
  let parsedPauses: unknown = null;
  if (typeof pauses === 'string') {
    try {
      parsedPauses = JSON.parse(pauses);
    } catch {
      return { code: 'INVALID_TICKET', mentions: 'pauses' };
    }
  }
  // NULL is an absent field (evaluate() reads null as absent too, but for the id).
  const fields = { id, plan, priority, reportedAt, respondedAt, resolvedAt, pauses: parsedPauses };
  const ticket = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  let sla: TicketSla;
  try {
    sla = evaluate(policy, ticket as never, { now: now ?? NOW });
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    return { code: error.code, mentions: error.message };
  }
  const iso = (d: Date | undefined) => d?.toISOString() ?? null;
  const { response, resolution } = sla.targets;
  return [
    sla.ticketId ?? null,
    sla.priority,
    sla.intake.status,
    sla.intake.clockStartsAt.toISOString(),
    iso(response?.due),
    response?.status ?? null,
    response?.elapsed ?? null,
    iso(resolution?.due),
    resolution?.status ?? null,
    resolution?.remaining ?? null,
    resolution?.consumed ?? null,
    iso(resolution?.expectedBy),
    iso(resolution?.metAt),
    iso(sla.nextChangeAt),
    null,
    null,
  ];
}

function malformed(i: number, random: () => number): RandomRow {
  const kind = Math.floor(random() * 4);
  const lines = [
    { tsv: `T-${i}\turgent\t2024-03-01 10:00`, jsonl: `{"id": "T-${i}", "priority": ` },
    { tsv: '', jsonl: '' },
    { tsv: `${'x\t'.repeat(INPUT.length)}extra`, jsonl: `["T-${i}", "urgent"]` },
    { tsv: `T-${i}\t\\N\turgent\t2024-03-01 10:00\t\\N\t\\N\t\\N\t\\N\t\\N`, jsonl: 'null' },
  ];
  return { raw: lines[kind]!, expected: { code: 'INVALID_TICKET', mentions: 'row' } };
}

/** A TSV field as ClickHouse writes it, for the test's own encoder. */
export function tsvField(cell: Cell): string {
  if (cell === null) return '\\N';
  return String(cell).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** The test's own TSV decoder for answers. */
export function tsvCells(line: string): (string | null)[] {
  return line
    .split('\t')
    .map((f) => (f === '\\N' ? null : f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c)));
}
