// Holidays baked at build time (./holiday-data, by scripts/bake-holidays.mjs): date-holidays'
// own raw answers for Colombia's public holidays over two centuries, decoded into the shape
// date-holidays returns, so ./holidays applies the same corrections to either source and the
// calendar closes the same days with date-holidays never loaded.

import { HOLIDAY_DATA } from './holiday-data';

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

/** A year of a baked selection as date-holidays lists it, or undefined outside the baked years. */
export function bakedYear(country: string, state: string | undefined, year: number): RawHoliday[] | undefined {
  const table = bakedTable(country, state);
  if (!table || year < table.from || year > table.to) return undefined;
  const text = table.years[year] ?? '';
  if (text === '') return [];
  return text.split(' ').map((entry, place) => {
    const [monthDay = '', time = '', minutes = '', nameIndex = '', ruleIndex = ''] = entryFields(entry, place);
    const clock = time === '' ? '00:00:00' : `${time.slice(0, 2)}:${time.slice(2)}:00`;
    const length = (minutes === '' ? 1440 : Number(minutes)) * 60_000;
    return {
      date: `${String(year).padStart(4, '0')}-${monthDay.slice(0, 2)}-${monthDay.slice(2)} ${clock}`,
      start: new Date(0),
      end: new Date(length),
      name: table.names[Number(nameIndex)] ?? '',
      rule: table.rules[Number(ruleIndex)] ?? '',
    };
  });
}

/**
 * The fields of the entry at `place` in a year's list, [MMDD, HHMM, minutes, name, rule]:
 * 'MMDD.k' is a whole day named and ruled by index k, 'MMDD' alone one whose k is its place
 * (the short forms scripts/lib/holiday-table.mjs writes for most holidays).
 */
function entryFields(entry: string, place: number): string[] {
  const fields = entry.split('.');
  if (fields.length === 5) return fields;
  const index = fields.length === 2 ? fields[1]! : String(place);
  return [fields[0]!, '', '', index, index];
}
