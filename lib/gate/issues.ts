// A third shape of answer, for client components that translate message keys themselves (the
// listing editor): `{ ok: true, ...data }` or `{ ok: false, status, issues }` with the refusal's
// field issues, plus any `extra` the domain error carries (e.g. which stage failed).
import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { actionLocale } from "@/lib/action-locale";
import { errorCode, HTTP_STATUS, type DomainError, type FieldIssue } from "@/lib/errors";
import { GATED, GATED_KIND } from "./action";
import type { Access } from "./access";
import { runOperation, type Operation } from "./operation";
import { requestActor } from "./resolve-actor";

export type Refusal = { ok: false; status: number; issues: FieldIssue[] } & Record<string, unknown>;
export type IssuesResult<T extends object = object> = ({ ok: true } & T) | Refusal;

/** A domain error as a Refusal (anything else is a bug: rethrown). */
export function refusalOf(error: unknown): Refusal {
  const code = errorCode(error);
  if (!code) throw error;
  const domain = error as DomainError & { issues?: FieldIssue[]; key?: string; extra?: Record<string, unknown> };
  const issues: FieldIssue[] =
    code === "validation"
      ? domain.issues ?? []
      : code === "unauthenticated"
        ? [{ path: [], key: "signedOut" }]
        : code === "not_found"
          ? [{ path: [], key: "notFound" }]
          : code === "conflict"
            ? [{ path: [], key: domain.key ?? "conflict" }]
            : code === "too_large"
              ? [{ path: [], key: "tooLarge" }]
              : [{ path: [], key: code === "rate_limited" ? "rateLimited" : "forbidden" }];
  return { ...(domain.extra ?? {}), ok: false, status: HTTP_STATUS[code], issues };
}

export type IssuesAction<Args extends unknown[], T extends object> = ((...args: Args) => Promise<IssuesResult<T>>) & { [GATED]?: string };

export function issuesAction<Args extends unknown[], A extends Access, T extends object>(
  op: Operation<A, any, T>,
  toInput: (...args: Args) => unknown,
  options: { onSuccess?: (result: T) => void | Promise<void> } = {},
): IssuesAction<Args, T> {
  const action: IssuesAction<Args, T> = async (...args) => {
    try {
      const locale = await actionLocale();
      const data = (await runOperation(op as Operation, await requestActor(), toInput(...args), { db: await getDb(), locale, headers: await headers() })) as T;
      await options.onSuccess?.(data);
      return { ok: true, ...data };
    } catch (error) {
      return refusalOf(error);
    }
  };
  action[GATED] = op.name;
  (action as unknown as Record<symbol, string>)[GATED_KIND] = "issues";
  return action;
}
