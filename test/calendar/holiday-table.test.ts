// The holiday years baked at build time (src/calendar/holiday-data.ts) are date-holidays' own
// answers: every baked year of every baked selection, field by field, so a calendar closes the
// same days whether the table or date-holidays answered; and a calendar reaching past the table
// gets the same closures from date-holidays.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/calendar/calendar';
import { HOLIDAY_DATA } from '../../src/calendar/holiday-data';
import { bakedYear } from '../../src/calendar/holiday-table';

const fields = (list: { date: string; start: Date; end: Date; name: string; rule: string }[]) =>
  list.map((h) => ({ date: h.date, length: h.end.getTime() - h.start.getTime(), name: h.name, rule: h.rule }));

describe('the baked holiday table', () => {
  for (const [key, table] of Object.entries(HOLIDAY_DATA)) {
    const [country = '', state = ''] = key.split('|');
    it(`${key}: years ${table.from}-${table.to} are exactly what date-holidays lists`, () => {
      const hd = new Holidays(country, state, '', { types: ['public'] });
      for (let year = table.from; year <= table.to; year++) {
        expect(fields(bakedYear(country, state || undefined, year) ?? []), String(year)).toEqual(
          fields(hd.getHolidays(year)),
        );
      }
    });
  }

  it('answers nothing outside its years or selections', () => {
    expect(bakedYear('CO', undefined, 1949)).toBeUndefined();
    expect(bakedYear('CO', undefined, 2151)).toBeUndefined();
    expect(bakedYear('DE', undefined, 2024)).toBeUndefined();
  });

  it('Colombia: the same closures on both sides of the table edge, Easter Sunday never closed (Ley 51 de 1983)', () => {
    const co = Calendar.from({ zone: 'America/Bogota', hours: '24/7', holidays: [{ country: 'CO' }] });
    // 2150 comes from the table, 2151 from date-holidays: both close their Jueves and Viernes Santo
    // and keep Easter Sunday open.
    expect(co.isOpen('2150-04-10 12:00')).toBe(false); // Viernes Santo 2150 (Easter 2150-04-12)
    expect(co.isOpen('2150-04-12 12:00')).toBe(true);
    expect(co.isOpen('2151-04-01 12:00')).toBe(false); // Jueves Santo 2151 (Easter 2151-04-04)
    expect(co.isOpen('2151-04-04 12:00')).toBe(true);
    expect(co.isOpen('2024-03-31 12:00')).toBe(true); // Easter Sunday 2024
    expect(co.isOpen('2024-03-29 12:00')).toBe(false); // Viernes Santo 2024
  });
});
