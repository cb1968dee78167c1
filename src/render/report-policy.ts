// The report's "policy applied" section: the policy's name and id, its targets per plan and
// priority as habil reads them (duration, clock, bound), and the charter lines it encodes,
// quoted word for word from the policy's source.

import { HabilError } from '../errors';
import type { ResolvedTarget } from '../policy';
import { formatDuration } from '../time/format';
import { charterHtml } from './charter-text';
import { el, raw, table, type Column } from './html';
import type { ReportContext } from './report-context';
import { timelineWords } from './timeline-words';

interface TargetRow {
  plan: string;
  priority: string;
  type?: 'request';
  response?: ResolvedTarget | undefined;
  resolution?: ResolvedTarget | undefined;
}

/**
 * The policy section's inner HTML (after its heading).
 *
 * @example
 * policySection(context);
 */
export function policySection(c: ReportContext): string {
  const { w, multiPlan } = c;
  const tw = timelineWords(c.lang);
  const [policy, ...others] = c.policy.policies;
  if (!policy || others.length > 0) return el('p', {}, w.versions);
  const parts: string[] = [el('p', {}, raw(el('strong', {}, policy.name)))];
  if (policy.description) parts.push(el('p', {}, policy.description));

  const rows: TargetRow[] = [];
  for (const plan of policy.plans) {
    for (const priority of plan.priorities) {
      const name = priority.label;
      const resolve = (type: 'incident' | 'request') => {
        try {
          return policy.resolve({ plan: plan.id, priority: priority.id, type }).targets;
        } catch (error) {
          if (HabilError.is(error)) return {};
          throw error;
        }
      };
      const incident = resolve('incident');
      rows.push({ plan: plan.id, priority: name, response: incident.response, resolution: incident.resolution });
      if (priority.requestTargets) {
        const request = resolve('request');
        rows.push({
          plan: plan.id,
          priority: name,
          type: 'request',
          response: request.response,
          resolution: request.resolution,
        });
      }
    }
  }
  const describe = (t: ResolvedTarget | undefined) => {
    if (!t) return '—';
    const amount =
      t.min === undefined ? formatDuration(t.target) : `${formatDuration(t.min)} – ${formatDuration(t.target)}`;
    return `${tw.bound[t.bound]} ${amount} · ${tw.clock(t.clock)}`;
  };
  const columns: Column<TargetRow>[] = [
    ...(multiPlan || policy.plans.length > 1 ? [{ header: w.col.plan, cell: (r: TargetRow) => r.plan }] : []),
    { header: w.col.priority, cell: (r) => (r.type ? `${r.priority} · ${r.type}` : r.priority) },
    { header: w.col.response, cell: (r) => describe(r.response) },
    { header: w.col.resolution, cell: (r) => describe(r.resolution) },
  ];
  parts.push(el('div', { class: 'table-wrap' }, raw(table(undefined, columns, rows))));

  const charter = policy.source;
  if (!charter) {
    parts.push(el('p', {}, w.noSource));
    return parts.join('');
  }
  const url = charter.url && /^https?:\/\//i.test(charter.url) ? charter.url : undefined;
  const named = w.charter(policy.name);
  parts.push(
    el('p', {}, url ? raw(`${el('span', {}, named)} · ${el('a', { href: url, rel: 'noreferrer' }, url)}`) : named),
  );
  parts.push(el('p', {}, w.quoted));
  parts.push(el('blockquote', { class: 'charter', lang: policy.lang }, raw(charterHtml(charter.lines))));
  return parts.join('');
}
