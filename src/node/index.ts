// habil/node: what needs Node (files and streams). Reading policies from YAML or JSON files,
// and help-desk exports (CSV, JSON, NDJSON) as tickets for audit(), with event logs joined.
// Re-exports only.

export type { DataFormat } from './data-text';
export { loadPolicy, parsePolicy, type PolicyFormat } from './policy-file';
export { exportPolicy, type ExportPolicyOptions } from './policy-export';
export { readTickets, type ReadTicketsOptions, type TicketFormat, type TicketSource } from './read-tickets';
export { columnKey, DEFAULT_COLUMNS, TICKET_FIELDS, type TicketField } from './columns';
export { detectDelimiter } from './csv-header';
export { DEFAULT_LIMITS, type ReadLimits } from './read-limits';
export { PAUSE_SEPARATOR } from './rows';
export { auditFile, MAX_WORKERS, PARALLEL_MIN_BYTES, type AuditFileOptions } from './audit-file';
export { parseIcsHolidays, readIcsHolidays, type ReadIcsOptions } from './ics';
export { DEFAULT_EVENT_COLUMNS, EVENT_FIELDS, type EventField } from './event-rows';
