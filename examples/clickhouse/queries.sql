-- habil's SLA functions in ClickHouse (habil_function.xml): a tickets table, each ticket
-- judged once, compliance per month and priority, and the rows habil could not judge.

CREATE TABLE tickets
(
    id String,
    priority String,
    reported_at DateTime64(3, 'UTC'),
    responded_at Nullable(DateTime64(3, 'UTC')),
    resolved_at Nullable(DateTime64(3, 'UTC'))
)
ENGINE = MergeTree
ORDER BY id;

-- Each ticket judged once, at one instant: one process call per block of rows.
CREATE TABLE judged ENGINE = MergeTree ORDER BY id AS
SELECT
    id,
    priority,
    reported_at,
    habil_sla(id, priority, reported_at, responded_at, resolved_at, toDateTime64('2025-01-01 00:00:00', 3, 'UTC')) AS sla
FROM tickets;

-- Compliance per month and priority.
SELECT
    toStartOfMonth(reported_at) AS month,
    priority,
    count() AS tickets,
    countIf(sla.resolution_status = 'met') AS resolution_met,
    countIf(sla.resolution_status = 'breached') AS resolution_breached,
    round(avg(sla.resolution_elapsed_ms) / 3600000, 2) AS mean_business_hours
FROM judged
WHERE sla.error IS NULL
GROUP BY month, priority
ORDER BY month, priority;

-- The rows habil could not judge, and why.
SELECT id, sla.error AS error
FROM judged
WHERE sla.error IS NOT NULL
ORDER BY id;

-- One value per row: when each open ticket's resolution is due, soonest first.
SELECT id, habil_resolution_due(priority, reported_at) AS due
FROM tickets
WHERE resolved_at IS NULL
ORDER BY due, id;
