// The app's database connection, opened once per server process.
import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./client";

const globalForDb = globalThis as unknown as { haozaoDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.haozaoDatabase ??= openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return globalForDb.haozaoDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export * as schema from "./schema";
export type { Db, DbOrTx, Tx } from "./client";
