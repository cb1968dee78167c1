#!/usr/bin/env node
// Prints a country's holidays for a span of years as explicit dates, ready to paste into a
// calendar's `holidays` in place of `{ country }`: for dist/habil.udf.lite.js and any place
// where date-holidays (and its ~1.4 MiB of dependencies) should not ship.
//
//   node scripts/holiday-years.mjs CO 2020 2030
//   node scripts/holiday-years.mjs DE 2024 2026 --state BY --types public,bank
//   node scripts/holiday-years.mjs CO 2024 2024 --format lines
//
// The dates are habil's, not date-holidays' raw list: a holiday habil corrects away (Easter
// Sunday in Colombia) is left out, by asking habil itself whether the day closes. Whole days
// print as { date, name }; partial days (Germany's 'from 14:00') as { date, hours, name }.
// Needs the built package (npm run build).

import { pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { Calendar } from 'habil';

const USAGE =
  'usage: node scripts/holiday-years.mjs COUNTRY FROM_YEAR TO_YEAR [--state S] [--region R] [--types public,bank,...] [--format json|lines]';

function parseArgs(argv) {
  const positional = [];
  const options = { format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg.startsWith('--')) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else positional.push(arg);
  }
  const [country, from, to] = positional;
  if (!country || !/^\d{4}$/.test(from ?? '') || !/^\d{4}$/.test(to ?? '')) throw new Error(USAGE);
  if (Number(to) < Number(from)) throw new Error(`${from} to ${to} runs backwards`);
  if (!['json', 'lines'].includes(options.format))
    throw new Error(`--format ${options.format}: expected json or lines`);
  return { country: country.toUpperCase(), from: Number(from), to: Number(to), ...options };
}

const pad = (n) => String(n).padStart(2, '0');
const clock = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The holidays habil closes for a selection, year by year, as calendar holiday specs. */
export function holidayYears({ country, state, region, types, from, to }) {
  const selection = {
    country,
    ...(state ? { state } : {}),
    ...(region ? { region } : {}),
    ...(types ? { types: types.split(',') } : {}),
  };
  // habil validates the selection (unknown country, state...) with its own messages, and is
  // the judge of which listed days close: a 24/7 calendar in UTC maps dates one to one.
  const calendar = Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [selection] });
  const hd = new Holidays(country, state ?? '', region ?? '', { types: selection.types ?? ['public'] });
  const entries = [];
  for (let year = from; year <= to; year++) {
    for (const holiday of hd.getHolidays(year)) {
      const [date, time = '00:00:00'] = holiday.date.split(' ');
      const length = holiday.end.getTime() - holiday.start.getTime();
      const startMinutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
      if (calendar.isOpen(`${date}T${time.slice(0, 5)}:00Z`)) continue; // habil corrects it away
      if (startMinutes === 0 && length % 86_400_000 === 0) {
        for (let d = 0; d < length / 86_400_000; d++) {
          const day = new Date(Date.parse(`${date}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
          entries.push({ date: day, name: holiday.name });
        }
      } else {
        const endMinutes = Math.min(startMinutes + Math.round(length / 60_000), 24 * 60);
        entries.push({ date, hours: [`${clock(startMinutes)}-${clock(endMinutes)}`], name: holiday.name });
      }
    }
  }
  // One entry per date and span: date-holidays may list two names for one day.
  const seen = new Set();
  return entries
    .filter((entry) => {
      const key = `${entry.date}|${entry.hours ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const entries = holidayYears(args);
  if (args.format === 'lines') {
    for (const e of entries) console.log(`${e.date}${e.hours ? ` ${e.hours.join(',')}` : ''}  ${e.name}`);
  } else {
    console.log(`[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(error.message ?? error);
    process.exit(1);
  }
}
