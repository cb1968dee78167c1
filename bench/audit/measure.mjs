// One measurement of the audit benchmark, in a fresh process so its peak RSS is its own.
// Prints one JSON line: { mode, rows, seconds, cpuSeconds, maxRssMB }.
//
// Usage: node bench/audit/measure.mjs <mode> <csv> [now] [workers]
//   bare      csv-parse reading the file, nothing else (the yardstick)
//   read      habil's readTickets: csv-parse plus column mapping, tickets out
//   evaluate  readTickets + evaluate() of every ticket, no report
//   one       audit(policies.icg, readTickets(csv)): one thread, end to end
//   fixed     like `one`, with ICG's zone given as the fixed offset UTC-05:00 (Bogotá has had no
//             DST since 1993, so every answer is the same): the share of time spent on zone lookups
//   workers   auditFile(csv, policies.icg, { workers }): read once, evaluated across worker threads
//   cli       node dist/cli.js audit <csv> --policy icg --format json --out /dev/null

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [mode, csv, now = '2025-01-01T00:00:00-05:00', workers = '2'] = process.argv.slice(2);
const dist = new URL('../../dist/', import.meta.url);
const wall = performance.now();
const cpu = process.cpuUsage();

function finish(rows) {
  const used = process.cpuUsage(cpu);
  const result = {
    mode,
    rows,
    seconds: (performance.now() - wall) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (mode === 'cli') {
  process.argv = [
    process.argv[0],
    'habil',
    'audit',
    csv,
    '--policy',
    'icg',
    '--now',
    now,
    '--format',
    'json',
    '--out',
    '/dev/null',
    '--workers',
    workers,
  ];
  process.stderr.write = () => true; // the CLI's one-line summary
  process.on('exit', () => finish(null));
  await import(new URL('cli.js', dist).href);
} else {
  const { policies, Policy, audit, evaluate } = await import(new URL('index.js', dist).href);
  const { readTickets, auditFile } = await import(new URL('node.js', dist).href);
  let rows = 0;
  if (mode === 'bare') {
    for await (const record of createReadStream(csv).pipe(
      parse({ delimiter: ';', bom: true, relax_column_count: true }),
    ))
      rows += record.length > 0 ? 1 : 0;
    rows -= 1; // the header
  } else if (mode === 'read') {
    for await (const record of readTickets(csv)) rows += record.line > 0 ? 1 : 0;
  } else if (mode === 'evaluate') {
    for await (const record of readTickets(csv)) {
      rows++;
      if (!('ticket' in record)) continue;
      try {
        evaluate(policies.icg, record.ticket, { now });
      } catch {
        // a rejected row: counted, not judged
      }
    }
  } else if (mode === 'one' || mode === 'fixed') {
    let policy = policies.icg;
    if (mode === 'fixed') {
      const spec = policy.toJSON();
      spec.calendars.business = { ...spec.calendars.business, zone: 'UTC-05:00' };
      policy = Policy.from(spec);
    }
    rows = (await audit(policy, readTickets(csv), { now })).rows;
  } else if (mode === 'workers') {
    rows = (await auditFile(csv, policies.icg, { now, workers: Number(workers) })).rows;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  finish(rows);
}
