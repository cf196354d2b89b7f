// npm run start:cluster [-- --workers=N]
// N production server processes (default: one per core) behind one port (PORT, default 3000),
// with node:cluster: the primary migrates and seeds the database once, then forks the workers, each
// a Next server on the shared socket (the kernel hands connections out), and restarts any that dies.
// What the processes must share lives outside them: PostgreSQL (DATABASE_URL: data, sessions, rate
// limits) and Redis (REDIS_URL: the page cache and its tag revalidation, lib/cache/).
import cluster from "node:cluster";
import { spawnSync } from "node:child_process";
import http from "node:http";
import os from "node:os";

const arg = process.argv.find((a) => a.startsWith("--workers="))?.split("=")[1];
const workers = Number(arg ?? process.env.WEB_CONCURRENCY ?? os.availableParallelism());
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

if (cluster.isPrimary) {
  if (!process.env.DATABASE_URL) {
    console.error("start:cluster needs DATABASE_URL (a PostgreSQL server): the embedded PGlite opens in one process only.");
    process.exit(1);
  }
  if (!process.env.REDIS_URL) {
    console.warn("start:cluster without REDIS_URL: each process keeps its own page cache, and a change revalidates only the process that saved it.");
  }
  const prepared = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts"], { stdio: "inherit" });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.warn(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`Haozao: ${workers} server processes on http://127.0.0.1:${port}`);
} else {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // As server.mjs: the socket's address, overwritten on every request, for rate limits (lib/gate/client-address.ts).
  http.createServer((req, res) => {
    req.headers["x-haozao-socket-address"] = req.socket.remoteAddress ?? "unknown";
    handle(req, res);
  }).listen(port, hostname, () => {
    console.log(`  worker ${process.pid} ready`);
  });
}
