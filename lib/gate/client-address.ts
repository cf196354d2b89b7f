// The client's address for rate limits. Only our server entry (server.mjs) can set
// `x-haozao-socket-address`: it overwrites whatever the client sent with the socket's address.
// When that address is one of our own proxies (TRUSTED_PROXIES), the X-Forwarded-For chain is
// read from the right, skipping our proxies, so the first address we did not add is the client.
// A client-sent X-Forwarded-For is otherwise ignored: a new value each time bypasses nothing.
// Without the header (a server started without server.mjs) everyone shares one key: limits then
// err on the strict side, never the open one.
import { env } from "@/lib/env";

export const SOCKET_ADDRESS_HEADER = "x-haozao-socket-address";

const trusted = new Set((env.TRUSTED_PROXIES ?? "").split(",").map((s) => normalize(s.trim())).filter(Boolean));

function normalize(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

export function clientAddress(headers: Headers): string {
  const socket = normalize((headers.get(SOCKET_ADDRESS_HEADER) ?? "").trim()).slice(0, 64);
  if (!socket) return "unknown";
  if (!trusted.has(socket)) return socket;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => normalize(s.trim()))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!trusted.has(chain[i])) return chain[i].slice(0, 64);
  }
  return socket;
}
