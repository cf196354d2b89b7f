// The named schemas of the partner API: each response and shared shape is registered here once,
// and the OpenAPI document's components are generated from this registry (lib/partners/api/openapi.ts).
import { z } from "zod";

export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Registers a schema under a component name and returns it (for use in other schemas). */
export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema, { id, description });
  return schema;
}
