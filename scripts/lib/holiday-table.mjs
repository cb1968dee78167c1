// Precomputed holiday years: date-holidays run at build time, its answers for chosen countries
// and years written into a small module that stands in for date-holidays in
// dist/habil.udf.lite.js. habil's own adapter (src/calendar/holidays.ts) still applies its
// corrections on top, so the lite bundle closes exactly the days the full one does, within the
// baked years, and says so clearly outside them.
//
// A selection is 'CO' or 'DE-BY' (country and state) with a year range: 'CO:2000-2040'.

import Holidays from 'date-holidays';

// The core bakes Colombia (scripts/bake-holidays.mjs): the lite bundle needs no other country
// by default.
export const DEFAULT_SELECTIONS = '';

/** 'CO:2000-2040,DE-BY:2020-2030' → [{ country: 'CO', state: '', from: 2000, to: 2040 }, ...]. */
export function parseSelections(text) {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^([A-Z]{2})(?:-([A-Za-z0-9]+))?:(\d{4})-(\d{4})$/.exec(part);
      if (!match)
        throw new Error(`'${part}' is not a holiday selection: expected e.g. 'CO:2000-2040' or 'DE-BY:2020-2030'`);
      const [, country, state = '', from, to] = match;
      if (Number(to) < Number(from)) throw new Error(`'${part}': the years run backwards`);
      const known = new Holidays().getCountries() ?? {};
      if (!(country in known)) throw new Error(`'${part}': date-holidays does not know country ${country}`);
      if (state && !(state in (new Holidays().getStates(country) ?? {})))
        throw new Error(`'${part}': ${country} has no state ${state}`);
      return { country, state, from: Number(from), to: Number(to) };
    });
}

/** The raw public holidays of one selection and year, as date-holidays lists them. */
function rawYear({ country, state }, year) {
  return new Holidays(country, state, '', { types: ['public'] }).getHolidays(year);
}

/**
 * One selection's raw public holidays for its years, compact: each year a space-separated list
 * of 'MMDD.HHMM.minutes.name.rule' (time empty for midnight, minutes empty for a whole day,
 * name and rule as indexes into `names` and `rules`). A whole day whose name and rule share an
 * index is written 'MMDD.k', or only 'MMDD' when k is its place in the year's list: most
 * holidays, so the lite bundle's table is less than half as long (see entryFields). Read
 * back by the lite UDF's stand-in below, and turned into columns by scripts/bake-holidays.mjs for
 * src/calendar/holiday-table.ts.
 */
export function bakeSelection(selection, only) {
  const names = [];
  const rules = [];
  const index = (list, value) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const years = {};
  const wanted = only ?? Array.from({ length: selection.to - selection.from + 1 }, (_, i) => selection.from + i);
  for (const year of wanted) {
    years[year] = rawYear(selection, year)
      .map((h, place) => {
        const [date, time = '00:00:00'] = h.date.split(' ');
        const minutes = Math.round((h.end.getTime() - h.start.getTime()) / 60_000);
        const compactTime = time === '00:00:00' ? '' : time.slice(0, 5).replace(':', '');
        return entryText(
          [
            date.slice(5).replace('-', ''),
            compactTime,
            minutes === 1440 ? '' : String(minutes),
            String(index(names, h.name)),
            String(index(rules, h.rule)),
          ],
          place,
        );
      })
      .join(' ');
  }
  return { from: selection.from, to: selection.to, names, rules, years };
}

/** An entry's text from its five fields, short when it can be (see bakeSelection). */
function entryText([day, time, minutes, name, rule], place) {
  if (time !== '' || minutes !== '' || name !== rule) return [day, time, minutes, name, rule].join('.');
  return Number(name) === place ? day : `${day}.${name}`;
}

/** The five fields of the entry at `place` in its year's list: [MMDD, HHMM, minutes, name, rule]. */
export function entryFields(entry, place) {
  const fields = entry.split('.');
  if (fields.length === 5) return fields;
  const index = fields.length === 2 ? fields[1] : String(place);
  return [fields[0], '', '', index, index];
}

/**
 * The source of a module that answers what src/calendar/holidays.ts asks of date-holidays.
 * `builtIn`: the ranges the core itself bakes (scripts/bake-holidays.mjs). A calendar year
 * needs its neighbours' last and first days, so for each of them this table adds the year
 * before and the year after: the lite bundle then judges tickets of every year the core bakes,
 * both ends included. `from`-`to` of each entry is what its messages promise.
 */
export function holidayTableSource(selections, builtIn = []) {
  const baked = {};
  for (const selection of builtIn)
    baked[`${selection.country}|${selection.state}`] = bakeSelection(selection, [selection.from - 1, selection.to + 1]);
  for (const selection of selections) {
    const key = `${selection.country}|${selection.state}`;
    const table = bakeSelection(selection);
    const core = baked[key];
    baked[key] = core ? mergeTables(core, table) : table;
  }
  return `// Generated by scripts/lib/holiday-table.mjs: public holidays precomputed with date-holidays.
const BAKED = ${JSON.stringify(baked)};
${entryFields.toString()}
const HOW = 'rebuild it with HABIL_UDF_HOLIDAYS=ES-MD:2020-2030, use habil.udf.js, or list the dates in the calendar (scripts/holiday-years.mjs)';
// Every country and state passes the question 'do you know it?' (\`in\` or Object.hasOwn): the
// answer that matters, which holidays this script has, comes from getHolidays (and costs no
// list of every country).
const ANY = new Proxy({}, { has: () => true, getOwnPropertyDescriptor: () => ({ value: true, configurable: true, enumerable: true, writable: true }) });

export default class Holidays {
  constructor(country, state, region, opts) {
    this.selection = { country, state: state || '', region: region || '', types: (opts && opts.types) || ['public'] };
  }
  getCountries() {
    return ANY;
  }
  getStates() {
    return ANY;
  }
  getRegions() {
    return undefined;
  }
  getHolidays(year) {
    const { country, state, region, types } = this.selection;
    const name = state ? country + '-' + state : country;
    const table = BAKED[country + '|' + state];
    if (region) throw new Error('habil.udf.lite.js has no holidays for regions (' + name + '-' + region + '): ' + HOW);
    if (types.length !== 1 || types[0] !== 'public') throw new Error('habil.udf.lite.js has public holidays only, not ' + types.join(', ') + ': ' + HOW);
    if (!table) throw new Error('habil.udf.lite.js has no holidays for ' + name + ' (it has ' + Object.keys(BAKED).map((k) => k.replace('|', '-').replace(/-$/, '')).join(', ') + '): ' + HOW);
    const text = table.years[year];
    if (text === undefined) throw new Error('habil.udf.lite.js has ' + name + ' holidays for ' + table.from + '-' + table.to + ' only, not ' + year + ': ' + HOW);
    if (!text) return [];
    return text.split(' ').map((entry, place) => {
      const [monthDay, time, minutes, nameIndex, ruleIndex] = entryFields(entry, place);
      const clock = time ? time.slice(0, 2) + ':' + time.slice(2) + ':00' : '00:00:00';
      const length = (minutes ? Number(minutes) : 1440) * 60000;
      return {
        date: year + '-' + monthDay.slice(0, 2) + '-' + monthDay.slice(2) + ' ' + clock,
        start: new Date(0),
        end: new Date(length),
        name: table.names[Number(nameIndex)],
        rule: table.rules[Number(ruleIndex)],
        type: 'public',
      };
    });
  }
}
`;
}

/** Two tables of one selection as one: their years, names and rules, and the wider range. */
function mergeTables(a, b) {
  const names = [...a.names];
  const rules = [...a.rules];
  const reindex = (list, value) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const years = { ...a.years };
  for (const [year, text] of Object.entries(b.years)) {
    years[year] = text
      .split(' ')
      .filter(Boolean)
      .map((entry, place) => {
        const [day, time, minutes, name, rule] = entryFields(entry, place);
        return entryText(
          [
            day,
            time,
            minutes,
            String(reindex(names, b.names[Number(name)])),
            String(reindex(rules, b.rules[Number(rule)])),
          ],
          place,
        );
      })
      .join(' ');
  }
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to), names, rules, years };
}
