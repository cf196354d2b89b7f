// A real streaming replica on this machine: a private PostgreSQL primary (initdb, wal_level replica)
// and a standby made from it with pg_basebackup, both on free ports, run as the `postgres` OS user
// when the test runs as root (initdb refuses root). The catalogue and search read through the
// replica (db/read-router.ts, as getReadDb does with DATABASE_REPLICA_URLS), a factory's edit is
// written to the primary and shows on the replica; the replica refuses writes. Everything is
// stopped and removed afterwards. Runs with the PostgreSQL tools (the CI's DATABASE_URL run).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type Database, type Db } from "@/db/client";
import { createReadRouter, type ReadRouter } from "@/db/read-router";
import { getCategoryTree } from "@/lib/catalog/categories";
import { listListingCards } from "@/lib/catalog/listing-cards";
import { saveListingTranslation } from "@/lib/listings/save-listing-translation";
import { searchKeyword } from "@/lib/search/postgres-engine";
import { prepareDatabase } from "@/seed/bootstrap";
import { freePort } from "../fixtures/free-port";

const binDir = (() => {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
})();
const enabled = Boolean(process.env.DATABASE_URL && binDir);


const asRoot = process.getuid?.() === 0;
/** Runs a PostgreSQL tool, as the `postgres` user when we are root. */
function pg(tool: string, args: string[]) {
  const bin = path.join(binDir!, tool);
  return asRoot
    ? execFileSync("runuser", ["-u", "postgres", "--", bin, ...args], { encoding: "utf8", stdio: "pipe", cwd: "/" })
    : execFileSync(bin, args, { encoding: "utf8", stdio: "pipe" });
}

const base = enabled ? fs.mkdtempSync(path.join(os.tmpdir(), "haozao-replica-")) : "";
const primaryDir = path.join(base, "primary");
const replicaDir = path.join(base, "replica");
let primaryPort = 0;
let replicaPort = 0;
let primary: Database;
let replica: Database;
let router: ReadRouter;

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`the replica did not show ${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!enabled)("a streaming replica for catalogue and search reads", () => {
  beforeAll(async () => {
    if (asRoot) execFileSync("chown", ["postgres:postgres", base]);
    [primaryPort, replicaPort] = [await freePort(), await freePort()];
    pg("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    // A standby streams from the primary: WAL for replicas, and (initdb's default) replication
    // connections from 127.0.0.1 allowed.
    fs.appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      `\nport = ${primaryPort}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${base}'\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\nshared_buffers = 32MB\n`,
    );
    pg("pg_ctl", ["-D", primaryDir, "-l", path.join(base, "primary.log"), "-w", "-t", "60", "start"]);
    const url = `postgres://postgres@127.0.0.1:${primaryPort}/haozao`;
    const started = Date.now();
    const step = (what: string) => console.log(`  replica test: ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const admin = await openDatabase({ url: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, max: 1 });
    await admin.db.execute(sql`create database haozao`);
    await admin.close();
    primary = await openDatabase({ url, max: 4 });
    await prepareDatabase(primary, { seed: true });
    step("primary migrated and seeded");

    // The standby: a base backup of the running primary (-R writes standby.signal and the connection).
    pg("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
    fs.appendFileSync(path.join(replicaDir, "postgresql.conf"), `\nport = ${replicaPort}\nhot_standby = on\n`);
    pg("pg_ctl", ["-D", replicaDir, "-l", path.join(base, "replica.log"), "-w", "-t", "60", "start"]);
    const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/haozao`;
    replica = await openDatabase({ url: replicaUrl, max: 2 });
    router = createReadRouter([replicaUrl], { max: 2 });
    step("replica streaming");
  }, 900_000);

  afterAll(async () => {
    if (!enabled) return;
    await router?.close();
    await replica?.close();
    await primary?.close();
    for (const dir of [replicaDir, primaryDir]) {
      try {
        if (fs.existsSync(path.join(dir, "postmaster.pid"))) pg("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(base, { recursive: true, force: true });
  }, 60_000);

  it("streams from the primary and refuses writes", async () => {
    const read = await router.next();
    const [state] = rowsOf<{ standby: boolean }>(await read.execute(sql`select pg_is_in_recovery() as standby`));
    expect(state.standby).toBe(true);
    const [senders] = rowsOf<{ n: number }>(await primary.db.execute(sql`select count(*)::int as n from pg_stat_replication where state = 'streaming'`));
    expect(senders.n).toBe(1);
    const refused = await read.execute(sql`update listings set sold_count = sold_count + 1 where true`).then(
      () => null,
      (error: Error) => error,
    );
    // Drizzle wraps the server's error ("cannot execute UPDATE in a read-only transaction").
    expect(String((refused?.cause as Error | undefined)?.message ?? refused?.message)).toMatch(/read-only/);
  });

  it("serves the catalogue and search, and shows a factory's edit saved on the primary", async () => {
    const read: Db = await router.next();
    const [counts] = rowsOf<{ n: number }>(await primary.db.execute(sql`select count(*)::int as n from listings where status = 'active'`));
    const tree = await getCategoryTree(read, "en");
    expect(tree.reduce((sum, c) => sum + c.listingCount, 0)).toBe(counts.n);
    const { items } = await listListingCards(read, "en", {}, { sort: "popular", limit: 5 });
    expect(items).toHaveLength(5);
    const phones = await searchKeyword(read, { q: "phone", locale: "en", sort: "relevance", page: 1, pageSize: 24 });
    expect(phones.total).toBeGreaterThan(0);

    // The factory renames its best seller in English, on the primary (as the editor does).
    const top = items[0];
    const title = `Replica check ${Date.now().toString(36)}`;
    await saveListingTranslation(primary.db, top.factoryId, top.id, { locale: "en", title, description: "" });
    const shown = await until(
      "the new title",
      async () => (await listListingCards(read, "en", { ids: [top.id] }, { limit: 1 })).items[0]?.title,
      (t) => t === title,
    );
    expect(shown).toBe(title);
    const found = await until(
      "the new title in search",
      () => searchKeyword(read, { q: title.toLowerCase(), locale: "en", sort: "relevance", page: 1, pageSize: 24 }),
      (r) => r.items.some((card) => card.id === top.id),
    );
    expect(found.items[0].id).toBe(top.id);
  });
});
