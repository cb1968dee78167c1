// What support costs, per customer and month: ISYS's events outside the 5 x 8 coverage and its
// per-event service at a contract's rates, and the hosting provider's level 3 at COP 120.900
// + IVA per month. Amounts are exact decimals; "+ IVA" is kept as the charters state it.
// Run: node examples/billing.mjs (after npm run build)
import { audit, policies } from 'habil';

const isys = policies.isys({
  rates: {
    outsideCoverage: { amount: 180_000, currency: 'COP', note: '+ IVA' },
    perEvent: { amount: '250000', currency: 'COP', note: '+ IVA' },
  },
});

const tickets = [
  // Answered at 19:00, after coverage: an event outside coverage.
  {
    customer: 'Ferretería El Tornillo',
    plan: 'standard',
    priority: 'Alta',
    reportedAt: '2025-03-04 18:00',
    respondedAt: '2025-03-04 19:00',
    resolvedAt: '2025-03-05 09:00',
  },
  // Reported at night, answered in the morning: standard service.
  {
    customer: 'Ferretería El Tornillo',
    plan: 'standard',
    priority: 'Baja',
    reportedAt: '2025-03-04 21:00',
    respondedAt: '2025-03-05 08:10',
    resolvedAt: '2025-03-05 10:00',
  },
  // Worked on San José (a Colombian holiday): an event.
  {
    customer: 'Ferretería El Tornillo',
    plan: 'standard',
    priority: 'Media',
    reportedAt: '2025-03-24 09:00',
    resolvedAt: '2025-03-24 11:00',
  },
  // Per-event service: every ticket delivered is billed.
  {
    customer: 'Panadería La Espiga',
    plan: 'per-event',
    priority: 'Alta',
    reportedAt: '2025-03-10 09:00',
    resolvedAt: '2025-03-10 12:00',
  },
  {
    customer: 'Panadería La Espiga',
    plan: 'per-event',
    priority: 'Alta',
    reportedAt: '2025-04-01 09:00',
    resolvedAt: '2025-04-01 10:00',
  },
];

const money = (m) => (m ? `${m.currency} ${m.amount}${m.note ? ` ${m.note}` : ''}` : 'según el caso');
const show = (title, billing) => {
  console.log(title);
  for (const l of billing.lines)
    console.log(
      `  ${(l.customer ?? '-').padEnd(24)} ${l.period}  ${l.plan.padEnd(9)} ${l.item.padEnd(16)} ${String(l.quantity).padStart(3)} × ${money(l.unitPrice).padEnd(22)} = ${money(l.amount)}`,
    );
  for (const t of billing.totals) console.log(`  total ${money(t)}`);
};

const isysReport = await audit(isys, tickets, { now: '2025-04-30 00:00' });
show('ISYS (tarifas del contrato)', isysReport.billing);

const hostingReport = await audit(
  policies.hosting,
  [
    { customer: 'Ferretería El Tornillo', plan: 'level-3', priority: 'high', reportedAt: '2025-03-03 02:00' },
    { customer: 'Ferretería El Tornillo', plan: 'level-3', priority: 'low', reportedAt: '2025-03-17 15:00' },
    { customer: 'Ferretería El Tornillo', plan: 'level-3', priority: 'low', reportedAt: '2025-04-08 10:00' },
    { customer: 'Panadería La Espiga', plan: 'level-1', priority: 'low', reportedAt: '2025-03-05 10:00' },
  ],
  { now: '2025-04-30 00:00' },
);
show('Hosting, Soporte Nivel 3 (COP 120.900 + IVA x mes)', hostingReport.billing);

if (isysReport.billing.totals[0]?.amount !== '860000.00' || hostingReport.billing.totals[0]?.amount !== '241800.00') {
  throw new Error('unexpected totals');
}
