-- The leads table of the reference endpoint (server/leads-endpoint.ts).
-- status holds the status set's ids (new, assigned, in_progress, customer, not_potential, stopped,
-- duplicate), not labels: the endpoint filters the stored value, while the browser also matches
-- labels. A lead without an owner, source, priority or step holds NULL there (not an empty string).
CREATE TABLE IF NOT EXISTS leads (
  id          bigint PRIMARY KEY,
  status      text NOT NULL,
  created_at  timestamptz NOT NULL,
  assigned_at timestamptz,
  updated_at  timestamptz,
  owner       text,
  source      text,
  priority    text,
  step        text
);

-- Optional: an index per date column the dashboard filters by lets a bounded range scan only its days.
-- CREATE INDEX IF NOT EXISTS leads_created_at ON leads (created_at);
-- CREATE INDEX IF NOT EXISTS leads_assigned_at ON leads (assigned_at);
-- CREATE INDEX IF NOT EXISTS leads_updated_at ON leads (updated_at);
