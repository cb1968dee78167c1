// The HTML report's page: head (charset, viewport, a Content-Security-Policy of default-src
// 'none' so nothing is fetched or run, the inline style), header with the audit instant, a table
// of contents, one <section> per drawn section, and the footer.

import { el, raw } from './html';
import { REPORT_CSS } from './report-css';
import type { ReportWords } from './report-words';
import type { RenderLang } from './timeline-words';

/** A section ready for the page. */
export interface PageSection {
  id: string;
  heading: string;
  content: string;
}

/**
 * The whole page.
 *
 * @example
 * reportPage({ lang: 'en', title: 'SLA audit — ICG', lead: 'Audit at …', w: reportWords('en'), sections });
 */
export function reportPage(page: {
  lang: RenderLang;
  title: string;
  lead: string;
  /** A warning (HTML) shown under the title, before anything else. */
  warning?: string | undefined;
  w: ReportWords;
  sections: readonly PageSection[];
}): string {
  const { w, sections, title } = page;
  const links = sections.map((s) => el('li', {}, raw(el('a', { href: `#${s.id}` }, s.heading)))).join('');
  const nav = el('nav', { 'aria-label': w.contents }, raw(el('strong', {}, w.contents)), raw(el('ol', {}, raw(links))));
  const main = sections
    .map((s) =>
      el(
        'section',
        { id: s.id, 'aria-labelledby': `${s.id}-h` },
        raw(el('h2', { id: `${s.id}-h` }, s.heading)),
        raw(s.content),
      ),
    )
    .join('');
  return (
    `<!DOCTYPE html>\n<html lang="${page.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="generator" content="habil">\n` +
    `${el('title', {}, title)}\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    el('header', {}, raw(el('h1', {}, title)), raw(el('p', { class: 'lead' }, page.lead)), raw(page.warning ?? '')) +
    `\n${nav}\n<main>\n${main}\n</main>\n` +
    el('footer', {}, w.footer) +
    `\n</body>\n</html>\n`
  );
}
