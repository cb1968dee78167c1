// Holidays baked at build time (./holiday-data, by scripts/bake-holidays.mjs): date-holidays'
// own raw answers for Colombia's public holidays over two centuries, decoded into the shape
// date-holidays returns, so ./holidays applies the same corrections to either source and the
// calendar closes the same days with date-holidays never loaded.

import { HOLIDAY_DATA } from './holiday-data';
import { daysFromCivil, formatLocalDate, type LocalDate } from '../time/civil';

/** The fields of a date-holidays holiday that ./holidays reads. */
export interface RawHoliday {
  /** 'YYYY-MM-DD HH:mm:ss', local to the country. */
  date: string;
  start: Date;
  end: Date;
  name: string;
  rule: string;
}

/** Which baked selection answers `country`/`state` public holidays, or undefined. */
export function bakedTable(country: string, state: string | undefined): (typeof HOLIDAY_DATA)[string] | undefined {
  return HOLIDAY_DATA[`${country}|${state ?? ''}`];
}

/**
 * A year of a baked selection as date-holidays lists it, or undefined outside the baked years:
 * each column's day of that year, in date order (a stable sort keeps the columns' order, which
 * is date-holidays' own, for holidays on one date).
 */
export function bakedYear(country: string, state: string | undefined, year: number): RawHoliday[] | undefined {
  const table = bakedTable(country, state);
  if (!table || year < table.from || year > table.to) return undefined;
  const at = (year - table.from) * 2;
  const january1 = daysFromCivil(year, 1, 1);
  const found: { date: LocalDate; time: string; minutes: string; name: string; rule: string }[] = [];
  for (const [name, rule, time, minutes, days] of table.columns) {
    const code = days.slice(at, at + 2);
    if (code !== '--') found.push({ date: january1 + Number.parseInt(code, 36), time, minutes, name, rule });
  }
  found.sort((a, b) => a.date - b.date || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return found.map(({ date, time, minutes, name, rule }) => ({
    date: `${formatLocalDate(date)} ${time === '' ? '00:00:00' : `${time.slice(0, 2)}:${time.slice(2)}:00`}`,
    start: new Date(0),
    end: new Date((minutes === '' ? 1440 : Number(minutes)) * 60_000),
    name,
    rule,
  }));
}
