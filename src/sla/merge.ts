// Adding up what accumulators counted over different rows of one input (worker shards): every
// count adds, the worst breaches and first errors are kept as if one accumulator had seen all.

import { add } from './billing';
import { addHours, type AuditCounts, customerMonths, monthly, noHours, slotIn, tallies } from './counts';

/**
 * Adds `other`'s counts into `into`; both counted with the same options.
 *
 * @example
 * mergeCounts(whole, shard);
 */
export function mergeCounts(into: AuditCounts, other: AuditCounts): void {
  into.rows += other.rows;
  into.evaluated += other.evaluated;
  into.errors += other.errors;
  for (const id of other.policies) into.policies.add(id);
  for (const sample of other.firstErrors) into.noteError(sample);
  for (const { plan, priority, month, target, tally } of tallies(other)) {
    const slot = into.priority(plan, priority);
    const pair = month === undefined ? slot.targets : slotIn(slot.months, month, () => ({}));
    into.tally(pair, target, month === undefined ? into.keep : 0).merge(tally);
  }
  for (const { plan, month, count } of monthly(other, (s) => s.hours)) {
    addHours(
      slotIn(into.plan(plan).hours, month, () => noHours()),
      count,
    );
  }
  for (const { customer, month, count } of customerMonths(other)) {
    const mine = slotIn(
      slotIn(into.customers, customer, () => new Map()),
      month,
      () => ({ tickets: 0, ...noHours() }),
    );
    mine.tickets += count.tickets;
    addHours(mine, count);
  }
  for (const { plan, month, count } of monthly(other, (s) => s.coverage)) {
    const mine = slotIn(into.plan(plan).coverage, month, () => ({ resolved: 0, events: 0, outside: 0 }));
    mine.resolved += count.resolved;
    mine.events += count.events;
    mine.outside += count.outside;
  }
  for (const [key, count] of other.billing) add(into.billing, key, count);
}
