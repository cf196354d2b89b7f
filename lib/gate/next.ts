// The gate's Next.js side: server actions, route handlers and page reads (see index.ts).
import "server-only";
export { dataAction, formAction, GATED, refusalMessages, type ActionResult, type DataAction, type FormAction } from "./action";
export { pageCaller, pageRead } from "./page";
export { jsonBody, problemResponse, requestLocale, routeHandler, type RouteHandler } from "./route";
export { actorFromHeaders, requestActor } from "./resolve-actor";
