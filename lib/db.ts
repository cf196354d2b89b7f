// The app's database connection, opened once per server process from the environment (lib/env.ts):
// db/ stays storage only (schema, client, migrations) and reads no settings of its own.
import "server-only";
import { openDatabase, type Database, type Db } from "@/db/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { haozaoDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.haozaoDatabase ??= openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return globalForDb.haozaoDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
