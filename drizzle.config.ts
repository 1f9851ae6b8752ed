import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes a migration for every schema change; PGlite and PostgreSQL run the same files. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./lib/db/migrations",
});
