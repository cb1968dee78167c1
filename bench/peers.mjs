// bench/peers.mjs — every library under test behind one interface:
//
//   { name, add(startMs, hours) -> epoch ms, between(aMs, bMs) -> business ms (negative if b < a) }
//
// All of them are configured with the same ICG calendar from ./workload.mjs: Mon–Fri 07:00–12:30
// and 13:30–17:30, America/Bogota, the same list of Colombian public holiday dates.
//
// * habil — `Calendar.from(ICG_SPEC)` from ../dist/index.js (build first: `npm run build`;
//   HABIL_DIST=path benchmarks another build).
//   add = `cal.add(ms, hours * 3_600_000).getTime()`, between = `cal.between(a, b)`.
// * moment-business-time@2 — configured through moment's locale (`workinghours`, `holidays`), as
//   its README says; instants are `moment.tz(ms, 'America/Bogota')` from moment-timezone (same
//   moment instance: there is one `moment` in node_modules). add = `addWorkingTime(h, 'hours')`,
//   between = `moment.tz(b).workingDiff(moment.tz(a), 'milliseconds')` (its sign convention is
//   moment#diff's: b.workingDiff(a) = b − a).
// * dayjs-business-time@1.0.4 — `dayjs.setBusinessTime` / `dayjs.setHolidays`. Instants are fed
//   at a fixed offset of −05:00 with dayjs's utc plugin (`dayjs(ms).utcOffset(-300)`): Bogota has
//   had no DST since 1993, so this is exactly Bogota wall time, and it is what the timezone plugin
//   does too (`.tz()` resolves an offset once and then calls utcOffset; it never re-resolves after
//   arithmetic). dayjs's fixed-offset mode keeps wall fields in a *local* Date, so a process zone
//   with DST (TZ=America/New_York) would corrupt it near that zone's transitions; this module
//   therefore pins the process zone to UTC before anything computes a date. habil and
//   moment-timezone do not depend on the process zone. add = `addBusinessHours(h)`, between =
//   `a.businessMinutesDiff(b) * 60_000` (the plugin only counts whole minutes; all workload
//   instants are whole minutes).
// * naive loop — what users hand-roll today: walk minute by minute from the start, asking a direct
//   `isOpen(t)` of each minute on Bogota wall time (UTC−5 fixed): weekday, minute of day inside a
//   window, date not in a Set of holiday day numbers. Integer arithmetic, no allocation — the
//   fastest honest version of the loop, not a strawman. Exact for whole-minute inputs, and it
//   follows habil's semantics (half-open windows, earliest instant), so it doubles as a reference.

process.env.TZ = 'UTC'; // see the dayjs note above; Node re-reads TZ when it is assigned.

import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ICG_SPEC, HOLIDAYS, ZONE, WINDOWS_MIN, BOGOTA_OFFSET_MIN, MINUTE, HOUR, DAY } from './workload.mjs';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- habil
export async function habilPeer() {
  // HABIL_DIST=/path/to/index.js benchmarks another build (e.g. a branch's dist) instead.
  const url = process.env.HABIL_DIST
    ? pathToFileURL(resolve(process.env.HABIL_DIST)).href
    : new URL('../dist/index.js', import.meta.url).href;
  const { Calendar } = await import(url);
  const cal = Calendar.from(ICG_SPEC);
  return {
    name: 'habil',
    cal,
    add: (startMs, hours) => cal.add(startMs, hours * HOUR).getTime(),
    between: (aMs, bMs) => cal.between(aMs, bMs),
  };
}

// ---------------------------------------------------------------- moment-business-time
export function momentPeer() {
  const moment = require('moment-business-time'); // patches and returns the shared `moment`
  require('moment-timezone'); // adds moment.tz to the same instance
  if (typeof moment.tz !== 'function') throw new Error('moment-timezone did not attach to moment');
  const day = ['07:00:00', '12:30:00', '13:30:00', '17:30:00'];
  moment.updateLocale(moment.locale(), {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays: HOLIDAYS,
  });
  return {
    name: 'moment-business-time',
    add: (startMs, hours) => moment.tz(startMs, ZONE).addWorkingTime(hours, 'hours').valueOf(),
    between: (aMs, bMs) => moment.tz(bMs, ZONE).workingDiff(moment.tz(aMs, ZONE), 'milliseconds'),
  };
}

// ---------------------------------------------------------------- dayjs-business-time
export function dayjsPeer() {
  const dayjs = require('dayjs');
  dayjs.extend(require('dayjs/plugin/utc'));
  dayjs.extend(require('dayjs-business-time'));
  const day = [
    { start: '07:00:00', end: '12:30:00' },
    { start: '13:30:00', end: '17:30:00' },
  ];
  dayjs.setBusinessTime({
    sunday: null,
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: null,
  });
  dayjs.setHolidays(HOLIDAYS);
  const at = (ms) => dayjs(ms).utcOffset(BOGOTA_OFFSET_MIN);
  return {
    name: 'dayjs-business-time',
    add: (startMs, hours) => at(startMs).addBusinessHours(hours).valueOf(),
    between: (aMs, bMs) => at(aMs).businessMinutesDiff(at(bMs)) * MINUTE,
  };
}

// ---------------------------------------------------------------- naive minute loop
export function naivePeer() {
  const OFFSET = BOGOTA_OFFSET_MIN * MINUTE;
  const holidayDays = new Set(HOLIDAYS.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));
  const [[s1, e1], [s2, e2]] = WINDOWS_MIN;

  /** Is the minute starting at `ms` open? Bogota wall time = UTC−5, no DST. */
  function isOpen(ms) {
    const wall = ms + OFFSET;
    const day = Math.floor(wall / DAY); // days since 1970-01-01 (a Thursday)
    const dow = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
    if (dow === 0 || dow === 6) return false;
    const m = (wall - day * DAY) / MINUTE; // minute of the day
    if (!((m >= s1 && m < e1) || (m >= s2 && m < e2))) return false;
    return !holidayDays.has(day);
  }

  function add(startMs, hours) {
    let need = Math.round(hours * 60);
    let t = startMs;
    while (need > 0) {
      if (isOpen(t)) need--;
      t += MINUTE;
    }
    return t; // end of the last open minute counted: the earliest t with between(start, t) = d
  }

  function between(aMs, bMs) {
    if (bMs < aMs) return -between(bMs, aMs);
    let n = 0;
    for (let t = aMs; t < bMs; t += MINUTE) if (isOpen(t)) n++;
    return n * MINUTE;
  }

  return { name: 'naive minute loop', add, between, isOpen };
}

/** The three peers, in table order. */
export function peers() {
  return [momentPeer(), dayjsPeer(), naivePeer()];
}
