// The report's stylesheet, inlined: system fonts (no web fonts), readable line lengths, tables
// that scroll on small screens, SVGs that scale, and print rules that keep figures whole and
// print fills and hatching as drawn.

/** The CSS of the HTML report. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #d0d0d0; --band: #f4f6f8; --link: #0b5394; --bad: #a63c00; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 20px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 40px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 28px 0 6px; }
h3 small { font-weight: normal; color: var(--muted); }
p { max-width: 75ch; }
a { color: var(--link); }
a:focus-visible, summary:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
.lead { color: var(--muted); margin: 0 0 16px; }
.warning { max-width: none; margin: 0 0 16px; padding: 10px 14px; border: 2px solid var(--bad); border-left-width: 8px; border-radius: 4px; background: #fff4ec; color: var(--ink); }
.warning strong { color: var(--bad); }
blockquote.charter table { margin: 6px 0; background: #fff; }
blockquote.charter ul { margin: 4px 0; padding-left: 1.2em; }
blockquote.charter li { margin: 2px 0; }
nav ol { columns: 2; padding-left: 1.2em; margin: 8px 0 0; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.figures b { display: block; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tbody th { font-weight: normal; }
tbody tr:nth-child(even) { background: #fafbfc; }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bad { color: var(--bad); font-weight: 600; }
figure { margin: 16px 0; }
figure svg, .timeline svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 6px; max-width: 90ch; }
figcaption strong { color: var(--ink); }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--link); }
.explain { white-space: pre-line; font-size: 0.9rem; background: var(--band); padding: 8px 12px; border-radius: 4px; max-width: none; }
.timeline { border-top: 1px solid var(--rule); padding-top: 4px; }
.timeline:target { outline: 3px solid #e69f00; outline-offset: 6px; }
.back { font-size: 0.85rem; }
blockquote.charter { margin: 8px 0; padding: 8px 16px; border-left: 4px solid var(--muted); background: var(--band); font-family: ui-serif, Georgia, "Times New Roman", serif; }
blockquote.charter p { margin: 4px 0; white-space: pre-wrap; }
footer { margin-top: 48px; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .back { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, .timeline, tr { break-inside: avoid; }
  details > summary { display: none; }
}
`;
