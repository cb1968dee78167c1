// The text `habil audit --help` prints after the options: examples, how columns are found, and
// the exit codes (the same table as docs/cli.md).

/** Examples, columns and exit codes of `habil audit`. */
export const AUDIT_HELP = `
Examples:
  $ habil audit examples/data/icg-tickets.csv --policy icg --now 2024-12-31T23:59:59-05:00
  $ habil audit export.csv --policy icg --date-format 'dd/MM/yyyy HH:mm' --map 'Creado=reportedAt'
  $ habil audit tickets.csv --policy icg --events events.csv --events-map 'Estado nuevo=value'
  $ habil audit tickets.ndjson --policy ./acme.yaml --format csv --out results.csv
  $ habil audit examples/data/icg-tickets.csv --policy icg --format html --out report.html --lang en
  $ habil audit tickets.json --policy itac --contract ./contract.yaml --plan 8x5 --fail-on-breach

Columns are found by name: caso/id, prioridad, plan, tipo, canal, fecha_creacion,
fecha_respuesta, fecha_solucion, pausa_desde, pausa_hasta, motivo_pausa (several
pauses in one cell separated by '|'). Times without an offset are local times of
the plan's business calendar. An event log (--events) has one row per event:
ticket (id), at, kind (status, priority or message) and value (the status or
priority name, or customer/agent); see docs/histories.md.

Exit codes: 0 done, 1 breaches found (--fail-on-breach), 2 usage error (also when
every row was rejected: the policy, plan or columns do not fit the file), 3 a row
was rejected (--strict), 4 the output could not be written,
130 interrupted (Ctrl-C). --out is replaced only when the run completes.`;
