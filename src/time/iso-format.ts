// Writing instants as `Date.prototype.toISOString` writes them ('2024-03-04T14:30:00.000Z'), at
// the rate the warehouse paths need: `habil udf` and the UDF bundles' `fields` write two or three
// per row. A row's instants fall on few days and on whole minutes, so the day's text is cached
// (a direct-mapped table by day number) and the minute's is looked up; only the seconds vary.

import { dateParts, MS_PER_DAY } from './civil';

const MIN_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const SLOTS = 1024;
const slotDay = new Float64Array(SLOTS).fill(Number.NaN);
const slotText: string[] = new Array<string>(SLOTS).fill('');
/** 'HH:MM:' by minute of the day, written on first use. */
const minuteText: string[] = [];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * An instant as `Date.prototype.toISOString` writes it, several times faster for whole
 * milliseconds in the years 0000-9999; anything else gets toISOString's own answer (or error).
 *
 * @example
 * formatUtcInstant(Date.UTC(2024, 2, 4, 14, 30)); //=> '2024-03-04T14:30:00.000Z'
 */
export function formatUtcInstant(ms: number): string {
  if (!(Number.isInteger(ms) && ms >= MIN_MS && ms <= MAX_MS)) return new Date(ms).toISOString();
  const days = Math.floor(ms / MS_PER_DAY);
  const slot = days & (SLOTS - 1);
  if (slotDay[slot] !== days) {
    slotDay[slot] = days;
    slotText[slot] = dayText(days);
  }
  const time = ms - days * MS_PER_DAY;
  const minute = Math.floor(time / 60_000);
  const rest = time - minute * 60_000;
  let clock = minuteText[minute];
  if (clock === undefined) {
    clock = `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:`;
    minuteText[minute] = clock;
  }
  return slotText[slot]! + clock + (rest === 0 ? '00.000Z' : secondsText(rest));
}

/** 'YYYY-MM-DDT' of a day number in the years 0000-9999. */
function dayText(days: number): string {
  const { year, month, day } = dateParts(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T`;
}

/** 'SS.mmmZ' of the milliseconds into a minute. */
function secondsText(ms: number): string {
  const milli = ms % 1000;
  return `${pad2((ms - milli) / 1000)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
