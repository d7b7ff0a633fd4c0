// The HTTP application: one route table for the v2 API, the v3.6 endpoint, and the order in which a request
// meets the request log, body parsing, lifecycle headers, fault injection, authentication and its handler.
// Errors are rendered in the shape of the request's API generation.

import express, { type NextFunction, type Request, type Response } from "express";
import { apiGate, type AuthConfig } from "./auth";
import type { Handler } from "./context";
import { controlRouter } from "./control";
import { ApiError, badRequest, notFound, toApiError } from "./errors";
import type { FaultInjector } from "./faults";
import type { RequestLog } from "./request-log";
import { generationOf, type StageHeaders } from "./stages";
import { CALLBACK, send } from "./send";
import * as agents from "./routes/agents";
import * as canned from "./routes/canned-responses";
import * as goals from "./routes/goals";
import * as greetings from "./routes/greetings";
import * as groups from "./routes/groups";
import { getStatus } from "./routes/status";
import * as tags from "./routes/tags";
import * as webhooks from "./routes/webhooks";
import type { Store } from "./store";
import { isPlainObject, type Input } from "./validate";
import { toV36Body } from "./v36/errors";
import { v36Router } from "./v36/router";

export interface AppDeps {
  store: Store;
  faults: FaultInjector;
  log: RequestLog;
  auth: AuthConfig;
  stages: StageHeaders;
  /** Reports unexpected errors (bugs); never given request headers. */
  onError?: (err: unknown) => void;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

// Every documented path. Where the path table and the examples disagree (greeting and canned
// response updates) both methods are accepted.
const ROUTES: [Method, string, Handler][] = [
  ["GET", "/agents", agents.listAgents],
  ["POST", "/agents", agents.createAgent],
  ["GET", "/agents/:login", agents.getAgent],
  ["PUT", "/agents/:login", agents.updateAgent],
  ["DELETE", "/agents/:login", agents.deleteAgent],
  ["GET", "/canned_responses", canned.listCannedResponses],
  ["POST", "/canned_responses", canned.createCannedResponse],
  ["GET", "/canned_responses/:id", canned.getCannedResponse],
  ["PUT", "/canned_responses/:id", canned.updateCannedResponse],
  ["POST", "/canned_responses/:id", canned.updateCannedResponse],
  ["DELETE", "/canned_responses/:id", canned.deleteCannedResponse],
  ["GET", "/goals", goals.listGoals],
  ["POST", "/goals", goals.createGoal],
  ["GET", "/goals/:id", goals.getGoal],
  ["PUT", "/goals/:id", goals.updateGoal],
  ["DELETE", "/goals/:id", goals.deleteGoal],
  ["POST", "/goals/:id/mark_as_successful", goals.markGoalAsSuccessful],
  ["GET", "/greetings", greetings.listGreetings],
  ["POST", "/greetings", greetings.createGreeting],
  ["GET", "/greetings/:id", greetings.getGreeting],
  ["PUT", "/greetings/:id", greetings.updateGreeting],
  ["POST", "/greetings/:id", greetings.updateGreeting],
  ["DELETE", "/greetings/:id", greetings.deleteGreeting],
  ["GET", "/groups", groups.listGroups],
  ["POST", "/groups", groups.createGroup],
  ["GET", "/groups/:id", groups.getGroup],
  ["PUT", "/groups/:id", groups.updateGroup],
  ["DELETE", "/groups/:id", groups.deleteGroup],
  ["GET", "/status", getStatus],
  ["GET", "/status/:group", getStatus],
  ["GET", "/tags", tags.listTags],
  ["POST", "/tags", tags.createTag],
  ["DELETE", "/tags/:tag", tags.deleteTag],
  ["GET", "/webhooks", webhooks.listWebhooks],
  ["POST", "/webhooks", webhooks.createWebhook],
  ["DELETE", "/webhooks/:id", webhooks.deleteWebhook],
];

const WRITES = new Set(["POST", "PUT", "DELETE"]);

/** Runs one handler: checks the JSONP callback and the body, then applies a write all or nothing. */
function run(store: Store, method: Method, handler: Handler) {
  return (req: Request, res: Response): void => {
    const callback = req.query.callback;
    if (
      method === "GET" &&
      callback !== undefined &&
      (typeof callback !== "string" || !CALLBACK.test(callback))
    ) {
      throw badRequest('Invalid parameter "callback": must be a JavaScript function name');
    }
    const body: unknown = req.body ?? {};
    if (!isPlainObject(body)) throw badRequest("The request body must be a JSON object or a form");
    const input: Input = { ...(req.query as Input), ...body };
    const ctx = {
      store,
      params: req.params as Record<string, string>,
      input,
      login: res.locals.login as string,
    };
    if (!WRITES.has(method)) return send(req, res, 200, handler(ctx));
    // Writes are all or nothing: a handler that throws halfway leaves the state as it was.
    const before = structuredClone(store.state);
    let result: unknown;
    try {
      result = handler(ctx);
    } catch (err) {
      store.state = before;
      throw err;
    }
    store.save();
    send(req, res, 200, result);
  };
}

/** The API's route table on express's router; a known path with another method answers 405. */
function apiRouter(store: Store): express.Router {
  const router = express.Router();
  const methodsOf = new Map<string, Method[]>();
  for (const [method, path, handler] of ROUTES) {
    router[method === "DELETE" ? "delete" : (method.toLowerCase() as "get" | "post" | "put")](
      path,
      run(store, method, handler),
    );
    methodsOf.set(path, [...(methodsOf.get(path) ?? []), method]);
  }
  for (const [path, methods] of methodsOf) {
    router.all(path, (req: Request) => {
      const allowed = methods.join(", ");
      throw new ApiError(
        405,
        `Method ${req.method} is not allowed on ${req.path} (allowed: ${allowed})`,
        undefined,
        {
          Allow: allowed,
        },
      );
    });
  }
  router.use((req: Request) => {
    throw notFound(`Unknown path ${req.path}`);
  });
  return router;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use("/_emulator", controlRouter(deps));
  app.use(deps.log.middleware());
  app.use(deps.stages.middleware());
  // The body is read on arrival, before any injected latency: a request the server has received is
  // applied even if its client goes away while it waits, as on a real server.
  app.use(express.json({ limit: "1mb" }), express.urlencoded({ extended: true, limit: "1mb" }));
  app.use(deps.faults.middleware());
  app.use(v36Router(deps.store, deps.auth));
  app.use(apiGate(deps.auth));
  app.use(apiRouter(deps.store));
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const error = toApiError(err);
    if (error.status >= 500 && !(err instanceof ApiError)) deps.onError?.(err);
    const body = generationOf(req.path) === "2" ? error.toBody() : toV36Body(error);
    if (!res.headersSent) send(req, res, error.status, body, error.headers);
  });
  return app;
}
