// ICG's hours for the sample generators (Mon–Fri 07:00–12:30, 13:30–17:30, the 2024 Colombian
// public holidays closed), simulated without habil's own arithmetic so that the audit checks
// data it did not make. Bogotá has no DST, so local times are UTC-based Dates of the wall time.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 86_400_000;

const HOLIDAYS = new Set([
  '2024-01-01',
  '2024-01-08',
  '2024-03-25',
  '2024-03-28',
  '2024-03-29',
  '2024-05-01',
  '2024-05-13',
  '2024-06-03',
  '2024-06-10',
  '2024-07-01',
  '2024-07-20',
  '2024-08-07',
  '2024-08-19',
  '2024-10-14',
  '2024-11-04',
  '2024-11-11',
  '2024-12-08',
  '2024-12-25',
]);
const WINDOWS = [
  [7 * 60, 12 * 60 + 30],
  [13 * 60 + 30, 17 * 60 + 30],
];

const dayKey = (t) => new Date(t).toISOString().slice(0, 10);
export const isWorkday = (t) => {
  const wd = new Date(t).getUTCDay();
  return wd >= 1 && wd <= 5 && !HOLIDAYS.has(dayKey(t));
};
export const minuteOfDay = (t) => Math.floor((t % DAY) / MINUTE);
export const isOpen = (t) => isWorkday(t) && WINDOWS.some(([s, e]) => minuteOfDay(t) >= s && minuteOfDay(t) < e);

/** `minutes` of open time after `t` (the business clock a target runs on). */
export function addBusiness(t, minutes) {
  let left = minutes;
  let at = t;
  while (left > 0) {
    const day = at - (at % DAY);
    if (isWorkday(at)) {
      for (const [s, e] of WINDOWS) {
        const start = Math.max(at, day + s * MINUTE);
        const end = day + e * MINUTE;
        if (start >= end) continue;
        const take = Math.min(left, (end - start) / MINUTE);
        left -= take;
        at = start + take * MINUTE;
        if (left === 0) return at;
      }
    }
    at = day + DAY;
  }
  return at;
}

/** The wall time as an export writes it: 'YYYY-MM-DD HH:mm'. */
export const local = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
