// Colours and fills that survive colour blindness and black-and-white printing: the Okabe–Ito
// palette (distinguishable under the common colour-vision deficiencies), and for every area a
// pattern as well as a colour, so no meaning rests on hue alone.

// Each colour is a constant, so INK and OKABE_ITO are plain literals a bundler can drop from a
// page that draws nothing (a property read such as OKABE_ITO.blue would keep them).
const BLACK = '#000000';
const ORANGE = '#E69F00';
const SKY_BLUE = '#56B4E9';
const GREEN = '#009E73';
const YELLOW = '#F0E442';
const BLUE = '#0072B2';
const VERMILLION = '#D55E00';
const PURPLE = '#CC79A7';
const TEXT = '#1A1A1A';

/** The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2002). */
export const OKABE_ITO = {
  black: BLACK,
  orange: ORANGE,
  skyBlue: SKY_BLUE,
  green: GREEN,
  yellow: YELLOW,
  blue: BLUE,
  vermillion: VERMILLION,
  purple: PURPLE,
} as const;

/** What each mark of a timeline or chart means, and how it is painted. */
export const INK = {
  open: '#D6ECF9', // skyBlue, light: open hours of a clock
  openEdge: SKY_BLUE,
  counted: BLUE,
  pause: ORANGE,
  closure: PURPLE,
  over: VERMILLION,
  met: GREEN,
  warning: ORANGE,
  text: TEXT,
  muted: '#595959',
  grid: '#BFBFBF',
  background: '#FFFFFF',
} as const;

/** The pattern fills a timeline or chart defines, by role. */
export type PatternName = 'pause' | 'closure' | 'over' | 'response' | 'update' | 'resolution' | 'hours';

/**
 * The id of a pattern inside an SVG whose ids start with `prefix`.
 *
 * @example
 * patternId('tl-1', 'pause'); //=> 'tl-1-p-pause'
 */
export function patternId(prefix: string, name: PatternName): string {
  return `${prefix}-p-${name}`;
}

/**
 * `<pattern>` definitions for an SVG's `<defs>`; ids are prefixed so several SVGs can share a page.
 *
 * - pause: orange diagonal hatching (/) over a pale orange ground
 * - closure: purple cross-hatching over a pale purple ground
 * - over: vermillion back-diagonal hatching (\) over a pale vermillion ground
 * - response / update / resolution / hours: chart bar fills: solid blue, green with white back-diagonal
 *   stripes, blue with white dots, orange with white stripes
 *
 * @example
 * `<svg><defs>${patternDefs('t1')}</defs><rect fill="url(#t1-p-pause)" .../></svg>`
 */
export function patternDefs(prefix: string, names: readonly PatternName[] = ['pause', 'closure', 'over']): string {
  const defs: Record<PatternName, string> = {
    pause: hatch(prefix, 'pause', '#FBE7BF', INK.pause, 45, 6, 2),
    closure:
      `<pattern id="${patternId(prefix, 'closure')}" width="6" height="6" patternUnits="userSpaceOnUse">` +
      `<rect width="6" height="6" fill="#F4DCE8"/><path d="M0 0L6 6M6 0L0 6" stroke="${INK.closure}" stroke-width="1"/></pattern>`,
    over: hatch(prefix, 'over', '#F7D4BC', INK.over, -45, 5, 2),
    response: `<pattern id="${patternId(prefix, 'response')}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${OKABE_ITO.blue}"/></pattern>`,
    update: hatch(prefix, 'update', OKABE_ITO.green, '#FFFFFF', -45, 7, 2),
    resolution:
      `<pattern id="${patternId(prefix, 'resolution')}" width="6" height="6" patternUnits="userSpaceOnUse">` +
      `<rect width="6" height="6" fill="${OKABE_ITO.skyBlue}"/><circle cx="3" cy="3" r="1.3" fill="${OKABE_ITO.blue}"/></pattern>`,
    hours: hatch(prefix, 'hours', OKABE_ITO.orange, '#FFFFFF', 45, 7, 2),
  };
  return names.map((name) => defs[name]).join('');
}

function hatch(
  prefix: string,
  name: PatternName,
  ground: string,
  ink: string,
  angle: number,
  size: number,
  width: number,
): string {
  return (
    `<pattern id="${patternId(prefix, name)}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">` +
    `<rect width="${size}" height="${size}" fill="${ground}"/><line x1="0" y1="0" x2="0" y2="${size}" stroke="${ink}" stroke-width="${width}"/></pattern>`
  );
}
