// The request gate: every server action, route handler and page read passes through here.
//
//   browser form ─▶ formAction(op) ─┐
//   client call  ─▶ dataAction(op) ─┤
//   partner call ─▶ routeHandler(op)┼─▶ actor (session | API key) → access (role / scope)
//   page render  ─▶ pageRead(op)   ─┘   → rate limit → zod input → op.run({ db, caller, locale }, input)
//                                       → coded error → form state | problem+json | 404 / sign-in
//
// Write an operation once, in lib/<domain>/, with defineOperation({ name, access, input, run }):
//   export const acceptPurchaseOrderOp = defineOperation({
//     name: "purchaseOrders.accept",
//     access: access.member("factory"),
//     input: z.object({ purchaseOrderId: zId }),
//     run: ({ db, caller }, { purchaseOrderId }) => acceptPurchaseOrder(db, caller.organisation.organisationId, purchaseOrderId, { actorId: caller.user.id }),
//   });
// then expose it (from "@/lib/gate/next"): `export const acceptAction = formAction(acceptPurchaseOrderOp, { onSuccess: () => refresh() })`
// in a "use server" file beside its component, or `export const POST = routeHandler(op, { input })`.
// Domain code throws the errors of lib/errors.ts; the gate maps them by code.
// This module is what domain code imports (no Next.js); the wrappers are in "@/lib/gate/next".
export { access, authorize, type Access, type CallerFor } from "./access";
export type { Actor, ApiScope, Membership, MemberRole, OrganisationKind } from "./actor";
export { registerApiKeyResolver } from "./actor";
export { formDataObject, parseInput, refuseBadText, searchParamsObject } from "./input";
export { defineOperation, listOperations, runOperation, type Operation, type OperationContext } from "./operation";
export { peekBucket, resetBucket, takeToken, type Bucket } from "./rate-limit";
export { zId, zText, zInt } from "./schemas";
