// A CommonJS user's code (require condition: dist/index.d.cts), type-checked like consumer.ts.
import habil = require('habil');

const due: Date = habil.Calendar.from({ zone: 'UTC', hours: '24/7' }).add('2024-03-01T00:00:00Z', 'PT1H');
const status: string | undefined = habil.evaluate(
  habil.policies.websaas,
  { priority: 'urgent', reportedAt: '2024-03-01 16:00' },
  { now: '2024-03-01 16:30' },
).targets.response?.status;

export = { due, status };
