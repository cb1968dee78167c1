// One measurement of the histories benchmark, in a fresh process so its peak RSS is its own:
// auditFile over the tickets with the event log joined (worker threads included: they are
// threads of this process). Prints one JSON line: { rows, evaluated, errors, seconds, cpuSeconds, maxRssMB }.
//
// Usage: node bench/histories/measure.mjs <tickets.csv> <events.csv> <workers>

const [tickets, events, workers = '2'] = process.argv.slice(2);
const { policies } = await import(new URL('../../dist/index.js', import.meta.url));
const { auditFile } = await import(new URL('../../dist/node.js', import.meta.url));
const wall = performance.now();
const cpu = process.cpuUsage();
const report = await auditFile(tickets, policies.icg, {
  now: '2025-06-30T23:59:00-05:00',
  events,
  workers: Number(workers),
});
const used = process.cpuUsage(cpu);
const { rows, evaluated, errors } = report;
const seconds = (performance.now() - wall) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({ rows, evaluated, errors, seconds, cpuSeconds: (used.user + used.system) / 1e6, maxRssMB }),
);
