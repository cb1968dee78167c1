// RowReader: each column read as its field wants (ids, Spanish ticket types, dates, pause parts,
// plain text), the default plan, and the check that refuses day-first dates without a format.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../src/node/columns';
import { RowReader } from '../../src/node/rows';
import type { TicketRecord } from '../../src/sla/audit';

const HEADER = [
  'caso',
  'tipo',
  'prioridad',
  'canal',
  'fecha_creacion',
  'fecha_respuesta',
  'fecha_solucion',
  'pausa_desde',
  'pausa_hasta',
  'motivo_pausa',
];

const errorOf = (record: TicketRecord) => {
  if (!('error' in record)) throw new Error(`expected an error record, got ${JSON.stringify(record)}`);
  return record;
};

describe('RowReader', () => {
  it('reads every kind of column, trimmed, leaving empty cells out, in column order', () => {
    const reader = new RowReader(assignColumns(HEADER), { plan: 'standard' });
    const cells = [
      ' 7 ',
      'Incidencia',
      'Alta',
      '',
      '2024-03-04 09:00',
      ' ',
      '2024-03-05 10:00',
      '2024-03-04 10:00 | 2024-03-04 12:00',
      '2024-03-04 11:00|',
      'fabricante|',
    ];
    const record = reader.read(cells, 9);
    expect(record).toEqual({
      line: 9,
      ticket: {
        id: '7',
        type: 'incident',
        priority: 'Alta',
        reportedAt: '2024-03-04 09:00',
        resolvedAt: '2024-03-05 10:00',
        pauses: [
          { from: '2024-03-04 10:00', to: '2024-03-04 11:00', reason: 'fabricante' },
          { from: '2024-03-04 12:00' },
        ],
        plan: 'standard',
      },
      columns: reader.columns,
    });
    if (!('ticket' in record)) throw new Error('expected a ticket');
    expect(Object.keys(record.ticket)).toEqual([
      'id',
      'type',
      'priority',
      'reportedAt',
      'resolvedAt',
      'pauses',
      'plan',
    ]);
    expect(reader.columns).toMatchObject({ id: 'caso', 'pauses.to': 'pausa_hasta' });
  });

  it('reads each row afresh: nothing of one row is left in the next', () => {
    const reader = new RowReader(assignColumns(HEADER));
    reader.read(['1', 'solicitud', 'Alta', 'Web', '2024-03-04', '', '', '2024-03-04 10:00', '', 'x'], 2);
    expect(reader.read(['2', '', 'Baja', '', '2024-03-05', '', '', '', '', ''], 3)).toEqual({
      line: 3,
      ticket: { id: '2', priority: 'Baja', reportedAt: '2024-03-05' },
      columns: reader.columns,
    });
  });

  it('names the column, value and ticket of a cell it cannot read, and pause parts that do not pair up', () => {
    const reader = new RowReader(assignColumns(HEADER), { dateFormat: 'yyyy-MM-dd HH:mm' });
    expect(
      errorOf(reader.read(['7', '', 'Alta', '', '2024-03-04 09:00', '2024-13-04 09:00', '', '', '', ''], 4)),
    ).toMatchObject({
      line: 4,
      ticketId: '7',
      field: 'respondedAt',
      column: 'fecha_respuesta',
      value: '2024-13-04 09:00',
    });
    const unpaired = errorOf(
      reader.read(['8', '', 'Alta', '', '2024-03-04 09:00', '', '', '', '2024-03-04 10:00', ''], 5),
    );
    expect(unpaired).toMatchObject({ field: 'pauses.to', column: 'pausa_hasta' });
    expect(unpaired.error.message).toMatch(/pausa_hasta: '2024-03-04 10:00' belongs to no pause/);
  });

  it('refuses a date without dateFormat exactly when it reads as day-first (d/m/y, d.m.y, d-m-y)', () => {
    const reader = new RowReader(assignColumns(HEADER));
    const slashed = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
    const text = fc
      .array(fc.constantFrom('0', '1', '2', '9', '/', '.', '-', ' ', ':', 'T'), { maxLength: 12 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (date) => {
        const record = reader.read(['1', '', 'Alta', '', date, '', '', '', '', ''], 2);
        expect('error' in record).toBe(slashed.test(date.trim()));
      }),
      { numRuns: 2000 },
    );
  });
});
