// An operation: a name, the access it needs, the zod schema of its input and the domain function
// it runs. Each is registered once, so a test can enumerate every operation and call it with the
// wrong caller and bad input (tests/integration/boundary.test.ts).
import "server-only";
import type { z } from "zod";
import type { Db } from "@/db";
import type { Locale } from "@/i18n/locales";
import { RateLimitedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authorize, type Access, type CallerFor } from "./access";
import { parseInput } from "./input";
import { takeToken, type Bucket } from "./rate-limit";

export interface OperationContext<A extends Access> {
  db: Db;
  caller: CallerFor<A>;
  locale: Locale;
}

export interface OperationSpec<A extends Access, S extends z.ZodType, O> {
  /** Unique, dotted: "purchaseOrders.accept". */
  name: string;
  access: A;
  input: S;
  /** Optional limit per caller (user id, key id, or client address when anonymous). */
  rateLimit?: Bucket;
  run(ctx: OperationContext<A>, input: z.output<S>): Promise<O>;
}

export interface Operation<A extends Access = Access, S extends z.ZodType = z.ZodType, O = unknown> extends OperationSpec<A, S, O> {
  readonly __operation: true;
}

const globalForOps = globalThis as unknown as { haozaoOperations?: Map<string, Operation> };
const registry = (globalForOps.haozaoOperations ??= new Map());

export function defineOperation<A extends Access, S extends z.ZodType, O>(spec: OperationSpec<A, S, O>): Operation<A, S, O> {
  const op = { ...spec, __operation: true as const };
  // Re-evaluated modules (dev reloads, test workers) replace their own entry.
  registry.set(spec.name, op as unknown as Operation);
  return op;
}

/** Every operation registered so far (the boundary test imports all modules first). */
export const listOperations = (): Operation[] => [...registry.values()];

function limitKey(name: string, actor: Actor) {
  const who = actor.type === "user" ? `u${actor.user.id}` : actor.type === "apiKey" ? `k${actor.keyId}` : `ip:${actor.ip}`;
  return `op:${name}:${who}`;
}

/** Authorize, rate-limit, parse, run: the one path every action, route and page read takes. */
export async function runOperation<A extends Access, S extends z.ZodType, O>(
  op: Operation<A, S, O>,
  actor: Actor,
  raw: unknown,
  context: { db: Db; locale: Locale },
): Promise<O> {
  const caller = authorize(actor, op.access);
  if (op.rateLimit) {
    const bucket = await takeToken(context.db, limitKey(op.name, actor), op.rateLimit);
    if (!bucket.allowed) throw new RateLimitedError(bucket.retryAfter);
  }
  const input = parseInput(op.input, raw);
  return op.run({ db: context.db, caller, locale: context.locale }, input);
}
