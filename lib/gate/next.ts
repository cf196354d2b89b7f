// The gate's Next.js side: server actions, route handlers and page reads (see index.ts).
import "server-only";
export { dataAction, formAction, GATED, refusalMessages, submitAction, type ActionResult, type DataAction, type FormAction, type SubmitAction } from "./action";
export { pageCaller, pageContext, pageRead, requestDb, requestReadDb } from "./page";
export { gatedRoute, jsonBody, problemResponse, requestLocale, routeHandler, type RouteHandler } from "./route";
export { actorFromHeaders, requestActor } from "./resolve-actor";
export { readUpload, type Upload } from "./upload";
export { issuesAction, refusalOf, type IssuesAction, type IssuesResult, type Refusal } from "./issues";
