// The OpenAPI 3.1 document of the partner API, generated from the endpoint definitions and the zod
// schemas that validate requests (and describe responses): nothing here is written by hand twice.
import "server-only";
import { z } from "zod";
import { ERROR_CODES_DOC } from "./errors-doc";
import { listEndpoints } from "./index";
import { apiSchemas } from "./registry";
import { SIGNATURE_HEADER, PARTNER_EVENTS } from "../events";

type Json = Record<string, unknown>;

function clean(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

const REF = (id: string) => `#/components/schemas/${id}`;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const id = apiSchemas.get(schema)?.id;
  if (id && io === "output") return { $ref: REF(id) };
  return clean(z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12", metadata: apiSchemas, uri: REF } as never) as Json);
}

const STATUS_TEXT: Record<number, string> = {
  304: "Not modified (the ETag you sent is current)",
  401: "No key, or a wrong or revoked key",
  403: "The key lacks the scope this endpoint needs",
  404: "Not found (also another partner's id)",
  409: "Conflict with the current state",
  413: "Body too large",
  422: "Invalid input: `errors` names each field",
  429: "Rate limited: wait `Retry-After` seconds",
};

export function openApiDocument(serverUrl: string): Json {
  const components = z.toJSONSchema(apiSchemas, { uri: REF, io: "output", unrepresentable: "any", target: "draft-2020-12" }).schemas as Record<string, Json>;
  const schemas = Object.fromEntries(Object.entries(components).map(([k, v]) => [k, clean(v)]));
  const problem = { content: { "application/problem+json": { schema: { $ref: REF("Problem") } } } };
  const rateHeaders = {
    "RateLimit-Limit": { description: "Requests per minute of this key.", schema: { type: "integer" } },
    "RateLimit-Remaining": { description: "Requests left in the bucket.", schema: { type: "integer" } },
    "RateLimit-Reset": { description: "Seconds until the bucket is full again.", schema: { type: "integer" } },
  };
  const paths: Record<string, Record<string, Json>> = {};
  for (const e of listEndpoints()) {
    const parameters: Json[] = [];
    for (const [name, schema] of Object.entries(e.params ?? {})) parameters.push({ name, in: "path", required: true, schema: jsonSchema(schema, "input") });
    for (const [name, schema] of Object.entries(e.query ?? {})) {
      const s = jsonSchema(schema, "input");
      const required = !schema.safeParse(undefined).success;
      parameters.push({ name, in: "query", required, ...(s.description ? { description: s.description } : {}), schema: s });
    }
    if (e.idempotent) parameters.push({ name: "Idempotency-Key", in: "header", required: true, description: "1-80 printable characters, unique per order you mean to place (a UUID).", schema: { type: "string", pattern: "^[\\x21-\\x7e]{1,80}$" } });
    const responses: Json = {
      [String(e.status ?? 200)]: { description: "OK", headers: rateHeaders, content: { "application/json": { schema: jsonSchema(e.response, "output") } } },
    };
    if (e.etag) responses["304"] = { description: STATUS_TEXT[304] };
    for (const status of [401, 403, 422, 429, ...(e.errors ?? [])]) responses[String(status)] = { description: STATUS_TEXT[status], ...problem };
    const operation: Json = {
      operationId: e.id,
      tags: [e.tag],
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      security: [{ apiKey: [] }],
      "x-scope": e.scope,
      parameters,
      responses,
    };
    if (e.body) {
      const type = e.bodyType === "multipart" ? "multipart/form-data" : "application/json";
      operation.requestBody = { required: true, content: { [type]: { schema: jsonSchema(e.body, "input") } } };
    }
    (paths[e.path] ??= {})[e.method] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Haozao partner API",
      version: "1.0.0",
      description:
        "Our catalogue and ordering on your website. Authenticate with `Authorization: Bearer <key>` (keys from /partner/keys; `hz_test_…` keys work at once against the sandbox). Every error is `application/problem+json` with a stable `code`.\n\n" +
        `Webhooks: each delivery is a POST of an Event, signed in the \`${SIGNATURE_HEADER}\` header as \`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with your endpoint's secret>\`. Events: ${PARTNER_EVENTS.join(", ")}.\n\n` +
        ERROR_CODES_DOC,
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ apiKey: [] }],
    tags: [{ name: "Catalogue" }, { name: "Orders" }, { name: "Events" }, { name: "Webhooks" }, { name: "Balance" }],
    paths,
    components: {
      schemas,
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: `hz_test_…` or `hz_live_…`." } },
    },
  };
}
