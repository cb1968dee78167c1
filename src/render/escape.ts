// Escaping and number formatting for the SVG and HTML habil writes as strings: every piece of
// text that came from data (ticket ids, reasons, policy names, charter lines) passes through
// `escapeXml` before it is placed in markup, in element content or in a quoted attribute.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for XML/HTML element content and double- or single-quoted attribute values.
 * Characters XML 1.0 forbids (C0 controls other than tab, newline, carriage return; lone
 * surrogates) are dropped, so the result always parses as XML.
 *
 * @example
 * escapeXml('<b>"R&D"</b>'); //=> '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A coordinate for SVG: at most one decimal, no '-0'.
 *
 * @example
 * px(12.345); //=> '12.3'
 */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Attributes from an object, escaped; `undefined` and `false` values are left out.
 *
 * @example
 * attrs({ x: 1, 'aria-label': 'a "b"', hidden: undefined }); //=> ' x="1" aria-label="a &quot;b&quot;"'
 */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    const text = value === true ? name : typeof value === 'number' ? px(value) : value;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  return out;
}

/**
 * An element id fragment from arbitrary text: letters, digits, '-' and '_' only, never empty,
 * never starting with a digit.
 *
 * @example
 * slug('T 1/ñ'); //=> 'T-1-n'
 */
export function slug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const cleaned = ascii.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (cleaned === '') return 'x';
  return /^[0-9]/.test(cleaned) ? `n${cleaned}` : cleaned;
}
