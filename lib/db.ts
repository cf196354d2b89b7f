// The app's database connections, opened once per server process from the environment (lib/env.ts):
// db/ stays storage only (schema, client, migrations) and reads no settings of its own. The primary
// (DATABASE_URL, or the embedded PGlite) takes writes and anything that must read its own writes
// (the factory's editor, checkout, sessions); when DATABASE_REPLICA_URLS lists streaming replicas,
// catalogue and search reads that may lag the primary by a moment go there (getReadDb).
import "server-only";
import { openDatabase, type Database, type Db } from "@/db/client";
import { createReadRouter, type ReadRouter } from "@/db/read-router";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { haozaoDatabase?: Promise<Database>; haozaoReads?: ReadRouter };

export function getDatabase(): Promise<Database> {
  globalForDb.haozaoDatabase ??= openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return globalForDb.haozaoDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** A database for catalogue and search reads: a replica when there are any, else the primary. */
export async function getReadDb(): Promise<Db> {
  if (!env.DATABASE_URL || env.DATABASE_REPLICA_URLS.length === 0) return getDb();
  globalForDb.haozaoReads ??= createReadRouter(env.DATABASE_REPLICA_URLS);
  return globalForDb.haozaoReads.next();
}
