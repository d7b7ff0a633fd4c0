// The v3.6 endpoint: POST /v3.6/configuration/action/<method> with a JSON body. Authentication is Basic
// account_id:PAT or Bearer, then the region check, then the method; list_webhook_names needs no credentials.
// Writes are all or nothing. Other API versions under /v<n>/ answer unsupported_version. Errors are
// rendered by the app's error handler in the v3.6 shape (see toV36Body).

import express, { type Request, type Response } from "express";
import { authenticate, checkRegion, type AuthConfig, type Principal } from "../auth";
import { ApiError } from "../errors";
import { send } from "../send";
import type { Store } from "../store";
import { ACTIONS, PUBLIC_ACTIONS } from "./actions";
import { V36Error, notFound, validation } from "./errors";
import { isObject } from "./input";
import { ACTION_PATH, V36_PREFIX } from "./paths";

function principalOf(req: Request, method: string, auth: AuthConfig): Principal {
  if (PUBLIC_ACTIONS.has(method) && !req.get("authorization")) {
    return { login: auth.credentials.login, region: auth.region, via: "pat" };
  }
  try {
    const principal = authenticate(req.get("authorization"), auth, true);
    checkRegion(req.get("x-region"), principal);
    return principal;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw new V36Error("authentication", err.message);
    throw err;
  }
}

function body(req: Request): Record<string, unknown> {
  const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
  if (hasBody && !req.is("application/json"))
    throw validation("The request body must be JSON (Content-Type: application/json)");
  const value: unknown = req.body ?? {};
  if (!isObject(value)) throw validation("The request body must be a JSON object");
  return value;
}

export function v36Router(store: Store, auth: AuthConfig): express.Router {
  const router = express.Router();
  router.post(ACTION_PATH, (req: Request, res: Response) => {
    const method = (req.params as Record<string, string>)[0];
    const principal = principalOf(req, method, auth);
    // Own keys only: "constructor" is not a method.
    const action = Object.hasOwn(ACTIONS, method) ? ACTIONS[method] : undefined;
    if (!action) throw notFound(`Unknown method \`${method}\` (see the Configuration API v3.6 reference)`);
    const ctx = { store, input: body(req), principal };
    if (!action.write) return send(req, res, 200, action.run(ctx) ?? {});
    const before = structuredClone(store.state);
    let result: unknown;
    try {
      result = action.run(ctx);
    } catch (err) {
      store.state = before;
      throw err;
    }
    store.save();
    send(req, res, 200, result ?? {});
  });
  router.all(ACTION_PATH, (req: Request) => {
    throw new ApiError(
      405,
      `Method ${req.method} is not allowed: v3.6 methods are called with POST`,
      undefined,
      {
        Allow: "POST",
      },
    );
  });
  router.all(/^\/v3\.6\//, (req: Request) => {
    throw notFound(`Unknown path ${req.path} (v3.6 methods are POST ${V36_PREFIX}<method>)`);
  });
  router.all(/^\/v\d[^/]*\//, (req: Request) => {
    const version = req.path.split("/")[1];
    throw new V36Error(
      "unsupported_version",
      `Unsupported API version ${version}: this emulator serves v3.6 (and v2)`,
    );
  });
  return router;
}
