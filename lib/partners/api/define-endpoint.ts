// One partner API endpoint: its method and path, the scope it needs, the zod schemas of its path
// parameters, query, body and response, and the domain call it makes. From this one definition
// come the gate operation (validation, access, rate limit), the route handler (lib/partners/api/route.ts)
// and the OpenAPI document (openapi.ts): there is no second copy to drift.
import "server-only";
import { z } from "zod";
import { access, defineOperation, type ApiScope, type Operation, type OperationContext } from "@/lib/gate";

type Shape = Record<string, z.ZodType>;
type Access = ReturnType<typeof access.scope>;

export interface EndpointSpec<P extends Shape, Q extends Shape, B extends z.ZodType | undefined, R extends z.ZodType> {
  id: string;
  method: "get" | "post" | "delete";
  /** OpenAPI path under /api/v1, e.g. "/orders/{id}". */
  path: string;
  scope: ApiScope;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** How the body is sent (default JSON). */
  bodyType?: "json" | "multipart";
  /** A required `Idempotency-Key` header, passed to run as `idempotencyKey`. */
  idempotent?: boolean;
  response: R;
  status?: 200 | 201;
  /** GET responses with an ETag (If-None-Match answers 304). */
  etag?: boolean;
  /** Error statuses this endpoint can answer besides 401/403/422/429. */
  errors?: number[];
  run(
    ctx: OperationContext<Access>,
    input: z.output<z.ZodObject<P>> & z.output<z.ZodObject<Q>> & (B extends z.ZodType ? { body: z.output<B> } : object) & { idempotencyKey: string },
  ): Promise<z.input<R>>;
}

export interface Endpoint extends EndpointSpec<Shape, Shape, z.ZodType | undefined, z.ZodType> {
  operation: Operation<Access, z.ZodType, unknown>;
}

const endpoints = new Map<string, Endpoint>();

/** Idempotency keys: 1-80 printable characters (a UUID is typical). */
export const idempotencyKeySchema = z.string("idempotencyKey").regex(/^[\x21-\x7e]{1,80}$/, "idempotencyKey");

export function defineEndpoint<P extends Shape = Shape, Q extends Shape = Shape, B extends z.ZodType | undefined = undefined, R extends z.ZodType = z.ZodType>(
  spec: EndpointSpec<P, Q, B, R>,
): Endpoint {
  const input = z.object({
    ...(spec.params ?? {}),
    ...(spec.query ?? {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.idempotent ? { idempotencyKey: idempotencyKeySchema } : {}),
  });
  const operation = defineOperation({
    name: `api.${spec.id}`,
    access: access.scope(spec.scope),
    input,
    run: (ctx, parsed) => spec.run(ctx, parsed as never),
  }) as unknown as Operation<Access, z.ZodType, unknown>;
  const endpoint = { ...(spec as unknown as EndpointSpec<Shape, Shape, z.ZodType | undefined, z.ZodType>), operation };
  endpoints.set(spec.id, endpoint);
  return endpoint;
}

export const listEndpoints = () => [...endpoints.values()];
