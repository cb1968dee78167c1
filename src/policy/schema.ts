// The zod schemas of a policy spec: its structure (field names, types, unknown keys), with an
// error text per field that says what was expected. Two builds of one definition: the parse
// schema leaves calendar values to Calendar.from (which reports each problem with its own path,
// where a zod union could only say "invalid"), and the JSON Schema build embeds the real
// calendar schema so an editor can complete a whole policy file. Built with zod on first use
// (../validate lazySchema): built-in policies, already checked, never load zod.

import type { z } from 'zod';
import { calendarSchemas } from '../calendar/spec';
import { lazySchema } from '../validate';

/** The policy schemas and the JSON Schema builder, made with zod on first call. */
export const policySchemas = lazySchema((z) => {
  const text = (what: string) =>
    z.string({ error: `expected ${what}` }).min(1, { error: `expected ${what}, not an empty string` });
  const texts = (what: string) => z.array(text(what), { error: `expected a list of ${what}s` });

  const duration = z.union([z.string(), z.number(), z.strictObject({ days: z.number() })], {
    error: "expected an ISO 8601 duration such as 'PT4H', milliseconds, or business days ('P2D', { days: 2 })",
  });
  const bound = z.enum(['inclusive', 'strict'], {
    error: 'expected \'inclusive\' ("hasta 1 hora") or \'strict\' ("menos de 1 hora")',
  });
  const targetKind = z.enum(['response', 'update', 'resolution'], {
    error: "expected 'response', 'update' or 'resolution'",
  });
  const ticketType = z.enum(['incident', 'request'], { error: "expected 'incident' or 'request'" });
  const WARNING =
    "expected a warning level: a fraction of the target strictly between 0 and 1 such as 0.75, { before: 'PT1H' } or { after: 'PT2H' }";
  const offset = z.union([z.string(), z.number()], { error: "expected business time such as 'PT1H'" });
  const level = z.union(
    [
      z.number().gt(0, { error: WARNING }).lt(1, { error: WARNING }),
      z.strictObject({ before: offset }),
      z.strictObject({ after: offset }),
    ],
    {
      error: WARNING,
    },
  );
  const warnings = z.array(level, { error: "expected a list of warning levels such as [0.75, { before: 'PT1H' }]" });

  /**
   * One target. A single object (not a union of the duration and range forms) so that a typo gets
   * its own message; "duration xor min/max" is checked in ./check and stated to JSON Schema below.
   */
  const targetSchema = z.strictObject({
    duration: duration.optional(),
    min: duration.optional(),
    max: duration.optional(),
    clock: text('the name of a calendar of this policy'),
    bound: bound.optional(),
  });

  const targetsSchema = z.strictObject({
    response: targetSchema.optional(),
    update: targetSchema.optional(),
    resolution: targetSchema.optional(),
  });

  const prioritySchema = z.strictObject({
    id: text("a priority id such as 'urgent'"),
    label: text("the charter's name for the priority"),
    aliases: texts('alias').optional(),
    definition: z.string().optional(),
    examples: z.array(z.string()).optional(),
    targets: targetsSchema.optional(),
    requestTargets: targetsSchema.optional(),
  });

  const channelSchema = z.strictObject({
    id: text("a channel id such as 'email'"),
    label: text('a label for the channel'),
    calendar: text('the name of a calendar of this policy'),
    aliases: texts('alias').optional(),
    note: z.string().optional(),
  });

  // Currency codes and decimals are checked in ./billing (one message naming the field).
  const money = {
    amount: z.union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/)], {
      error: "expected an amount of 0 or more such as 120900 or '99.50'",
    }),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: "expected an ISO 4217 currency code such as 'COP'" }),
    note: z.string().optional(),
  };
  const priceSchema = z.strictObject({
    ...money,
    period: z.enum(['month', 'year', 'event'], { error: "expected 'month', 'year' or 'event'" }),
  });
  const billingSchema = z.strictObject({
    events: z.enum(['every-ticket', 'outside-coverage'], { error: "expected 'every-ticket' or 'outside-coverage'" }),
    on: z.enum(['served', 'reported'], { error: "expected 'served' or 'reported'" }).optional(),
    rate: z.strictObject(money).optional(),
  });

  const planSchema = z.strictObject({
    id: text("a plan id such as 'standard'"),
    label: z.string().optional(),
    description: z.string().optional(),
    business: text('the name of the calendar of the business hours'),
    coverage: text('the name of the calendar of the coverage').optional(),
    channels: z.array(channelSchema).optional(),
    price: priceSchema.optional(),
    billing: billingSchema.optional(),
    offHoursIntake: z
      .union([z.literal('all'), z.array(z.string())], {
        error: "expected 'all' or a list of priority ids such as ['urgent']",
      })
      .optional(),
    warnings: warnings.optional(),
    targetsApplyTo: z.array(ticketType).min(1, { error: 'expected at least one ticket type' }).optional(),
    priorities: z
      .array(prioritySchema, { error: 'expected a list of priorities' })
      .min(1, { error: 'a plan needs at least one priority' }),
  });

  const pauseSchema = z.strictObject({
    reason: text("a pause reason id such as 'manufacturer'"),
    label: z.string().optional(),
    aliases: texts('alias').optional(),
    stops: z.array(targetKind).optional(),
  });

  const statusSchema = z.strictObject({
    id: text("a status id such as 'pending'"),
    label: z.string().optional(),
    aliases: texts('alias').optional(),
    clock: z.enum(['run', 'pause', 'stop'], {
      error: "expected what the status does to the clocks: 'run', 'pause' or 'stop'",
    }),
    reason: text("a pause reason such as 'customer'").optional(),
  });

  const exclusionSchema = z.strictObject({
    id: text('an exclusion id'),
    text: text("the charter's words"),
    pause: text('a pause reason of this policy').optional(),
  });

  const sourceSchema = z.strictObject({
    file: text('the charter file name'),
    lines: z.array(z.string()),
    url: z.string().optional(),
  });

  function policySchema<C extends z.ZodType>(calendar: C) {
    return z.strictObject({
      id: text("a policy id such as 'icg'"),
      name: text('a policy name'),
      lang: z.enum(['es', 'en'], { error: "expected 'es' or 'en'" }),
      description: z.string().optional(),
      source: sourceSchema.optional(),
      calendars: z.record(z.string().min(1, { error: 'expected a calendar name, not an empty string' }), calendar, {
        error: "expected named calendars such as { business: { zone, hours, holidays }, '24/7': '24/7' }",
      }),
      warnings: warnings.optional(),
      pauses: z.array(pauseSchema).optional(),
      exclusions: z.array(exclusionSchema).optional(),
      statuses: z.array(statusSchema).optional(),
      reopen: z.enum(['restart', 'continue'], { error: "expected 'restart' or 'continue'" }).optional(),
      priorityChange: z.enum(['retroactive', 'restart'], { error: "expected 'retroactive' or 'restart'" }).optional(),
      plans: z
        .array(planSchema, { error: 'expected a list of plans' })
        .min(1, { error: 'a policy needs at least one plan' }),
    });
  }

  /** Structure only: each calendar value is checked by Calendar.from, with its own paths. */
  const policyParseSchema = policySchema(z.unknown());

  /**
   * The JSON Schema of a policy spec, for editors (draft 2020-12, input shapes). The calendar,
   * plan, priority and target schemas become named `$defs`; the recursive calendar schema (a lazy
   * zod schema) becomes a `$ref` to itself.
   *
   * @example
   * policyJsonSchema().$defs; //=> { CalendarSpec, PlanSpec, PrioritySpec, TargetSpec }
   */
  function policyJsonSchema(): Record<string, unknown> {
    const { calendarSpecSchema } = calendarSchemas();
    const schema = policySchema(z.union([z.literal('24/7'), calendarSpecSchema]));
    const registry = z.registry<Record<string, unknown>>();
    registry.add(schema, {
      title: 'habil policy',
      description: 'What a support provider promised: calendars, plans, priorities and targets.',
    });
    registry.add(calendarSpecSchema, {
      id: 'CalendarSpec',
      description: 'A business calendar: weekly hours in a zone, holidays, openings; or a combination.',
    });
    registry.add(planSchema, {
      id: 'PlanSpec',
      description: 'A plan (tier): business calendar, channels, intake rule and priorities.',
    });
    registry.add(prioritySchema, {
      id: 'PrioritySpec',
      description: "A priority: the charter's label, aliases, and targets.",
    });
    registry.add(targetSchema, {
      id: 'TargetSpec',
      description:
        "A target: { duration, clock, bound? } or a range { min, max, clock, bound? } ('3 a 5 horas': due at max).",
      oneOf: [
        { required: ['duration'], not: { anyOf: [{ required: ['min'] }, { required: ['max'] }] } },
        { required: ['min', 'max'], not: { required: ['duration'] } },
      ],
    });
    return z.toJSONSchema(schema, { metadata: registry, io: 'input', target: 'draft-2020-12' }) as Record<
      string,
      unknown
    >;
  }

  return { targetSchema, targetsSchema, prioritySchema, planSchema, policyParseSchema, policyJsonSchema };
});

/** The structure as parsed, before ./check has confirmed references and target forms. */
export type ParsedPolicy = z.infer<ReturnType<typeof policySchemas>['policyParseSchema']>;
