// bench/diagnose.mjs — explain why a peer's answer differs from habil's.
//
// Each known peer bug is written as a *model*: a function that predicts the wrong answer the peer
// gives from the exact answer. A disagreement is "explained" when the model predicts the peer's
// answer to the millisecond; run.mjs prints how many disagreements each model explains, so a new,
// unexplained difference (in a peer, or in habil) stands out instead of hiding in a count.
//
// Models (ICG calendar, whole-minute inputs):
// * moment-business-time workingDiff, lennym/moment-business-time#42 (open): on the day of `to`,
//   a window that opens after `to` is not skipped; it adds (window start − to) with the wrong sign,
//   so e.g. b = Wed 10:44 loses 13:30 − 10:44 = 2 h 46 min. `to` is first moved to the last
//   working time when it is outside the day's first-open..last-close span (breaks ignored).
// * dayjs-business-time counts whole minutes (second-precision probe only; the timed workload is on
//   whole minutes). add: `end.diff(date, 'minute')` floors, so when a deadline crosses a window end
//   the seconds left before that end are dropped and the next window is entered at its whole
//   minute: the answer is the exact deadline rounded *up* to the minute (the mechanism behind
//   rankmyapp/dayjs-business-time#11, "random extra minute"). between: businessMinutesDiff returns
//   whole minutes, truncating the partial minutes at both ends (short by < 2 min).
// * add: "inclusive window end" — a deadline that should land exactly on 12:30 or 17:30 comes back
//   as the next opening (13:30, next working day 07:00): same business time, later instant.
// * anything habil answers differently from the naive minute loop: the loop is exact for
//   whole-minute inputs, so that is flagged as a suspected habil bug.

import { DAY, MINUTE, BOGOTA_OFFSET_MIN, HOLIDAYS, WINDOWS_MIN, fmt, fmtDur } from './workload.mjs';

const OFFSET = BOGOTA_OFFSET_MIN * MINUTE;
const holidayDays = new Set(HOLIDAYS.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));
const wallDay = (ms) => Math.floor((ms + OFFSET) / DAY);
const minuteOfDay = (ms) => (ms + OFFSET - wallDay(ms) * DAY) / MINUTE;
const dayStart = (day) => day * DAY - OFFSET; // instant of local midnight
const isWorkingDay = (day) => {
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6 && !holidayDays.has(day);
};

/** moment-business-time#42 model: predicted workingDiff(b, a) from the exact between(a, b). */
export function momentDiff42(a, b, exact) {
  if (b < a) return -momentDiff42(b, a, -exact);
  const day = wallDay(b);
  const m = minuteOfDay(b);
  const first = WINDOWS_MIN[0][0];
  const last = WINDOWS_MIN[WINDOWS_MIN.length - 1][1];
  // `to` stays put only when it is working time with breaks ignored (inclusive ends);
  // otherwise it moves to the previous close, where no window opens later that day.
  if (!isWorkingDay(day) || m < first || m > last) return exact;
  let err = 0;
  for (const [s] of WINDOWS_MIN) if (s > m) err += (s - m) * MINUTE;
  // the same-day case also needs `from` before those windows; it always is here (from <= to)
  return exact - err;
}

function nextOpening(ms) {
  let day = wallDay(ms);
  let m = minuteOfDay(ms);
  for (let k = 0; k < 30; k++, day++, m = -1) {
    if (!isWorkingDay(day)) continue;
    for (const [s, e] of WINDOWS_MIN) {
      if (m < s) return dayStart(day) + s * MINUTE;
      if (m < e) return ms;
    }
  }
  return NaN;
}

const isWindowEnd = (ms) => isWorkingDay(wallDay(ms)) && WINDOWS_MIN.some(([, e]) => e === minuteOfDay(ms));

/**
 * @param {string} peer  peer name
 * @param {'add'|'between'} kind
 * @param {number[]} input  [start] for add, [a, b] for between
 * @param {number} want  the reference answer (habil's)
 * @param {number} got  the peer's answer
 * @param {number|undefined} exact  the naive loop's answer for the same input, if known
 * @returns {{ explained: boolean, bug: string, text: string }}
 */
export function diagnose(peer, kind, input, want, got, exact) {
  if (exact !== undefined && exact !== want && peer !== 'naive minute loop') {
    // habil itself disagrees with the exact loop on this input: say so first
    return {
      explained: false,
      bug: 'habil ≠ naive loop',
      text: `habil's answer differs from the exact minute loop too (loop: ${
        kind === 'add' ? fmt(exact) : fmtDur(exact)
      }): suspect habil, not ${peer}`,
    };
  }
  if (peer === 'naive minute loop') {
    return {
      explained: false,
      bug: 'habil ≠ naive loop',
      text: 'the minute loop is exact for whole-minute inputs: suspect habil',
    };
  }
  if (peer === 'dayjs-business-time') {
    if (kind === 'add' && got === Math.ceil(want / MINUTE) * MINUTE) {
      return {
        explained: true,
        bug: 'dayjs whole-minute jumps (cf. rankmyapp/dayjs-business-time#11)',
        text:
          `the deadline crosses a window end; the plugin jumps in whole minutes, drops the ` +
          `${((got - want) / 1000).toFixed(3)} s left before that end and enters the next window on ` +
          `its whole minute, so ${fmt(want)} comes back as ${fmt(got)}`,
      };
    }
    if (kind === 'between' && got % MINUTE === 0 && want - got > 0 && want - got < 2 * MINUTE) {
      return {
        explained: true,
        bug: 'dayjs whole-minute diff',
        text:
          `businessMinutesDiff counts whole minutes and truncates the partial minutes at both ends: ` +
          `short by ${((want - got) / 1000).toFixed(3)} s`,
      };
    }
  }
  if (kind === 'between') {
    const [a, b] = input;
    if (peer === 'moment-business-time' && momentDiff42(a, b, want) === got) {
      return {
        explained: true,
        bug: 'lennym/moment-business-time#42',
        text:
          `workingDiff adds (window start − to) for every window that opens after 'to' on to's ` +
          `day, with the wrong sign (issue #42, open): here ${fmtDur(got - want)} for 'to' = ${fmt(b)}`,
      };
    }
    return {
      explained: false,
      bug: 'unexplained',
      text: `differs by ${fmtDur(got - want)} of business time`,
    };
  }
  // add
  if (isWindowEnd(want) && got === nextOpening(want + 1)) {
    return {
      explained: true,
      bug: 'inclusive window end',
      text:
        `deadline should land on the window end ${fmt(want)}; the peer returns the next opening ` +
        `${fmt(got)} (same business time, later instant: windows treated as closed [start, end])`,
    };
  }
  return {
    explained: false,
    bug: 'unexplained',
    text: `peer is ${got > want ? 'later' : 'earlier'} by ${fmtDur(got - want)} of wall-clock time`,
  };
}
