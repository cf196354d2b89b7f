// The database: an embedded PGlite in a local folder by default, a PostgreSQL server when
// DATABASE_URL is set. Both run the same migrations and the same queries through Drizzle.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** The server's URL (postgres only), for libraries that open their own pool (the job queue). */
  url?: string;
  /** Runs a script of several statements without parameters (schema set-up by libraries). */
  runScript(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url?: string;
  pgliteDir?: string;
  /** Connections in the postgres.js pool. */
  max?: number;
}

const LOCK_FILE = "haozao.lock";

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Only one process may open a PGlite folder: nothing else stops a second one, and both would write. */
function takeLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  try {
    const holder = Number(fs.readFileSync(file, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${path.resolve(dir)} is open in another process (pid ${holder}). ` +
          "Stop that process first, or point DATABASE_URL at a PostgreSQL server.",
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(file, String(process.pid));
  const release = () => {
    try {
      if (Number(fs.readFileSync(file, "utf8")) === process.pid) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    return {
      db,
      kind: "postgres",
      url: options.url,
      runScript: async (text) => {
        await client.unsafe(text).simple();
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? ".data";
  const inMemory = dir.startsWith("memory://");
  const release = inMemory ? () => {} : takeLock(dir);
  const dataDir = inMemory ? dir : path.join(dir, "pglite");
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    runScript: async (text) => {
      await client.exec(text);
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Rows of a raw `db.execute()`: postgres.js returns an array, PGlite `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
