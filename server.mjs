// `npm start` (and `npm run dev`): Next behind a plain Node HTTP server whose only job is to tell
// the app which address the connection came from. Next's own server keeps a client-sent
// X-Forwarded-For as it is (it sets the header with `??=`), so the socket's address is otherwise
// invisible to handlers and any client could pick its own rate-limit key. Here the header
// `x-haozao-socket-address` is always overwritten with the socket's address before Next sees the
// request; lib/gate/client-address.ts reads only it (and X-Forwarded-For only behind a proxy
// listed in TRUSTED_PROXIES).
import { createServer } from "node:http";
import next from "next";
import { createPageMicroCache, routeSegmentsOf } from "./lib/http/page-micro-cache.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

// Production only: pages Next answers from its page cache are answered again from this process's
// memory until a revalidation (lib/http/page-micro-cache.mjs).
const micro = dev ? null : createPageMicroCache({ routeSegments: routeSegmentsOf(".next/app-path-routes-manifest.json") });

const server = createServer((request, response) => {
  request.headers["x-haozao-socket-address"] = request.socket.remoteAddress ?? "unknown";
  if (micro) micro.handle(request, response, () => handle(request, response));
  else handle(request, response);
});
const upgrade = app.getUpgradeHandler?.();
if (upgrade) server.on("upgrade", (request, socket, head) => upgrade(request, socket, head));
server.listen(port, hostname, () => {
  console.log(`  ▲ Haozao ${dev ? "development" : "production"} server on http://${hostname ?? "localhost"}:${port}`);
});
