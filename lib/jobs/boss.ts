// The job queue: pg-boss (a well-kept PostgreSQL queue) on both backends. On a PostgreSQL server it
// uses its own connection pool; on the embedded PGlite, which only this process may open, it runs
// through an adapter over our own connection, so the same jobs are drained in-process. Jobs are
// enqueued through the caller's transaction (enqueue-job.ts): a rolled-back change sends nothing.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Database, DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";

export const JOB_SCHEMA = "pgboss";

/** pg-boss's SQL (with $1..$n placeholders) as a Drizzle statement on our connection or transaction. */
export function toDrizzleSql(text: string, values: unknown[] = []): SQL {
  const chunks: (SQL | ReturnType<typeof sql.param>)[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    const value = values[Number(match[1]) - 1];
    // pg serializes objects as JSON and arrays as PostgreSQL arrays; do the same on both drivers.
    chunks.push(sql.param(value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : (value ?? null)));
    last = match.index! + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks as SQL[], sql.raw(""));
}

/** A pg-boss `db` over a Drizzle handle (a transaction for enqueueing inside the caller's work). */
export function drizzleAdapter(db: DbOrTx, runScript?: (text: string) => Promise<void>) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (!values.length && runScript && /;\s*\S/.test(text)) {
        // Schema creation: several statements, no parameters.
        await runScript(text);
        return { rows: [] };
      }
      return { rows: rowsOf<Record<string, unknown>>(await db.execute(toDrizzleSql(text, values))) };
    },
  };
}

export interface BossOptions {
  /** Run the maintenance and cron supervisors (the process that works the jobs). */
  supervise?: boolean;
}

/** A started pg-boss on the database (its schema created or migrated on start). */
export async function startBoss(database: Database, options: BossOptions = {}): Promise<PgBoss> {
  const common = { schema: JOB_SCHEMA, supervise: options.supervise ?? false, schedule: options.supervise ?? false, migrate: true };
  const boss =
    database.kind === "postgres" && database.url
      ? new PgBoss({ ...common, connectionString: database.url, max: 3 })
      : new PgBoss({ ...common, db: drizzleAdapter(database.db, database.runScript) } as PgBoss.ConstructorOptions);
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  return boss;
}
