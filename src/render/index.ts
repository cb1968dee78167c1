// habil's renderers: a ticket's timeline as SVG, and an audit as one self-contained HTML page.
// Pure string building (no DOM, no Node built-ins): they run in notebooks, browsers and servers.
// Re-exports only.

export { renderTimeline, type TimelineInput, type TimelineOptions } from './timeline';
export { renderHtmlReport, type HtmlReportOptions } from './report';
export { BreachCollector, type BreachEntry, type BreachedTarget } from './breaches';
export type { RenderLang } from './timeline-words';
