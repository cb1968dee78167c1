// The adapter to date-holidays: which countries exist, and each country's closed days for a
// year, computed once per (selection, year) and cached, since date-holidays is slow per query.
// Years baked at build time (./holiday-table) are read without loading date-holidays at all;
// any other country, type or year loads it on first need (../peers). Known data errors are
// corrected here, each with the law that says so, whichever source answered.

import type HolidaysClass from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { show } from '../errors';
import { dateHolidays } from '../peers';
import { bakedTable, bakedYear, type RawHoliday } from './holiday-table';
import { MS_PER_DAY, MS_PER_HOUR, parseLocalDate, parseWallTime, type LocalDate, type WallTime } from '../time/civil';

/** Which holidays of which country close the calendar. */
export interface CountrySelection {
  country: string;
  state?: string | undefined;
  region?: string | undefined;
  /** date-holidays types that close; default ['public']. */
  types?: string[] | undefined;
}

/** A year of a country's holidays: whole days, and partial days such as 'from 14:00'. */
export interface CountryClosures {
  days: LocalDate[];
  spans: { date: LocalDate; start: WallTime; end: WallTime; name: string }[];
  names: Map<LocalDate, string>;
}

/** Holidays date-holidays lists that the country's law does not; matched by rule. */
const CORRECTIONS: Record<string, { rule: string; why: string }[]> = {
  CO: [
    {
      rule: 'easter',
      why: 'Ley 51 de 1983 lists Jueves and Viernes Santo but not Domingo de Pascua, so Easter Sunday is not a holiday in Colombia',
    },
  ],
};

const instances = new Map<string, HolidaysClass>();
const years = new Map<string, CountryClosures>();

function keyOf(selection: CountrySelection): string {
  const types = (selection.types ?? ['public']).slice().sort().join(',');
  return `${selection.country}|${selection.state ?? ''}|${selection.region ?? ''}|${types}`;
}

function instanceFor(selection: CountrySelection): HolidaysClass {
  const key = keyOf(selection);
  let hd = instances.get(key);
  if (!hd) {
    const Holidays = dateHolidays(`holidays ${JSON.stringify(selection)}`);
    hd = new Holidays(selection.country, selection.state ?? '', selection.region ?? '', {
      types: (selection.types ?? ['public']) as HolidaysTypes.HolidayType[],
    });
    instances.set(key, hd);
  }
  return hd;
}

/** Why a selection is not known to date-holidays, or undefined when it is. */
export function checkSelection(selection: CountrySelection): string | undefined {
  if (isBaked(selection) && selection.region === undefined) return undefined;
  const Holidays = dateHolidays(`holidays ${JSON.stringify(selection)}`);
  const hd = new Holidays();
  const countries = hd.getCountries() ?? {};
  if (!Object.hasOwn(countries, selection.country))
    return `${show(selection.country)} is not a country date-holidays knows (expected an ISO 3166-1 code such as 'CO', 'US', 'DE')`;
  if (selection.state !== undefined) {
    const states = hd.getStates(selection.country) ?? {};
    if (!Object.hasOwn(states, selection.state))
      return `${show(selection.state)} is not a state of ${selection.country} (known: ${Object.keys(states).join(', ') || 'none'})`;
    if (selection.region !== undefined) {
      const regions = hd.getRegions(selection.country, selection.state) ?? {};
      if (!Object.hasOwn(regions, selection.region))
        return `${show(selection.region)} is not a region of ${selection.country}-${selection.state} (known: ${Object.keys(regions).join(', ') || 'none'})`;
    }
  } else if (selection.region !== undefined) {
    return `a region needs its state: add state to select region ${show(selection.region)}`;
  }
  return undefined;
}

/** The closed days and partial closures of a selection in a (local) year. */
export function countryClosures(selection: CountrySelection, year: number): CountryClosures {
  const key = `${keyOf(selection)}|${year}`;
  let closures = years.get(key);
  if (!closures) {
    closures = compute(selection, year);
    years.set(key, closures);
  }
  return closures;
}

/** True when the selection's public holidays are baked (some years; see rawHolidays). */
function isBaked(selection: CountrySelection): boolean {
  const types = selection.types ?? ['public'];
  return types.length === 1 && types[0] === 'public' && bakedTable(selection.country, selection.state) !== undefined;
}

/** date-holidays' list for a year: from the baked table when it has the year, else from date-holidays. */
function rawHolidays(selection: CountrySelection, year: number): RawHoliday[] {
  const baked =
    selection.region === undefined && isBaked(selection)
      ? bakedYear(selection.country, selection.state, year)
      : undefined;
  return baked ?? instanceFor(selection).getHolidays(year);
}

function compute(selection: CountrySelection, year: number): CountryClosures {
  const dropped = new Set(
    (Object.hasOwn(CORRECTIONS, selection.country) ? CORRECTIONS[selection.country]! : []).map((c) => c.rule),
  );
  const closures: CountryClosures = { days: [], spans: [], names: new Map() };
  for (const holiday of rawHolidays(selection, year)) {
    if (dropped.has(holiday.rule)) continue;
    const [dateText = '', timeText = '00:00:00'] = holiday.date.split(' ');
    const date = parseLocalDate(dateText);
    const start = parseWallTime(timeText);
    if (date === undefined || start === undefined) continue;
    const length = holiday.end.getTime() - holiday.start.getTime();
    // A whole-day holiday on a DST change day lasts 23 or 25 real hours: count local days.
    const days = Math.round(length / MS_PER_DAY);
    if (start === 0 && days >= 1 && Math.abs(length - days * MS_PER_DAY) <= 2 * MS_PER_HOUR) {
      for (let d = 0; d < days; d++) {
        closures.days.push(date + d);
        closures.names.set(date + d, holiday.name);
      }
    } else {
      closures.spans.push({ date, start, end: start + length, name: holiday.name });
    }
  }
  return closures;
}
