// What the Configuration API v3.6 types share: lists read once per run through the v3.6 transport, and
// objects put together from what a write sent, since v3.6 writes answer with an id or nothing.
import type { Context, WireObject } from "../../provider/declaration";

/** The answer of a v3.6 list method, read once per run under the type's cache key. */
export const listOnce = (ctx: Context, key: string, method: string, body: object = {}) =>
  ctx.lists.get(key, () => ctx.client.action<WireObject[]>(method, body));

/** Matches a wire object by its id, whatever type the id arrived as. */
export const byId = (id: unknown) => (o: WireObject) => String(o.id) === String(id);

/**
 * The object as it is after an update that answered nothing: the cached one (or the list's) with the
 * fields the update sent, kept in the cache so that later reads in this run see it.
 */
export async function updated(
  ctx: Context,
  key: string,
  list: () => Promise<WireObject[]>,
  id: string,
  body: WireObject,
): Promise<WireObject> {
  const current = (await list()).find(byId(id));
  if (!current) throw new Error(`${key} ${id} no longer exists in the account; run pulumi refresh`);
  const object = { ...current, ...body };
  ctx.lists.upsert(key, object, byId(id));
  return object;
}
