import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import path from "node:path";
import type { Database } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db/migrations");

/** Applies the committed drizzle-kit migrations; the same files on PGlite and on the server. */
export async function migrateDatabase(database: Database) {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder });
  } else {
    await migratePostgres(database.db, { migrationsFolder });
  }
}
