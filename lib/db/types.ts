import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/** A database handle, embedded (PGlite) or PostgreSQL (node-postgres): the services take either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside db.transaction(…). */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either: a function that only reads or writes a few rows can run inside the caller's transaction. */
export type DbOrTx = Db | Tx;
