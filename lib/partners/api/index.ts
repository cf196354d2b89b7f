// Every partner API endpoint, in the order the reference lists them.
import "server-only";
export * as catalog from "./catalog";
export * as discovery from "./discovery";
export * as orders from "./orders";
export * as webhooks from "./webhooks";
export { listEndpoints } from "./define-endpoint";
