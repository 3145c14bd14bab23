/**
 * Runs the reference endpoint (server/leads-endpoint.ts) over PostgreSQL:
 *
 *   DATABASE_URL=postgres://user@host/db PORT=8080 node --import tsx server/main.ts
 *
 * GET /api/leads answers the dashboard's server-filter requests. Optional: HOST (default
 * 127.0.0.1), LEADS_TABLE (default leads), LEADS_DECLARED (a JSON file with the owners, sources,
 * priorities, steps and statuses sent beside the rows).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import { createLeadsHandler, type Declared } from './leads-endpoint.js';

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
if (!databaseUrl) {
  console.error('DATABASE_URL is not set (e.g. postgres://user:password@localhost:5432/crm)');
  process.exit(2);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT is not a port number: ${process.env.PORT}`);
  process.exit(2);
}

const declared: Declared = process.env.LEADS_DECLARED ? (JSON.parse(readFileSync(process.env.LEADS_DECLARED, 'utf8')) as Declared) : {};
// a statement that runs away is cancelled rather than holding a connection
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, statement_timeout: 30_000 });
pool.on('error', (error) => console.error('idle database client failed:', error.message));
const handler = createLeadsHandler({ pool, table: process.env.LEADS_TABLE ?? 'leads', declared });

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/api/leads') {
    void handler(req, res);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: 'not found' }));
});

server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`lead endpoint: http://${host}:${bound}/api/leads`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
}
