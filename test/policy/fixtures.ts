// A small valid policy for tests to break one field at a time.
import type { PolicySpec } from '../../src/policy';

export function acmeSpec(): PolicySpec {
  return {
    id: 'acme',
    name: 'Acme',
    lang: 'en',
    calendars: {
      business: {
        zone: 'Europe/Madrid',
        hours: { mon: ['09:00-14:00', '15:00-18:00'], tue: ['09:00-14:00', '15:00-18:00'] },
        holidays: [{ country: 'ES', state: 'MD' }],
      },
      '24/7': '24/7',
    },
    pauses: [{ reason: 'vendor', label: 'Waiting on vendor', stops: ['resolution'] }],
    plans: [
      {
        id: 'standard',
        business: 'business',
        offHoursIntake: ['p1'],
        channels: [{ id: 'email', label: 'Email', calendar: '24/7', aliases: ['correo'] }],
        priorities: [
          {
            id: 'p1',
            label: 'Critical',
            aliases: ['P1', 'Urgente'],
            targets: {
              response: { duration: 'PT30M', clock: '24/7', bound: 'strict' },
              resolution: { min: 'PT4H', max: 'PT8H', clock: 'business' },
            },
          },
          {
            id: 'p2',
            label: 'High',
            aliases: ['Alta'],
            targets: { response: { duration: 'PT2H', clock: 'business' } },
          },
        ],
      },
    ],
  };
}
