// Two production server processes with one Redis (Debian's redis-server, started here on a free
// port) over the browser tests' database: a page one process rendered is served by the other from
// the shared cache, and a change a factory saves on one process marks the other's cached page
// stale at once (within a second) and shows there when re-rendered. Plain HTTP, but for signing in.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { signIn } from "./sign-in";
import { freePort } from "../fixtures/free-port";

const REDIS = "/usr/bin/redis-server";
const databaseUrl = inject("databaseUrl");


const children: ChildProcess[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "haozao-shared-cache-"));

async function waitFor(url: string, ms = 180_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function startServer(redisUrl: string, prefix: string) {
  const port = await freePort();
  const log = fs.createWriteStream(path.join(tmp, `server-${port}.log`));
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, CACHE_KEY_PREFIX: prefix },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  children.push(child);
  return `http://127.0.0.1:${port}`;
}

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, cache: res.headers.get("x-nextjs-cache"), html: await res.text() };
};

describe.skipIf(!databaseUrl || !fs.existsSync(REDIS))("two server processes sharing one cache through Redis", () => {
  let a = "";
  let b = "";
  let listingPath = "";
  let listingId = 0;

  beforeAll(async () => {
    const redisPort = await freePort();
    const redis = spawn(REDIS, ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp], {
      detached: true,
      stdio: "ignore",
    });
    children.push(redis);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    // One deployment: the same key prefix on both processes.
    const prefix = `test-${process.pid}-${Date.now().toString(36)}`;
    [a, b] = [await startServer(redisUrl, prefix), await startServer(redisUrl, prefix)];
    await Promise.all([waitFor(`${a}/en`), waitFor(`${b}/en`)]);

    // A listing of the demo factory account's own factory.
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [row] = await sql`select l.id from listings l join memberships m on m.organisation_id = l.factory_id
      join users u on u.id = m.user_id where u.email = 'factory@haozao.test' and l.status = 'active' order by l.id limit 1`;
    await sql.end();
    listingId = Number(row.id);
    listingPath = `/en/p/${listingId}`;
  }, 240_000);

  afterAll(async () => {
    for (const child of children.reverse()) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("serves on one process the page the other rendered", async () => {
    const path = `/en/search?q=mug&verified=1&stock=1`;
    const first = await get(`${a}${path}`);
    expect(first.status).toBe(200);
    // B never rendered it: it comes from Redis, as a hit.
    const second = await get(`${b}${path}`);
    expect(second.cache).toBe("HIT");
    expect(second.html).toBe(first.html);
  });

  it("marks the other process's cached page stale within a second of a factory's change", async () => {
    const before = await get(`${b}${listingPath}`);
    expect(before.status).toBe(200);
    expect((await get(`${b}${listingPath}`)).cache).toBe("HIT");

    // The factory signs in and adds a photo on process A (the route revalidates the listing's tags).
    // (Through the sign-in page in Chromium: Better Auth's own HTTP endpoints are closed, issue 9.)
    const browser = await launchChromium();
    let cookie: string;
    try {
      const context = await browser.newContext({ baseURL: a });
      await signIn(await context.newPage(), "en", "factory@haozao.test");
      cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    } finally {
      await browser.close();
    }
    const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 200, g: 30, b: 90 } } }).png().toBuffer();
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(png)], { type: "image/png" }), "new.png");
    const upload = await fetch(`${a}/api/factory/listings/${listingId}/photos`, { method: "POST", headers: { cookie, origin: a }, body: form });
    expect(upload.status).toBe(201);
    const saved = Date.now(); // the change is saved (and its tags revalidated) when A answers
    const { photo } = (await upload.json()) as { photo: { key: string } };
    expect(before.html).not.toContain(photo.key);

    // Within a second, B no longer serves its cached copy as fresh: the tags expire at once
    // (lib/catalog/revalidate.ts), so B renders again (MISS) or serves it once more while it does (STALE).
    let state: string | null = "HIT";
    while (Date.now() - saved < 1000 && state === "HIT") state = (await get(`${b}${listingPath}`)).cache;
    expect(state).not.toBe("HIT");
    // Then B's page shows the new photo.
    const deadline = Date.now() + 60_000;
    let html = "";
    while (Date.now() < deadline && !html.includes(photo.key)) {
      html = (await get(`${b}${listingPath}`)).html;
      if (!html.includes(photo.key)) await new Promise((r) => setTimeout(r, 200));
    }
    expect(html).toContain(photo.key);
  });
});
