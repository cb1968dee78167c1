// Built-in policies exported as policy files (YAML with the charter's lines as comments, and
// JSON) read back as the same policies: the same spec, and on thousands of seeded random tickets
// (events, statuses, pauses, several plans, priorities and types) exactly the built-in's answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { charterQuotes } from '../../src/node/charter-quotes';
import { exportPolicy } from '../../src/node/policy-export';
import { parsePolicy } from '../../src/node/policy-file';
import { type IsysContract, type ItacContract, policies, type Policy } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import { schemaErrors } from '../support/json-schema';
import { policyTicket } from '../support/policy-tickets';

const ROOT = join(__dirname, '../..');
const contract = (id: string): unknown => parse(readFileSync(join(ROOT, 'examples/contracts', `${id}.yaml`), 'utf8'));

const BUILTINS: [string, () => Policy][] = [
  ['icg', () => policies.icg],
  ['websaas', () => policies.websaas],
  ['hosting', () => policies.hosting],
  ['itac', () => policies.itac(contract('itac') as ItacContract)],
  ['isys', () => policies.isys(contract('isys') as IsysContract)],
  ['isys (no contract)', () => policies.isys()],
];

/** What evaluate answers, or the refusal it throws, as comparable data. */
function answer(policy: Policy, ticket: Parameters<typeof evaluate>[1], now: number, explain: boolean): unknown {
  try {
    return JSON.parse(JSON.stringify(evaluate(policy, ticket, { now, explain })));
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    return { refused: error.message, code: error.code };
  }
}

describe.each(BUILTINS)('%s exported', (_, builtin) => {
  it.each(['yaml', 'json'] as const)('as %s reads back as the same spec', (format) => {
    const policy = builtin();
    expect(parsePolicy(exportPolicy(policy, format), format).toJSON()).toEqual(policy.toJSON());
  });

  it.each(['yaml', 'json'] as const)('as %s gives the built-in answers on random tickets', (format) => {
    const policy = builtin();
    const file = parsePolicy(exportPolicy(policy, format), format);
    let refused = 0;
    fc.assert(
      fc.property(policyTicket(policy.toJSON()), ({ ticket, now, explain }) => {
        const expected = answer(policy, ticket, now, explain);
        if (typeof expected === 'object' && expected !== null && 'refused' in expected) refused++;
        expect(answer(file, ticket, now, explain)).toEqual(expected);
      }),
      { seed: 14, numRuns: 400 },
    );
    expect(refused, 'some tickets are refused, most are answered').toBeGreaterThan(0);
    expect(refused).toBeLessThan(160);
  });

  it('as JSON validates against examples/policies/policy.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'examples/policies/policy.schema.json'), 'utf8'));
    const data = JSON.parse(exportPolicy(builtin(), 'json'));
    expect(schemaErrors(schema, data)).toEqual([]);
    // The validator is not a yes-machine: broken copies fail where they break.
    expect(schemaErrors(schema, { ...data, plans: 'none' })).toEqual(['$.plans: expected array, got string']);
    const { name: _, ...nameless } = data;
    expect(schemaErrors(schema, nameless)).toEqual(['$: name is missing']);
    expect(schemaErrors(schema, { ...data, extra: 1 })).not.toEqual([]);
  });
});

describe('the charter lines as YAML comments', () => {
  const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l));

  it('ICG: the hours above the business calendar, each priority its definition and its row of the table', () => {
    const text = exportPolicy(policies.icg, 'yaml', { header: ['a header line'] });
    expect(text.startsWith("# ICG Software Colombia — Help Desk (policy 'icg')\n# a header line\n")).toBe(true);
    expect(text).toMatch(
      / {2}# charter:\n {2}# {3}"Lunes a Viernes 07:00 a\.m\. – 12:30 p\.m\. \| Horario hábil \| Todo tipo de solicitud"\n/,
    );
    expect(text).toMatch(/# {3}"Prioridad Urgente \| 1 Hora \| 4 Horas \(hábil\)"\n\s+- id: urgent\n/);
    expect(text).toMatch(/# {3}"Prioridad Normal \| 4 Horas \| 16 Horas \(hábil\)"\n\s+- id: normal\n/);
    expect(text).toMatch(
      /# {3}"- Tener en cuenta: En horario NO hábil [^\n]*"\n(\s+#[^\n]*\n)*\s+offHoursIntake: \[urgent\]\n/,
    );
    // No markdown bold in comments; comments never break the file (it read back above).
    expect(comments(text).filter((l) => l.includes('**'))).toEqual([]);
  });

  it("hosting: each level's impacts quote their own level's line, never another level's", () => {
    const quotes = new Map(charterQuotes(policies.hosting.toJSON()).map((q) => [q.path.join('.'), q.lines]));
    expect(quotes.get('plans.0')).toEqual(['Soporte Nivel 1 (Incluido en todos los servicios):']);
    expect(quotes.get('plans.0.priorities.1')).toEqual([
      '• Tiempo de respuesta a casos de medio impacto: 3 a 5 horas habiles.',
    ]);
    expect(quotes.get('plans.1.priorities.1')).toEqual([
      '• Tiempo de respuesta a casos de medio impacto: 2 a 3 horas habiles.',
    ]);
    // Level 2 says nothing of high impact: no quote, rather than level 1's or level 3's.
    expect(quotes.has('plans.1.priorities.0')).toBe(false);
    expect(quotes.get('plans.2.priorities.0')).toEqual([
      '• Tiempo de respuesta a casos de alto impacto o criticos: Menos de 1 hora.',
    ]);
    expect(quotes.get('plans.2.offHoursIntake')).toContain(
      'Asistencia prioritaria a través de email, chat o teléfono (Horario hábil) y atención 24/7 vía ticket de soporte.',
    );
    expect(quotes.has('calendars.business')).toBe(false); // the charter gives no hours: ours
  });

  it('a policy without a charter exports without quotes; shared objects are written out, never as anchors', () => {
    const spec = policies.hosting.toJSON();
    const text = exportPolicy(policies.hosting, 'yaml');
    expect(text).not.toMatch(/[&*]a\d/);
    delete spec.source;
    expect(charterQuotes(spec)).toEqual([]);
  });

  it('refuses a format it does not write', () => {
    expect(() => exportPolicy(policies.icg, 'xml' as 'yaml')).toThrow(/format: 'xml' is not a policy format/);
  });
});
