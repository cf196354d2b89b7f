// Migrates the database and seeds the demo data into an empty one. Runs before the server starts
// (npm run dev / npm start) and in tests; never while another process holds the PGlite folder.
import { openDatabase, type Database, type DatabaseOptions } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { prepareJobQueue } from "../lib/jobs/prepare-job-queue";
import { isSeeded, seedDatabase } from "./index";

export interface PrepareOptions {
  seed?: boolean;
  log?: (line: string) => void;
}

/** Migrates an open database and seeds it when it is empty. */
export async function prepareDatabase(database: Database, options: PrepareOptions = {}) {
  const log = options.log ?? (() => {});
  const started = performance.now();
  await migrateDatabase(database);
  await prepareJobQueue(database);
  log(`  migrations applied (${database.kind}) in ${Math.round(performance.now() - started)} ms`);
  if (options.seed !== false && !(await isSeeded(database.db))) {
    log("  empty database: seeding demo data ...");
    const report = await seedDatabase(database.db, log);
    log(`  seeded ${report.listings} listings with ${report.photos} photos in ${report.ms} ms`);
  }
}

export async function bootstrapDatabase(options: DatabaseOptions & PrepareOptions) {
  const database = await openDatabase(options);
  try {
    await prepareDatabase(database, options);
  } finally {
    await database.close();
  }
}
