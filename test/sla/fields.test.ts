// Named fields of a judged ticket: what isPlainField promises (no character a TSV or JSON
// writer would escape) holds for every plain field of seeded random tickets of every built-in
// policy, and the writers given that promise write what they write without it.
import { describe, expect, it } from 'vitest';
import { escapeTsv, tsvCodec } from '../../src/cli/udf-codec';
import { evaluate, policies } from '../../src/index';
import { fieldReader, isPlainField, SLA_FIELDS } from '../../src/sla/fields';
import { jsonWriter } from '../../src/sla/fields-json';
import { NOW, randomRows } from '../cli/udf-rows';

describe('isPlainField', () => {
  it('knows only fields, and calls names and labels text', () => {
    expect(isPlainField('resolution.due')).toBe(true);
    expect(isPlainField('response.elapsed')).toBe(true);
    for (const name of ['ticketId', 'priority', 'plan', 'resolution.clock', 'response.target', 'error', 'x.due'])
      expect(isPlainField(name)).toBe(false);
  });

  it('plain fields of random tickets hold nothing to escape; writers answer alike with and without the promise', () => {
    const plain = SLA_FIELDS.map(isPlainField);
    const readers = SLA_FIELDS.map((name) => fieldReader(name)!);
    const tsvPlain = tsvCodec([], plain);
    const tsv = tsvCodec([]);
    const jsonPlain = jsonWriter(SLA_FIELDS, plain);
    const json = jsonWriter(SLA_FIELDS);
    let judged = 0;
    for (const policy of ['icg', 'websaas', 'hosting'] as const) {
      for (const row of randomRows(policy, 1000, 21)) {
        if (!Array.isArray(row.expected)) continue;
        const [id, plan, priority, reportedAt, respondedAt, resolvedAt, pauses, now] = row.values!;
        const parsed = typeof pauses === 'string' ? (JSON.parse(pauses) as unknown) : null;
        const fields = { id, plan, priority, reportedAt, respondedAt, resolvedAt, pauses: parsed };
        const ticket = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
        const sla = evaluate(policies[policy], ticket as never, { now: now ?? NOW });
        const values = readers.map((read) => read(sla));
        values.forEach((value, i) => {
          if (plain[i] && typeof value === 'string') {
            expect(escapeTsv(value)).toBe(value);
            expect(JSON.stringify(value)).toBe(`"${value}"`);
          }
        });
        expect(tsvPlain.write(values)).toBe(tsv.write(values));
        expect(jsonPlain(values)).toBe(json(values));
        judged++;
      }
    }
    expect(judged).toBeGreaterThan(1000);
  });
});
