// The app's database connections, opened once per server process: the primary (DATABASE_URL, or
// the embedded PGlite) for writes and anything that must read its own writes (the factory's editor,
// checkout, sessions), and, when DATABASE_REPLICA_URLS lists streaming replicas, those for the
// catalogue and search reads that may lag the primary by a moment (getReadDb).
import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./client";
import { createReadRouter, type ReadRouter } from "./read-router";

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

export * as schema from "./schema";
export type { Db, DbOrTx, Tx } from "./client";
