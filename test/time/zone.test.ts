// Which names are zones (issue 16): IANA Area/Location names and 'UTC', and fixed offsets that
// exist on Earth (within ±14:00, minutes under 60). Legacy abbreviations and typos are refused
// with UNKNOWN_ZONE, never read as something the user did not mean.
import { describe, expect, it } from 'vitest';
import { Calendar, SpecError } from '../../src/index';
import { findZone } from '../../src/time/zone';

describe('findZone', () => {
  it('accepts IANA names, UTC and real fixed offsets', () => {
    for (const name of ['UTC', 'America/Bogota', 'Etc/GMT+5', 'UTC+5', 'UTC-05:00', 'UTC+05:30', 'UTC+14:00', 'UTC-12'])
      expect(findZone(name), name).toBeDefined();
    expect(findZone('UTC+05:30')?.offsetAt(0)).toBe(5.5 * 3_600_000);
  });

  it('refuses offsets past ±14:00 or with 60 minutes, and abbreviations', () => {
    for (const name of [
      'UTC+99:99',
      'UTC+14:60',
      'UTC-24',
      'UTC+15',
      'UTC+05:60',
      'EST',
      'MST7MDT',
      'PST8PDT',
      'Japan',
      'GMT',
      'CET',
    ])
      expect(findZone(name), name).toBeUndefined();
  });

  it('a calendar in a refused zone is a SpecError with UNKNOWN_ZONE', () => {
    for (const zone of ['UTC+99:99', 'UTC+14:60', 'UTC-24', 'EST']) {
      expect(() => Calendar.from({ zone, hours: '24/7' })).toThrow(SpecError);
      try {
        Calendar.from({ zone, hours: '24/7' });
      } catch (error) {
        expect((error as SpecError).code).toBe('UNKNOWN_ZONE');
      }
    }
  });
});
