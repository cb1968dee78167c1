// bench/workload.mjs — the fixed, seeded workload every library in the benchmark runs.
//
// * The ICG calendar (charter 000_…): Mon–Fri 07:00–12:30 and 13:30–17:30, America/Bogota,
//   Colombian public holidays closed. Exported three ways: as a habil CalendarSpec (ICG_SPEC),
//   as minute-of-day windows for hand-written code (WINDOWS_MIN), and as a list of holiday dates
//   (HOLIDAYS) computed once with date-holidays for every year the workload can touch.
// * Holidays: date-holidays `new Holidays('CO')`, type 'public', minus Easter Sunday (rule
//   'easter'), which date-holidays lists as a public holiday but is not a legal holiday in
//   Colombia. It falls on a Sunday, so it never changes the ICG calendar anyway; dropping it keeps
//   the peer configuration a literal copy of the legal list.
// * Instants: 200 start instants, epoch ms, drawn from a seeded PRNG (mulberry32, seed 20240601)
//   uniformly over 2024-01-01..2025-12-31 (Bogota wall time) at whole minutes, so both open and
//   closed times occur (about 28 % of the week is open). Every 10th instant is instead snapped to a
//   window boundary (07:00, 12:30, 13:30 or 17:30 on a random weekday): that is where half-open vs
//   inclusive window ends matter, and deadlines computed from earlier deadlines land there.
// * Pairs for `between`: (a, a + 91 days ± up to 12 h) for "three months apart", and
//   (a, a + 1 day) / (a, a + 365 days) for the "year costs at most 3× a day" goal.
// * A second-precision copy of the starts and 3-month pairs (INSTANTS_S, PAIRS_3M_S: each instant
//   moved by a seeded 1–59.999 s) for an untimed correctness probe: real ticket times have seconds.
//
// Everything here is deterministic: the same run prints the same disagreement counts.

import Holidays from 'date-holidays';
import { mulberry32 } from '../scripts/lib/prng.mjs';

export const ZONE = 'America/Bogota';
/** Bogota has had no DST since 1993: UTC-5 all year. Used only by the naive loop and dayjs. */
export const BOGOTA_OFFSET_MIN = -300;

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const ICG_DAY = ['07:00-12:30', '13:30-17:30'];
/** habil CalendarSpec for the ICG business calendar. */
export const ICG_SPEC = {
  zone: ZONE,
  hours: { mon: ICG_DAY, tue: ICG_DAY, wed: ICG_DAY, thu: ICG_DAY, fri: ICG_DAY },
  holidays: [{ country: 'CO' }],
};
/** The same windows as [startMinute, endMinute) of local wall time, Mon–Fri. */
export const WINDOWS_MIN = [
  [7 * 60, 12 * 60 + 30],
  [13 * 60 + 30, 17 * 60 + 30],
];
/** Open business time in a plain ICG week: 5 × 9.5 h. */
export const WEEK_OPEN_MS = 5 * 9.5 * HOUR;

/** Years the workload can reach: starts in 2024–2025, 2,000 bh ≈ 10 months later, +1 year pairs. */
export const YEARS = [2023, 2024, 2025, 2026, 2027];

/** Colombian public holidays, 'YYYY-MM-DD', sorted, Easter Sunday dropped. */
export const HOLIDAYS = (() => {
  const hd = new Holidays('CO');
  const out = new Set();
  for (const y of YEARS) {
    for (const h of hd.getHolidays(y)) {
      if (h.type !== 'public') continue;
      if (h.rule === 'easter') continue; // Easter Sunday: not a Colombian public holiday
      out.add(h.date.slice(0, 10));
    }
  }
  return [...out].sort();
})();

export { mulberry32 };

/** Epoch ms of a Bogota wall time (fixed UTC-5). month is 1-based. */
export function bogota(y, mo, d, h = 0, mi = 0) {
  return Date.UTC(y, mo - 1, d, h, mi) - BOGOTA_OFFSET_MIN * MINUTE;
}

/** Bogota wall time of an instant, 'YYYY-MM-DD HH:mm (ddd)', for printing. */
export function fmt(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  const w = new Date(ms + BOGOTA_OFFSET_MIN * MINUTE);
  const iso = w.toISOString();
  const dow = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][w.getUTCDay()];
  const s = w.getUTCSeconds() || w.getUTCMilliseconds() ? iso.slice(11, 23) : iso.slice(11, 16);
  return `${iso.slice(0, 10)} ${s} ${dow}`;
}

/** Business duration as 'Xh YYm' (signed). */
export function fmtDur(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  const m = Math.abs(ms) / MINUTE;
  const h = Math.floor(m / 60);
  const r = m - h * 60;
  return `${sign}${h}h${String(Number.isInteger(r) ? r : r.toFixed(3)).padStart(2, '0')}m`;
}

export const N_INSTANTS = 200;
const SEED = 20240601;

function buildInstants() {
  const rnd = mulberry32(SEED);
  const from = bogota(2024, 1, 1);
  const to = bogota(2026, 1, 1);
  const spanMin = (to - from) / MINUTE;
  const boundaries = [
    [7, 0],
    [12, 30],
    [13, 30],
    [17, 30],
  ];
  const out = [];
  for (let i = 0; i < N_INSTANTS; i++) {
    let t = from + Math.floor(rnd() * spanMin) * MINUTE;
    if (i % 10 === 9) {
      // snap to a window boundary on a weekday (may be a holiday: that is fine)
      const w = new Date(t + BOGOTA_OFFSET_MIN * MINUTE);
      let day = Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
      while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY;
      const [h, m] = boundaries[Math.floor(rnd() * boundaries.length)];
      t = day + (h * 60 + m) * MINUTE - BOGOTA_OFFSET_MIN * MINUTE;
    }
    out.push(t);
  }
  return out;
}

/** 200 start instants (epoch ms), seeded. */
export const INSTANTS = buildInstants();

function buildPairs(daysApart, jitterMin, seed) {
  const rnd = mulberry32(seed);
  return INSTANTS.map((a) => {
    const j = jitterMin ? Math.round((rnd() * 2 - 1) * jitterMin) * MINUTE : 0;
    return [a, a + daysApart * DAY + j];
  });
}

/** (a, b) three months apart: 91 days ± up to 12 h. */
export const PAIRS_3M = buildPairs(91, 12 * 60, SEED + 1);
/** (a, a + 1 day) and (a, a + 365 days): the "a year costs at most 3× a day" goal. */
export const PAIRS_1D = buildPairs(1, 0, SEED + 2);
export const PAIRS_1Y = buildPairs(365, 0, SEED + 3);

// ---- second-precision probe (correctness only, not timed)
// Help-desk exports carry seconds. The same starts and pairs, each instant moved by a seeded
// 1.000–59.999 s, check how the peers handle instants that are not on a whole minute.
const rndS = mulberry32(SEED + 4);
const jitterS = () => 1000 + Math.floor(rndS() * 59_000);
export const INSTANTS_S = INSTANTS.map((t) => t + jitterS());
export const PAIRS_3M_S = PAIRS_3M.map(([a, b]) => [a + jitterS(), b + jitterS()]);
