// Next's page cache (the `cacheHandler` of next.config.ts), shared between server processes through
// Redis when REDIS_URL is set; without it, exactly Next's own file-system + memory cache.
//
// - Pages stay in each process's memory (a hit costs what it costs in one process) and are also
//   written to Redis, so a page one process rendered is served by the others without rendering.
// - Tag revalidation is shared: revalidateTag on one process records the tag's new stale/expired
//   times in a Redis hash and publishes them; every process applies them to Next's tag manifest,
//   the one map that both this cache and the 'use cache' data cache consult on every hit. A
//   process that starts later loads the hash first. So a change saved on one process marks the
//   pages and data of every process stale at once (served stale once, re-rendered in the background).
//
// Plain CommonJS: Next loads it with require() at start, outside the bundles.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const { randomUUID } = require("node:crypto");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");

const REDIS_URL = process.env.REDIS_URL;
const PAGE_TTL_SECONDS = 7 * 24 * 3600;
const CONNECT_TIMEOUT_MS = 2000;
const debug = process.env.NEXT_PRIVATE_DEBUG_CACHE ? console.debug.bind(console, "shared-cache:") : () => {};

/** Counts revalidations in this process: the page micro-cache of server.mjs empties on a change. */
function bumpPageEpoch() {
  globalThis.__haozaoPageEpoch = (globalThis.__haozaoPageEpoch ?? 0) + 1;
}

/** Merges tag times (later wins) into Next's tag manifest. */
function applyTagTimes(updates) {
  bumpPageEpoch();
  for (const [tag, times] of Object.entries(updates)) {
    const current = tagsManifest.get(tag) ?? {};
    const next = { ...current };
    if (typeof times.stale === "number" && !(current.stale >= times.stale)) next.stale = times.stale;
    if (typeof times.expired === "number" && !(current.expired >= times.expired)) next.expired = times.expired;
    tagsManifest.set(tag, next);
  }
}

/** One Redis connection pair per process (Next creates a cache handler per request). */
let shared = null;
function sharedStore(distDir) {
  if (shared || !REDIS_URL || process.env.NEXT_PHASE === "phase-production-build") return shared;
  let buildId = "dev";
  try {
    buildId = fs.readFileSync(path.join(distDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    // no build id (development): one namespace
  }
  const prefix = `${process.env.CACHE_KEY_PREFIX ?? "haozao"}:${buildId}:`;
  const { createClient, RESP_TYPES } = require("redis");
  const client = createClient({ url: REDIS_URL, disableOfflineQueue: true });
  const subscriber = client.duplicate();
  for (const c of [client, subscriber]) c.on("error", (e) => debug("redis error", e.message));
  const origin = randomUUID();
  const channel = `${prefix}tags`;
  const connected = (async () => {
    await Promise.all([client.connect(), subscriber.connect()]);
    // Subscribe before reading the hash: no revalidation falls between the two.
    await subscriber.subscribe(channel, (message) => {
      const { from, updates } = JSON.parse(message);
      if (from !== origin) applyTagTimes(updates);
    });
    const stored = await client.hGetAll(`${prefix}tag-times`);
    applyTagTimes(Object.fromEntries(Object.entries(stored).map(([tag, json]) => [tag, JSON.parse(json)])));
  })().catch((e) => console.warn(`Shared cache: Redis at ${REDIS_URL} unavailable (${e.message}); this process caches alone.`));
  shared = {
    prefix,
    channel,
    origin,
    client,
    binary: client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }),
    // Requests wait for the connection once, at most CONNECT_TIMEOUT_MS.
    ready: Promise.race([connected, new Promise((r) => setTimeout(r, CONNECT_TIMEOUT_MS).unref())]),
  };
  return shared;
}

const SHARED_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

class SharedCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.store = sharedStore(ctx.serverDistDir);
  }

  async get(key, ctx) {
    const local = await super.get(key, ctx);
    const store = this.store;
    if (local || !store || !SHARED_KINDS.has(ctx.kind)) return local;
    await store.ready;
    if (!store.client.isReady) return local;
    try {
      const bytes = await store.binary.get(`${store.prefix}page:${key}`);
      if (!bytes) return null;
      const entry = v8.deserialize(bytes);
      debug("get from redis", key);
      FileSystemCache.memoryCache?.set(key, entry);
      return entry;
    } catch (e) {
      debug("get failed", key, e.message);
      return null;
    }
  }

  async set(key, data, ctx) {
    // A file name holds 255 bytes: a long search segment is kept in memory (and Redis) only.
    if (Buffer.byteLength(path.basename(key)) > 200) FileSystemCache.memoryCache?.set(key, { value: data, lastModified: Date.now() });
    else await super.set(key, data, ctx);
    const store = this.store;
    if (!store || !data || !SHARED_KINDS.has(data.kind)) return;
    await store.ready;
    if (!store.client.isReady) return;
    try {
      const bytes = v8.serialize({ lastModified: Date.now(), value: data });
      await store.client.set(`${store.prefix}page:${key}`, bytes, { expiration: { type: "EX", value: PAGE_TTL_SECONDS } });
      debug("set in redis", key, bytes.length);
    } catch (e) {
      debug("set failed", key, e.message);
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations); // this process's tag manifest
    bumpPageEpoch();
    const store = this.store;
    const list = typeof tags === "string" ? [tags] : tags;
    if (!store || list.length === 0) return;
    await store.ready;
    if (!store.client.isReady) {
      console.warn(`Shared cache: Redis unavailable, revalidation of ${list.join(", ")} reached this process only.`);
      return;
    }
    const updates = Object.fromEntries(list.map((tag) => [tag, tagsManifest.get(tag) ?? {}]));
    await store.client.hSet(`${store.prefix}tag-times`, Object.fromEntries(list.map((tag) => [tag, JSON.stringify(updates[tag])])));
    await store.client.publish(store.channel, JSON.stringify({ from: store.origin, updates }));
    debug("revalidated", list);
  }
}

module.exports = SharedCacheHandler;
