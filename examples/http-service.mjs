// A small HTTP service in front of habil: when is this ticket due?
//
//   GET /due?policy=icg&priority=urgent&at=2024-03-01T16:00
//   GET /due?policy=hosting&plan=level-2&priority=medium&at=2024-01-05T17:30&now=2024-01-08T09:00
//
// `at` is when the ticket was reported (without an offset: wall time in the provider's zone),
// `now` when to judge it (default: `at`). Answers JSON: intake, and per target its clock, due
// instant (UTC and provider time) and status; a bad query answers 400 with habil's message.
//
// Run:  npm run build && node examples/http-service.mjs            (PORT=3000 by default)
//       node examples/http-service.mjs --self-test   (ephemeral port on 127.0.0.1, one request
//                                                     to itself, prints the answer, exits)
import { createServer } from 'node:http';
import { HabilError, evaluate, policies } from 'habil';

const BUILT_IN = new Set(['icg', 'websaas', 'hosting']);

/** The answer to one query, as [HTTP status, JSON body]. */
function due(query) {
  const policyId = query.get('policy') ?? 'icg';
  if (!BUILT_IN.has(policyId))
    return [400, { error: { message: `policy must be one of ${[...BUILT_IN].join(', ')}` } }];
  const priority = query.get('priority');
  const at = query.get('at');
  if (!priority || !at)
    return [
      400,
      { error: { message: 'priority and at are required: /due?policy=icg&priority=urgent&at=2024-03-01T16:00' } },
    ];
  const policy = policies[policyId];
  const ticket = { priority, reportedAt: at, ...(query.get('plan') ? { plan: query.get('plan') } : {}) };
  try {
    const sla = evaluate(policy, ticket, { now: query.get('now') ?? at });
    const zone = policy.calendar('business').toJSON().zone;
    const local = (date) => date.toLocaleString('sv-SE', { timeZone: zone }).slice(0, 16);
    const target = (result) =>
      result && {
        clock: result.clock,
        hours: result.target / 3_600_000,
        due: result.due.toISOString(),
        dueLocal: local(result.due),
        status: result.status,
      };
    return [
      200,
      {
        policy: sla.policy,
        plan: sla.plan,
        priority: sla.priority,
        zone,
        intake: sla.intake.status,
        clockStartsAt: sla.intake.clockStartsAt.toISOString(),
        response: target(sla.targets.response) ?? null,
        resolution: target(sla.targets.resolution) ?? null,
      },
    ];
  } catch (error) {
    if (error instanceof HabilError) return [400, { error: { code: error.code, message: error.message } }];
    throw error;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let [status, body] = [
    404,
    { error: { message: 'not found: try GET /due?policy=icg&priority=urgent&at=2024-03-01T16:00' } },
  ];
  if (url.pathname === '/due')
    [status, body] = req.method === 'GET' ? due(url.searchParams) : [405, { error: { message: 'use GET' } }];
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(`${JSON.stringify(body, null, 2)}\n`);
});

if (process.argv.includes('--self-test')) {
  server.listen(0, '127.0.0.1', async () => {
    const { port } = server.address();
    const path = '/due?policy=icg&priority=urgent&at=2024-03-01T16:00';
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      console.log(`GET ${path} → ${response.status}`);
      console.log(await response.text());
      process.exitCode = response.ok ? 0 : 1;
    } finally {
      server.close();
    }
  });
} else {
  const port = Number(process.env.PORT ?? 3000);
  server.listen(port, process.env.HOST ?? '127.0.0.1', () =>
    console.log(`habil: http://127.0.0.1:${port}/due?policy=icg&priority=urgent&at=2024-03-01T16:00`),
  );
}
