// What a v3.6 method gets, and how methods are declared: a function from the JSON body to the answer,
// marked as a read or a write (writes are applied all or nothing and saved).

import type { Principal } from "../auth";
import { ApiError } from "../errors";
import type { Store } from "../store";
import type { Input } from "../validate";
import { toV36Body, validation } from "./errors";
import { arrayOf, obj, onlyKeys, opt, req, str } from "./input";

export interface V36Context {
  store: Store;
  input: Input;
  principal: Principal;
}

export interface Action {
  run: (ctx: V36Context) => unknown;
  write: boolean;
}

export const read = (run: Action["run"]): Action => ({ run, write: false });
export const write = (run: Action["run"]): Action => ({ run, write: true });

/** "No response payload": the API answers an empty object. */
export const EMPTY = {};

/**
 * The Client ID a call acts for: owner_client_id, which PAT callers must send; Bearer callers default to
 * their token's Client ID.
 */
export function ownerClientId(ctx: V36Context, alwaysRequired = false): string {
  const given = opt(ctx.input, "owner_client_id", str);
  if (given !== undefined) return given;
  if (!alwaysRequired && ctx.principal.via === "bearer" && ctx.principal.clientId)
    return ctx.principal.clientId;
  throw validation("`owner_client_id` is required");
}

/**
 * A batch method (Batch requests): {"requests": [...]} runs the method once per item, in order, each all
 * or nothing, and answers {"responses": [...]} in the same order, each item its answer or its error.
 */
export function batchOf(action: Action): Action {
  return write((ctx) => {
    onlyKeys(ctx.input, ["requests"]);
    const requests = req(ctx.input, "requests", arrayOf(obj));
    const responses = requests.map((input) => {
      const before = structuredClone(ctx.store.state);
      try {
        return action.run({ ...ctx, input }) ?? EMPTY;
      } catch (err) {
        ctx.store.state = before;
        if (err instanceof ApiError) return toV36Body(err);
        throw err;
      }
    });
    return { responses };
  });
}
