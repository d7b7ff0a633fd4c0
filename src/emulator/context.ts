// What a route handler gets. Handlers are plain functions: they validate `input`, change the store,
// and return the JSON answer (or throw an ApiError); app.ts does the HTTP side.

import type { Store } from "./store";
import type { Input } from "./validate";

export interface RequestContext {
  store: Store;
  /** Path parameters, already URL-decoded. */
  params: Record<string, string>;
  /** Query parameters overlaid with body parameters (the body wins), as the server reads both. */
  input: Input;
  /** Login of the authenticated agent; Bearer tokens act as the licence owner. */
  login: string;
}

export type Handler = (ctx: RequestContext) => unknown;
