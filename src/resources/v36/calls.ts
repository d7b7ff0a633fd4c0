// What the Configuration API v3.6 types share: lists read once per run through the v3.6 transport, and
// objects put together from what a write sent, since v3.6 writes answer with an id or nothing.
import type { Context, WireObject } from "../../provider/declaration";
import type { TypeLists } from "../../provider/list-cache";
import { byId } from "../match";

/** The answer of a v3.6 list method, read once per run into the type's lists (`part`: one Client ID's). */
export const listOnce = (ctx: Context, lists: TypeLists, method: string, body: object = {}, part?: string) =>
  lists.get(() => ctx.client.action<WireObject[]>(method, body), part);

/**
 * The object as it is after an update that answered nothing: the cached one (or the list's) with the
 * fields the update sent, kept in the cache so that later reads in this run see it. `what` names the object in
 * an error ("v36.Group 42").
 */
export async function updated(
  lists: TypeLists,
  what: string,
  list: () => Promise<WireObject[]>,
  id: string,
  body: WireObject,
): Promise<WireObject> {
  const current = (await list()).find(byId(id));
  if (!current) throw new Error(`${what} ${id} no longer exists in the account; run pulumi refresh`);
  const object = { ...current, ...body };
  lists.upsert(object, byId(id));
  return object;
}
