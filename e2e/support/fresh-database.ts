/**
 * Makes a fresh, empty database on the throwaway PostgreSQL cluster of an end-to-end run
 * (E2E_DATABASE_URL), for a demo server that runs the office spec on PostgreSQL
 * (playwright.config.ts). The server migrates and seeds it on its first start.
 *   npx tsx e2e/support/fresh-database.ts portal_e2e_3214
 */
import { adminQuery } from "../../lib/db/testing";

const [name] = process.argv.slice(2);
const cluster = process.env.E2E_DATABASE_URL;
if (!cluster || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: E2E_DATABASE_URL=postgres://… npx tsx e2e/support/fresh-database.ts <name>");
  process.exit(2);
}
await adminQuery(cluster, `drop database if exists ${name} with (force)`);
await adminQuery(cluster, `create database ${name}`);
